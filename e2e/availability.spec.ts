// One availability answer from product page to placed order (issue 13): a variant Berlin lacks but the
// warehouse holds is promised from its arrival day, checkout offers Berlin slots only from that day, and
// the order is collected in Berlin after a transfer. The cart caps a quantity at what can be fulfilled.
import { expect, test, type APIRequestContext } from '@playwright/test';
import postgres from 'postgres';
import { expectNoSeriousA11yViolations, keyFor } from './fixtures';

type ProductDetail = {
  slug: string;
  name: string;
  variants: Array<{ sku: string; stock: Array<{ location: string; quantity: number }> }>;
};

const BERLIN = 'Velo & Outdoor Berlin';

/** The first product of a category with a variant that passes `test`. */
async function findVariant(
  request: APIRequestContext,
  category: string,
  test: (stock: Map<string, number>) => boolean,
): Promise<{ slug: string; name: string; sku: string; stock: Map<string, number> }> {
  const list = await (
    await request.get(`/api/v1/products?category=${category}&pageSize=48&inStock=1`, keyFor('web'))
  ).json();
  for (const item of list.items as Array<{ slug: string }>) {
    const product = (await (await request.get(`/api/v1/products/${item.slug}`, keyFor('web'))).json()) as ProductDetail;
    for (const variant of product.variants) {
      const stock = new Map(variant.stock.map((s) => [s.location, s.quantity]));
      if (test(stock)) return { slug: product.slug, name: product.name, sku: variant.sku, stock };
    }
  }
  throw new Error(`No variant in ${category} fits`);
}

test('a variant only the warehouse holds: promised from its arrival day in Berlin, slots from that day, collected there', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const item = await findVariant(request, 'bikes', (s) => (s.get('BER') ?? 0) === 0 && (s.get('WH1') ?? 0) >= 1);
  await page
    .context()
    .addCookies([{ name: 'preferred_store', value: 'BER', domain: new URL(baseURL!).hostname, path: '/' }]);

  // The product page promises pickup in Berlin from a date (not today or tomorrow).
  await page.goto(`/p/${item.slug}?variant=${encodeURIComponent(item.sku)}`);
  const promise = page.getByTestId('fulfilment');
  const pickupFrom = new RegExp(`Pickup from (.+) at ${BERLIN}`);
  await expect(promise).toContainText(pickupFrom);
  const date = pickupFrom.exec((await promise.textContent()) ?? '')![1]!;
  await expect(promise).toContainText(/Home delivery between .+ and .+/);

  await page.getByLabel('Quantity').fill('1');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText(/Added 1 to your cart/)).toBeVisible();

  // The cart says the same for the whole cart.
  await page.goto('/cart');
  await expect(page.getByTestId('cart-promise')).toContainText(`Pickup from ${date} at ${BERLIN}`);
  await page.getByRole('link', { name: 'Go to checkout' }).click();

  // Checkout: Berlin is labelled with the date, and its first pickup time is on that date.
  await page.getByRole('radio', { name: 'Click & collect: pick up in a store' }).check();
  const store = page.getByLabel('Store', { exact: true });
  await store.selectOption({ label: `${BERLIN}, Friedrichstraße 112, Berlin – pickup from ${date}` });
  await expect(page.getByText(`so pickup times start on ${date}`)).toBeVisible();
  const firstDay = page.getByLabel('Pickup time').locator('optgroup').first();
  await expect(firstDay).toHaveAttribute('label', date);
  await page.getByLabel('Email address').fill('transfer@example.com');
  await page.getByRole('radio', { name: 'Pay at pickup' }).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Place order' }).click();

  // Placed as what was promised: collected in Berlin after the transfer from the warehouse.
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`Click & collect at ${BERLIN} (sent there from our warehouse)`)).toBeVisible();
});

test('the cart caps a quantity at what can be fulfilled and says so', async ({ page, request }) => {
  const item = await findVariant(request, 'bikes', (s) => {
    const most = Math.max(0, ...s.values());
    return most >= 2 && most <= 30;
  });
  const available = Math.max(...item.stock.values());

  await page.goto(`/p/${item.slug}?variant=${encodeURIComponent(item.sku)}`);
  await page.getByLabel('Quantity').fill(String(available + 1));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText(`Only ${available} available – your cart now holds ${available}.`)).toBeVisible();

  await page.goto('/cart');
  const line = page.getByTestId('cart-line');
  await expect(line.getByRole('spinbutton', { name: `Quantity of ${item.name}` })).toHaveValue(String(available));
  await expect(line.getByTestId('only-available')).toHaveText(`Only ${available} available.`);
  await expect(line.getByRole('button', { name: `Increase quantity of ${item.name}` })).toBeDisabled();

  await line.getByRole('spinbutton', { name: `Quantity of ${item.name}` }).fill(String(available + 5));
  await line.getByRole('button', { name: `Update quantity of ${item.name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Only ${available} available` })).toBeVisible();
  await expect(line.getByRole('spinbutton', { name: `Quantity of ${item.name}` })).toHaveValue(String(available));
  await expectNoSeriousA11yViolations(page);
});

test('a product page served from the page cache shows the stock as it is now', async ({ page, request }) => {
  // e-bikes: a category no other spec changes stock in.
  const item = await findVariant(request, 'e-bikes', (s) => (s.get('BER') ?? 0) >= 1);
  const url = `/p/${item.slug}?variant=${encodeURIComponent(item.sku)}`;
  const berlin = page.getByTestId('fulfilment').getByText(new RegExp(`^${BERLIN}: `));
  await page.goto(url);
  await expect(berlin).not.toHaveText(`${BERLIN}: Out of stock`);
  // Stored once the first render is done; the second visit is answered from the cache.
  await expect(async () => expect((await page.reload())!.headers()['x-page-cache']).toBe('HIT')).toPass();

  const sql = postgres(process.env.DATABASE_URL!, { max: 1 });
  const where = sql`variant_id = (select id from variants where sku = ${item.sku})
    and location_id = (select id from locations where code = 'BER')`;
  const [before] = await sql<[{ onHand: number }]>`select on_hand as "onHand" from stock_levels where ${where}`;
  try {
    // Berlin sells its last ones elsewhere (no admin write, so the cached page stays).
    await sql`update stock_levels set on_hand = reserved where ${where}`;
    // A page the cache stored before that (each server worker has its own cache: reload until one answers).
    await expect(async () => {
      const response = await page.reload();
      expect(response!.headers()['x-page-cache']).toBe('HIT');
      expect(await response!.text()).not.toContain('Berlin: Out of stock');
    }).toPass();
    await expect(berlin).toHaveText(`${BERLIN}: Out of stock`);
  } finally {
    await sql`update stock_levels set on_hand = ${before!.onHand} where ${where}`;
    await sql.end();
  }
});
