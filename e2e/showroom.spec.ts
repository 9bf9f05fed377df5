// Showroom mode on a tablet (1180×820 landscape, 820×1180 portrait): Berlin staff go straight into
// their store's showroom, scan an EAN, see the stock here and elsewhere, configure and add to the
// cart; Hamburg staff cannot open Berlin's showroom.
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { cloneAccount, expectNoSeriousA11yViolations, fakeCamera, ROLE_ACCOUNTS, signIn } from './fixtures';

test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true });

type Bike = { gtin: string; sku: string; slug: string; name: string; color: string; frameSize: string };

/** A bike of the demo seed with colours and frame sizes, in stock in Berlin, with accessories. */
async function bikeInBerlin(): Promise<Bike> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  try {
    const [row] = await sql<Bike[]>`
      select v.gtin, v.sku, p.slug, p.name, v.options->>'color' as color, v.options->>'frameSize' as "frameSize"
      from variants v
      join products p on p.id = v.product_id and p.status = 'active'
      join stock_levels s on s.variant_id = v.id
      join locations l on l.id = s.location_id and l.code = 'BER'
      where v.gtin is not null and v.options ? 'color' and v.options ? 'frameSize' and s.on_hand - s.reserved > 0
        and exists (select 1 from product_relations r where r.product_id = p.id and r.type = 'accessory')
        and (select count(distinct x.options->>'color') from variants x where x.product_id = p.id) > 1
      order by v.sku
      limit 1`;
    if (!row) throw new Error('The demo seed has no bike in stock in Berlin');
    return row;
  } finally {
    await sql.end();
  }
}

/** Staff with one store sign in, open /showroom and land in their store's showroom at once. */
async function enterShowroom(page: Page, email: string, store: string) {
  await signIn(page, email);
  await page.goto('/showroom');
  await expect(page.getByRole('heading', { name: 'Find a product' })).toBeVisible();
  await expect(page.getByTestId('showroom-store')).toHaveText(store);
  await expect(page.getByTestId('showroom-customer')).toHaveText('Walk-in — choose customer');
}

test('signed-out visitors are sent to sign in and back to the showroom', async ({ page }) => {
  await page.goto('/showroom');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fshowroom$/);
});

test('Berlin staff scan an EAN, see the stock here and elsewhere, configure the bike and add it to the cart', async ({
  page,
}) => {
  const bike = await bikeInBerlin();
  // A Berlin staff member of this test's own: parallel tests never share a showroom cart.
  await enterShowroom(page, await cloneAccount(ROLE_ACCOUNTS.staff), 'Velo & Outdoor Berlin');
  await expectNoSeriousA11yViolations(page);

  // Every target of the bar and the navigation is at least 44 px high.
  for (const control of [
    page.getByRole('button', { name: 'End session' }),
    page.getByRole('button', { name: /^Cart/ }),
    page.getByRole('navigation', { name: 'Categories' }).getByRole('link').first(),
  ]) {
    const box = await control.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
  }

  // The scanner types the code and Enter while no field has focus.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.type(bike.gtin);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/p/${bike.slug}\\?variant=${bike.sku}$`));
  await expect(page.getByRole('heading', { level: 1, name: bike.name })).toBeVisible();

  const stock = page.getByRole('region', { name: 'Stock' });
  await expect(stock.getByRole('row', { name: /Here \(Velo & Outdoor Berlin\) \d+ units?/ })).toBeVisible();
  await expect(stock.getByRole('row', { name: /^Velo & Outdoor Hamburg/ })).toBeVisible();
  await expect(stock.getByRole('row', { name: /^Warehouse: Velo & Outdoor Central Warehouse/ })).toBeVisible();
  await expect(stock.getByRole('row', { name: /^Online shop/ })).toBeVisible();
  await expect(page.getByTestId('receiving')).toContainText(/Velo & Outdoor Berlin/);

  // Another colour, then another frame size: each choice says how many are here.
  const colours = page.getByRole('group', { name: 'Colour' }).getByRole('link');
  const otherColour = colours.filter({ hasNot: page.locator('[aria-current]') }).first();
  const colourName = ((await otherColour.getAttribute('aria-label')) ?? '').split(',')[0]!;
  await otherColour.click();
  await expect(page.getByRole('link', { name: new RegExp(`^${colourName},`) })).toHaveAttribute('aria-current', 'true');
  const sizes = page.getByRole('group', { name: 'Frame size' }).getByRole('link');
  await expect(sizes.first()).toHaveAccessibleName(/^Frame size: .+, (none here|\d+ here)$/);
  const otherSize = sizes.filter({ hasNot: page.locator('[aria-current]') }).first();
  const sizeName = ((await otherSize.getAttribute('aria-label')) ?? '').split(',')[0]!;
  await otherSize.click();
  await expect(page.getByRole('link', { name: new RegExp(`^${sizeName},`) })).toHaveAttribute('aria-current', 'true');
  await expect(page).not.toHaveURL(new RegExp(`variant=${bike.sku}$`));

  await page.getByRole('button', { name: 'Add to cart' }).click();
  const cart = page.getByRole('dialog', { name: 'Cart' });
  await expect(cart.getByRole('link', { name: bike.name })).toBeVisible();
  await cart.getByRole('button', { name: 'Close' }).click();

  // An accessory with one tap.
  const addAccessory = page.getByRole('button', { name: /^Add .+ to the cart$/ }).first();
  const accessory = ((await addAccessory.getAttribute('aria-label')) ?? '').replace(/^Add (.+) to the cart$/, '$1');
  await addAccessory.click();
  await expect(page.getByText(`${accessory} is in the cart.`)).toBeVisible();

  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 820, height: 1180 });
  await expectNoSeriousA11yViolations(page);
  // Nothing is wider than the portrait tablet.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);

  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('showroom-store')).toHaveCount(0);
});

test('the tablet’s camera reads a product’s barcode and opens its product view', async ({ page }) => {
  const bike = await bikeInBerlin();
  await fakeCamera(page, bike.gtin);
  await enterShowroom(page, ROLE_ACCOUNTS.staff, 'Velo & Outdoor Berlin');
  await page.getByRole('button', { name: 'Scan with the camera' }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${bike.slug}\\?variant=${bike.sku}$`));
  await expect(page.getByRole('heading', { level: 1, name: bike.name })).toBeVisible();
});

test('Hamburg staff cannot open Berlin’s showroom and go straight into their own', async ({ page }) => {
  await signIn(page, ROLE_ACCOUNTS.staffHamburg);
  const response = await page.goto('/showroom?store=BER');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Access denied' })).toBeVisible();
  await page.goto('/showroom');
  await expect(page.getByTestId('showroom-store')).toHaveText('Velo & Outdoor Hamburg');
  await expectNoSeriousA11yViolations(page);
  // A cookie naming Berlin's store is worth nothing to them: the shop is the consumer's again.
  const cookie = (await page.context().cookies()).find((c) => c.name === 'showroom_store')!;
  await page.context().addCookies([{ ...cookie, value: await storeId('BER') }]);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Account' })).toBeVisible();
  await expect(page.getByTestId('showroom-store')).toHaveCount(0);
});

async function storeId(code: string): Promise<string> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  try {
    const [row] = await sql<{ id: string }[]>`select id from locations where code = ${code}`;
    return row!.id;
  } finally {
    await sql.end();
  }
}
