import { expect, test } from '@playwright/test';
import {
  expectNoSeriousA11yViolations,
  keyFor,
  pickInCombobox,
  ROLE_ACCOUNTS,
  signIn,
  type ChannelCode,
} from './fixtures';

test('a merchandiser runs a 20 % web promotion: the web shop shows it at once, b2b does not', async ({
  page,
  request,
}) => {
  // A product in the camping category, and its price on web and b2b before the promotion.
  const listing = await (
    await request.get('/api/v1/products?category=outdoor-camping/camp-kitchen&pageSize=1', keyFor('web'))
  ).json();
  const slug = listing.items[0].slug as string;
  const sku = (await (await request.get(`/api/v1/products/${slug}`, keyFor('web'))).json()).variants[0].sku as string;
  const priceOf = async (channel: ChannelCode) =>
    (await (await request.get(`/api/v1/prices?sku=${encodeURIComponent(sku)}`, keyFor(channel))).json()) as {
      unitPrice: { amount: number };
      basePrice: { amount: number };
      appliedPriceList: string | null;
    };
  const webBefore = await priceOf('web');
  const b2bBefore = await priceOf('b2b');
  expect(webBefore.appliedPriceList).toBeNull();

  await signIn(page, ROLE_ACCOUNTS.merchandiser);
  await page.goto('/admin/price-lists');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'New price list' }).click();
  // Bad input first: a clear message, nothing created, and the form keeps what was chosen.
  await page.getByRole('button', { name: 'Create price list' }).click();
  await expect(page.getByText('Use at least 2 characters.')).toBeVisible();
  await expect(page.getByText('Choose at least one channel.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('checkbox', { name: /\(web\)/ }).check();
  await page.getByLabel('Priority (higher wins)').fill('50');
  await page.getByRole('button', { name: 'Create price list' }).click();
  // The second answer has arrived once the channel error is gone; the name error stays.
  await expect(page.getByText('Choose at least one channel')).toHaveCount(0);
  await expect(page.getByText('Use at least 2 characters.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /\(web\)/ })).toBeChecked();
  await expect(page.getByLabel('Priority (higher wins)')).toHaveValue('50');

  const name = `Camp kitchen days ${Date.now()}`;
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Create price list' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.getByLabel('Applies to').selectOption('category');
  // The category is picked from what its path matches, not typed as a key.
  await pickInCombobox(page, 'Category', 'outdoor-camping/camp-kitchen', 'Outdoor & Camping › Camp Kitchen');
  await page.getByLabel('Kind of price').selectOption('percent');
  await page.getByLabel('Value (e.g. 20 or 12.50)').fill('20');
  await page.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry added.' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Entries' })
      .getByRole('cell', { name: /^Category .*outdoor-camping\/camp-kitchen/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The storefront (a fresh visitor) and the API show the promotion at once; b2b is unchanged.
  const webAfter = await priceOf('web');
  expect(webAfter.appliedPriceList).toBe(name);
  expect(webAfter.unitPrice.amount).toBe(
    webBefore.basePrice.amount - Math.floor((webBefore.basePrice.amount * 2000 + 5000) / 10_000),
  );
  expect(await priceOf('b2b')).toMatchObject({ unitPrice: b2bBefore.unitPrice, appliedPriceList: null });
  const shopper = await page.context().browser()!.newPage();
  await shopper.goto(`/p/${slug}`);
  const shownPrice = shopper.getByTestId('price');
  await expect(shownPrice.getByTestId('was-price')).toBeVisible();
  // The history is recorded right after the write: the 30-day lowest is then the old list price.
  const was = ((await shownPrice.getByTestId('was-price').textContent()) ?? '').replace(/^was\s*/, '').trim();
  await expect(async () => {
    await shopper.reload();
    await expect(shownPrice.getByTestId('lowest-30-days')).toContainText(`Lowest price in the last 30 days: ${was}`, {
      timeout: 1000,
    });
  }).toPass({ timeout: 15_000 });
  await shopper.close();

  // CSV: a file with a bad line is refused whole, with the line number; the export reads back.
  const listUrl = page.url();
  await page
    .getByLabel(/^CSV content/)
    .fill('target_kind,target,min_quantity,adjustment,value\nproduct,no-such-product,1,percent,5\n');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Line 2 (target): No product with the slug “no-such-product”.')).toBeVisible();
  await expect(page.getByText('The file was not imported: 1 problem. Nothing was changed.')).toBeVisible();
  const exported = await page.request.get(`${listUrl}/entries.csv`);
  expect(exported.status()).toBe(200);
  expect(await exported.text()).toBe(
    'target_kind,target,min_quantity,adjustment,value\r\ncategory,outdoor-camping/camp-kitchen,1,percent,20\r\n',
  );

  // "Why this price?" explains it with the engine's trace.
  await page.goto('/admin/price-lists/why');
  // Options read "SKU · product name"; SKUs are letters, digits and dashes.
  await pickInCombobox(page, 'Variant (SKU)', sku, new RegExp(`^${sku} · `));
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(page.getByTestId('why-summary')).toContainText(`applied: ${name}`);
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('applied');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Channels').selectOption('b2b');
  await page.getByRole('button', { name: 'Explain' }).click();
  await expect(page.getByTestId('why-summary')).toContainText('applied: —');
  await page.goto(listUrl);

  // The consistency view flags the web prices: 20 % below the product's median across channels.
  await page.goto('/admin/price-lists/consistency?category=outdoor-camping/camp-kitchen&spread=10');
  await expect(page.getByRole('heading', { level: 1, name: 'Channel price consistency' })).toBeVisible();
  await expect(page.locator('td[data-flagged]').first()).toContainText(/-(19|20)(\.\d+)? % from median/);
  await expectNoSeriousA11yViolations(page);
  await page.goto(listUrl);

  // Deleting the list (after confirming in the dialog) brings the list price back.
  await page.getByRole('button', { name: 'Delete price list' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete the price list “${name}”?` });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Delete price list' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Price list deleted.' })).toBeVisible();
  expect((await priceOf('web')).appliedPriceList).toBeNull();
});
