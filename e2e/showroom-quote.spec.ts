// Quotes (docs/showroom.md): Berlin staff at a tablet save the cart as a quote for the customer in context
// (set by its cookie here; finding the customer is another part of issue 14); the customer signs in on
// their own device, opens Account → Quotes and orders it at the quoted prices.
import { expect, test, type BrowserContext } from '@playwright/test';
import postgres from 'postgres';
import { cloneAccount, expectNoSeriousA11yViolations, ROLE_ACCOUNTS, signIn } from './fixtures';

test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true });

type Item = { sku: string; slug: string; name: string };

/** customer@example.com's profile and an item in stock in Berlin. */
async function demoData(): Promise<{ profileId: string; item: Item }> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  try {
    const [profile] = await sql<{ id: string }[]>`
      select p.id from customer_profiles p join users u on u.id = p.user_id where u.email = ${ROLE_ACCOUNTS.customer}`;
    const [item] = await sql<Item[]>`
      select v.sku, p.slug, p.name from variants v
      join products p on p.id = v.product_id and p.status = 'active'
      join stock_levels s on s.variant_id = v.id and s.on_hand - s.reserved > 5
      join locations l on l.id = s.location_id and l.code = 'BER'
      where v.active and p.name not like '%,%'
      order by v.sku limit 1`;
    if (!profile || !item) throw new Error('The demo seed lacks the customer profile or an item in Berlin');
    return { profileId: profile.id, item };
  } finally {
    await sql.end();
  }
}

async function setCustomerInContext(context: BrowserContext, profileId: string) {
  const url = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000');
  await context.addCookies([
    { name: 'showroom_customer', value: profileId, domain: url.hostname, path: '/', httpOnly: true, sameSite: 'Lax' },
  ]);
}

test('a quote saved in the Berlin showroom is ordered by the customer from the account at the quoted prices', async ({
  page,
  browser,
}) => {
  test.slow();
  const { profileId, item } = await demoData();

  // Staff in Berlin, the customer in context, one item in the cart.
  // A Berlin staff member of this test's own: parallel tests never share a showroom cart.
  await signIn(page, await cloneAccount(ROLE_ACCOUNTS.staff));
  await page.goto('/showroom');
  await expect(page.getByTestId('showroom-store')).toHaveText('Velo & Outdoor Berlin');
  await page.goto(`/p/${item.slug}?variant=${item.sku}`);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('dialog', { name: 'Cart' }).getByRole('link', { name: item.name })).toBeVisible();
  // Without a customer in context there is nobody to quote for.
  await page.goto('/cart');
  await expect(page.getByTestId('quote-needs-customer')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Choose the customer' })).toHaveAttribute('href', '/showroom/customer');
  await setCustomerInContext(page.context(), profileId);
  await page.reload();

  const form = page.getByRole('form', { name: 'Save as quote' });
  const validUntil = form.getByLabel('Valid until');
  await expect(validUntil).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  const save = form.getByRole('button', { name: 'Save as quote' });
  expect((await save.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  await save.click();

  // The staff quote page: the link once (the token leaves the address bar), its QR code, the lines.
  await expect(page).toHaveURL(/\/showroom\/quotes\/[0-9a-f-]{36}$/);
  const number = /Quote (\d+)/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![1]!;
  await expect(page.getByTestId('quote-link')).toHaveText(/\/q\/[\w-]{43}$/);
  await expect(page.getByRole('img', { name: `QR code of the link to quote ${number}` })).toBeVisible();
  await expect(page.getByTestId('quote-state')).toHaveText('Open');
  const line = page.getByRole('row', { name: new RegExp(item.sku) });
  const unitPrice = ((await line.getByRole('cell').nth(1).textContent()) ?? '').trim();
  const total = ((await page.getByTestId('quote-total').textContent()) ?? '').trim();
  expect(unitPrice).toMatch(/€/);
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByRole('button', { name: 'Withdraw' })).toBeVisible();
  // The staff cart is empty again.
  await page.goto('/cart');
  await expect(page.getByRole('form', { name: 'Save as quote' })).toHaveCount(0);

  // The customer on their own device: Account → Quotes → the quote → order it.
  const customer = await (await browser.newContext({ viewport: { width: 1180, height: 820 } })).newPage();
  await signIn(customer, ROLE_ACCOUNTS.customer);
  await customer.getByRole('link', { name: 'Quotes' }).click();
  await expect(customer).toHaveURL(/\/account\/quotes$/);
  await customer.getByRole('link', { name: `Quote ${number}` }).click();
  await expect(customer.getByRole('heading', { level: 1, name: `Quote ${number}` })).toBeVisible();
  await expect(customer.getByTestId('quote-total')).toHaveText(total);
  await expectNoSeriousA11yViolations(customer);
  await customer.getByRole('button', { name: 'Order at these prices' }).click();

  // Checkout at the quoted prices: pick up in Berlin, pay there.
  await expect(customer).toHaveURL(/\/checkout$/);
  await customer.getByRole('radio', { name: 'Click & collect: pick up in a store' }).check();
  await customer
    .getByLabel('Store', { exact: true })
    .selectOption({ label: 'Velo & Outdoor Berlin, Friedrichstraße 112, Berlin' });
  await expect(customer.getByLabel('Pickup time')).toBeVisible();
  await customer.getByRole('radio', { name: 'Pay at pickup' }).check();
  await customer.getByRole('button', { name: 'Place order' }).click();
  await expect(customer).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  const ordered = customer.getByRole('row', { name: new RegExp(item.sku) });
  await expect(ordered.getByRole('cell').nth(1)).toHaveText(unitPrice);
  await expect(customer.getByTestId('order-goods')).toHaveText(total);

  // The quote is ordered now and cannot be ordered again.
  await customer.goto('/account/quotes');
  await customer.getByRole('link', { name: `Quote ${number}` }).click();
  await expect(customer.getByTestId('quote-closed')).toHaveText('This quote has been ordered.');
  await expect(customer.getByRole('button', { name: 'Order at these prices' })).toHaveCount(0);
  await customer.context().close();
});

test('an unknown quote link answers 404', async ({ page }) => {
  const response = await page.goto(`/q/${'x'.repeat(43)}`);
  expect(response?.status()).toBe(404);
});
