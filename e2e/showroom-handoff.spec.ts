// The two ways a showroom sale finishes on the spot (issue 14): staff hand the cart to the customer's
// phone, which opens it once and checks out itself; or staff order at the tablet, paid at the terminal.
// Each order records the showroom, the store and the staff member.
import { expect, test, type Browser, type Page } from '@playwright/test';
import postgres from 'postgres';
import { cloneAccount, expectNoSeriousA11yViolations, ROLE_ACCOUNTS, signIn } from './fixtures';

test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true });

/** A product of the demo seed with an EAN, in stock in Berlin and sold in the showroom channel. */
async function productInBerlin(): Promise<{ gtin: string; name: string; slug: string }> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  try {
    const [row] = await sql<{ gtin: string; name: string; slug: string }[]>`
      select v.gtin, p.name, p.slug from variants v
      join products p on p.id = v.product_id and p.status = 'active'
      join stock_levels s on s.variant_id = v.id
      join locations l on l.id = s.location_id and l.code = 'BER'
      join channel_products cp on cp.product_id = p.id
      join channels c on c.id = cp.channel_id and c.code = 'showroom'
      where v.gtin is not null and v.active and s.on_hand - s.reserved >= 5
      order by v.sku limit 1`;
    return row!;
  } finally {
    await sql.end();
  }
}

async function orderRow(number: string) {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  try {
    const [row] = await sql<
      { channel: string; store: string; staff: string; method: string; reference: string | null; email: string }[]
    >`
      select c.code as channel, l.code as store, u.email as staff, o.payment_method as method,
        o.payment_reference as reference, o.email
      from orders o join channels c on c.id = o.channel_id
      join locations l on l.id = o.sold_location_id join users u on u.id = o.sold_by_id
      where o.number = ${Number(number)}`;
    return row;
  } finally {
    await sql.end();
  }
}

let staff: string;

/** The consent a customer gave, per purpose, with where and to whom. */
async function consentOf(email: string) {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  try {
    return await sql<{ purpose: string; granted: boolean; store: string; staff: string }[]>`
      select r.purpose::text as purpose, r.granted, l.code as store, u.email as staff
      from consent_records r join customer_profiles p on p.id = r.profile_id
      join locations l on l.id = r.location_id join users u on u.id = r.recorded_by_id
      where p.email = ${email} order by r.purpose::text`;
  } finally {
    await sql.end();
  }
}

/** Berlin staff sign in, enter their showroom, look a product up by its EAN and put it in the cart. */
async function sellInBerlin(page: Page) {
  const product = await productInBerlin();
  // A Berlin staff member of this test's own: parallel tests do not share a cart.
  staff = await cloneAccount(ROLE_ACCOUNTS.staff);
  await signIn(page, staff);
  await page.goto('/showroom');
  await expect(page.getByTestId('showroom-store')).toHaveText('Velo & Outdoor Berlin');
  // What a scan opens (the scanner itself: showroom.spec.ts).
  await page.goto(`/showroom/find?q=${product.gtin}`);
  await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('dialog', { name: 'Cart' }).getByRole('link', { name: product.name })).toBeVisible();
  await page.goto('/cart');
  return product;
}

async function phone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  return context.newPage();
}

test('staff hand the cart off; the customer’s phone opens it once and orders it for pickup in Berlin', async ({
  page,
  browser,
}) => {
  // Two devices, two sign-ins' worth of pages and four accessibility checks.
  test.slow();
  const product = await sellInBerlin(page);

  // The customer is new: staff create them on the spot with the consent they give (e-mail only).
  const email = `handoff.${Date.now().toString(36)}@example.com`;
  await page.getByTestId('showroom-customer').getByRole('link').click();
  const create = page.getByRole('region', { name: 'Create a customer' });
  await create.getByLabel('First name').fill('Hanna');
  await create.getByLabel('Last name').fill('Handy');
  await create.getByLabel('E-mail', { exact: true }).fill(email);
  await create.getByLabel('Marketing by e-mail').check();
  await create.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByTestId('showroom-customer')).toContainText('Hanna Handy');
  expect(await consentOf(email)).toEqual([
    { purpose: 'marketing_email', granted: true, store: 'BER', staff },
    { purpose: 'marketing_phone', granted: false, store: 'BER', staff },
    { purpose: 'marketing_sms', granted: false, store: 'BER', staff },
  ]);

  await page.goto('/cart');
  await page.getByRole('button', { name: "Hand off to the customer's phone" }).click();
  const handoff = page.getByTestId('handoff');
  await expect(handoff.getByRole('img', { name: 'QR code of the link to the cart' })).toBeVisible();
  const link = ((await page.getByTestId('handoff-link').textContent()) ?? '').trim();
  expect(link).toMatch(/\/h\/[A-Za-z0-9_-]{32}$/);
  await expectNoSeriousA11yViolations(page);
  // The tablet's cart is empty again, ready for the next customer.
  await expect(page.getByRole('button', { name: 'Cart', exact: true })).toBeVisible();

  // The customer's phone: no session, no staff anything.
  const customer = await phone(browser);
  await customer.goto(link);
  await expect(customer.getByRole('heading', { level: 1, name: 'Your cart from the store' })).toBeVisible();
  await expect(customer.getByText(/^Staff at Velo & Outdoor Berlin put this cart together/)).toBeVisible();
  await expectNoSeriousA11yViolations(customer);
  await customer.getByRole('button', { name: 'Open my cart' }).click();
  await expect(customer).toHaveURL(/\/cart$/);
  await expect(
    customer.getByRole('list', { name: 'Items in your cart' }).getByRole('link', { name: product.name }),
  ).toBeVisible();
  await expect(customer.getByTestId('showroom-store')).toHaveCount(0);
  await customer.getByRole('link', { name: 'Go to checkout' }).click();
  // The address staff took down is offered; the customer may change it.
  await expect(customer.getByLabel('Email')).toHaveValue(email);
  await customer.getByRole('radio', { name: 'Click & collect: pick up in a store' }).check();
  await customer
    .getByLabel('Store', { exact: true })
    .selectOption({ label: 'Velo & Outdoor Berlin, Friedrichstraße 112, Berlin' });
  // Paid by card on the phone (guest orders paid at pickup are limited per client address, and every
  // e2e browser shares one).
  await customer.getByRole('radio', { name: 'Card (test)' }).check();
  await customer.getByLabel('Card number').fill('4242 4242 4242 4242');
  await customer.getByRole('button', { name: 'Place order' }).click();
  await expect(customer).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(customer.getByTestId('order-sale')).toHaveText('Sold in the Showroom at Velo & Outdoor Berlin by Sam.');
  await expectNoSeriousA11yViolations(customer);
  const number = /#(\d+)/.exec((await customer.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]!;
  expect(await orderRow(number)).toMatchObject({ channel: 'showroom', store: 'BER', staff, email });

  // The link is used up: a second phone (or the same one again) is told so.
  const other = await phone(browser);
  await other.goto(link);
  await expect(other.getByText('This hand-off link has been used already. Ask the staff for a new one.')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Open my cart' })).toHaveCount(0);
  // After the order the phone shops its own web shop again.
  await customer.goto('/cart');
  await expect(customer.getByRole('heading', { level: 1, name: 'Cart' })).toBeVisible();
  await expect(customer.getByText(product.name)).toHaveCount(0);
});

test('an expired hand-off link is refused', async ({ page, browser }) => {
  await sellInBerlin(page);
  await page.getByRole('button', { name: "Hand off to the customer's phone" }).click();
  const link = ((await page.getByTestId('handoff-link').textContent()) ?? '').trim();
  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  await sql`update cart_handoffs set expires_at = now() - interval '1 minute' where created_at = (select max(created_at) from cart_handoffs)`;
  await sql.end();
  const customer = await phone(browser);
  await customer.goto(link);
  await expect(customer.getByText('This hand-off link has expired. Ask the staff for a new one.')).toBeVisible();
  await expect(customer.getByRole('button', { name: 'Open my cart' })).toHaveCount(0);
});

test('staff order at the tablet for pickup here, paid at the terminal with its reference', async ({ page }) => {
  await sellInBerlin(page);
  await page.getByRole('link', { name: 'Go to checkout' }).click();
  await page.getByLabel('Email').fill('walk-in@example.com');
  await page.getByRole('radio', { name: 'Click & collect: pick up in a store' }).check();
  // The session's store comes first.
  await expect(page.getByLabel('Store', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel('Store', { exact: true }).locator('option').first()).toHaveText(
    /^Velo & Outdoor Berlin/,
  );
  await page.getByRole('radio', { name: 'Paid at the terminal' }).check();
  await expect(page.getByRole('radio', { name: 'Card (test)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(
    page
      .getByText('Enter the reference printed on the terminal slip.')
      .or(page.getByText(/Enter the terminal's reference/))
      .first(),
  ).toBeVisible();
  await page.getByLabel('Terminal reference').fill('TX 4711-0815');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Paid at the terminal (Paid)')).toBeVisible();
  await expect(page.getByTestId('order-sale')).toHaveText('Sold in the Showroom at Velo & Outdoor Berlin by Sam.');
  const number = /#(\d+)/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]!;
  expect(await orderRow(number)).toMatchObject({
    channel: 'showroom',
    store: 'BER',
    method: 'terminal',
    reference: 'TX 4711-0815',
  });
});
