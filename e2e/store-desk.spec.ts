// The pickup desk at the counter, on a tablet: staff in Berlin prepare a pay-at-pickup order, find it
// by scanning the customer's QR code (a scanner types the code and Enter into the focused search field),
// take the payment at the terminal, confirm the hand-over, see the receipt and "collected today".
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, fakeCamera, keyFor, ROLE_ACCOUNTS, signIn } from './fixtures';

const LANDSCAPE = { width: 1180, height: 820 };
const PORTRAIT = { width: 820, height: 1180 };

test.use({ viewport: LANDSCAPE });

type PlacedOrder = { id: string; number: number; pickupCode: string; total: { amount: number } };

/** A guest's pay-at-pickup order in Berlin, placed through the API (cart, slot, checkout). */
/**
 * A guest's pickup order in Berlin through the API. Paid at pickup, or by card where the payment does not
 * matter: guest orders paid at pickup are limited per client address (all e2e runs from one).
 */
async function placeBerlinOrder(
  request: APIRequestContext,
  payment: 'pay_at_pickup' | 'card' = 'pay_at_pickup',
): Promise<PlacedOrder> {
  const key = keyFor('web');
  const stores = (await (await request.get('/api/v1/stores', key)).json()) as {
    items: Array<{ id: string; code: string }>;
  };
  const berlin = stores.items.find((s) => s.code === 'BER')!;
  const list = await (await request.get('/api/v1/products?category=bikes&pageSize=24&inStock=1', key)).json();
  let sku: string | null = null;
  for (const item of list.items as Array<{ slug: string }>) {
    const product = await (await request.get(`/api/v1/products/${item.slug}`, key)).json();
    const variant = (
      product.variants as Array<{ sku: string; stock: Array<{ location: string; quantity: number }> }>
    ).find((v) => (v.stock.find((s) => s.location === 'BER')?.quantity ?? 0) >= 1);
    if (variant) {
      sku = variant.sku;
      break;
    }
  }
  expect(sku, 'a bike in stock in Berlin').not.toBeNull();
  const cart = await (await request.post('/api/v1/carts', key)).json();
  expect((await request.post(`/api/v1/carts/${cart.id}/lines`, { ...key, data: { sku, quantity: 1 } })).ok()).toBe(
    true,
  );
  const slots = await (await request.get(`/api/v1/stores/${berlin.id}/pickup-slots?sku=${sku}&quantity=1`, key)).json();
  const slot = (slots.days as Array<{ slots: Array<{ start: string; remaining: number }> }>)
    .flatMap((d) => d.slots)
    .find((s) => s.remaining > 0)!;
  const response = await request.post(`/api/v1/carts/${cart.id}/checkout`, {
    headers: { ...key.headers, 'idempotency-key': `desk-e2e-${Date.now()}-${Math.random()}` },
    data: {
      email: `desk-${Date.now()}@example.com`,
      fulfilment: 'pickup',
      pickupLocationId: berlin.id,
      pickupSlotStart: slot.start,
      payment:
        payment === 'card'
          ? { method: 'test_card', card: { number: '4242 4242 4242 4242' } }
          : { method: 'pay_at_pickup' },
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as PlacedOrder;
}

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test('the desk finds an order by its scanned QR code, takes the payment, hands it over and lists it as collected today', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const order = await placeBerlinOrder(request);
  const n = order.number;
  await signIn(page, ROLE_ACCOUNTS.staff);

  // Prepare it from its card on the desk.
  await page.goto('/store-desk/BER');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Berlin');
  for (const step of ['Confirm', 'Start picking', 'Ready for pickup']) {
    await page.getByRole('button', { name: `${step} #${n}`, exact: true }).click();
    await expect(page.getByRole('button', { name: `${step} #${n}`, exact: true })).toHaveCount(0);
  }
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);

  // The scanner: the search field has the focus on arrival; the QR's content and Enter open the order.
  await page.goto('/store-desk/BER');
  const search = page.getByRole('searchbox', { name: 'Find an order' });
  await expect(search).toBeFocused();
  await page.keyboard.type(order.pickupCode);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/store-desk/BER/orders/${n}\\?code=${order.pickupCode}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Order #${n}` })).toBeVisible();
  await expect(page.getByRole('list', { name: `Items of order #${n}` }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('amount')).toContainText('Amount due');
  await expect(page.getByText('Pay at pickup, not paid yet')).toBeVisible();
  await expect(page.getByText('Take the payment at the terminal first')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hand over…' })).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);

  // The payment at the terminal: a bad reference is refused, the slip's reference is recorded.
  const reference = page.getByLabel('Terminal reference');
  const record = page.getByRole('button', { name: /^Record payment of / });
  await reference.fill('<x>');
  await record.click();
  await expect(reference).toHaveAttribute('aria-invalid', 'true');
  await expect(reference).toHaveAccessibleDescription(/Enter the terminal's reference: 4 to 40/);
  await reference.fill(`TID ${n}-0815`);
  await record.click();
  await expect(page.getByTestId('amount')).toContainText('Paid');
  await expect(
    page.getByText(new RegExp(`Paid at the terminal .* by Sam Staff, reference TID ${n}-0815`)),
  ).toBeVisible();

  // The hand-over: the scanned code is filled in; the confirmation shows what is handed over.
  await expect(page.getByLabel(`Pickup code for order #${n}`)).toHaveValue(order.pickupCode);
  await page.getByRole('button', { name: 'Hand over…' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Hand over order #${n}?` });
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(dialog).toContainText('Paid:');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Hand over now' }).click();

  // The receipt.
  await expect(page).toHaveURL(new RegExp(`/store-desk/BER/orders/${n}/receipt$`));
  await expect(page.getByRole('heading', { level: 1, name: `Receipt for order #${n}` })).toBeVisible();
  const facts = page.getByTestId('receipt-facts');
  await expect(facts).toContainText('Velo & Outdoor Berlin');
  await expect(facts).toContainText('Sam Staff');
  await expect(facts).toContainText('Pay at pickup');
  await expect(facts).toContainText(`TID ${n}-0815`);
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Collected today, at both tablet orientations without sideways scrolling.
  await page.getByRole('link', { name: 'Back to the desk' }).click();
  const collected = page.getByRole('region', { name: /^Collected today/ });
  await expect(collected.getByRole('link', { name: `#${n}`, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `Confirm #${n}`, exact: true })).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize(PORTRAIT);
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/store-desk/BER/orders/${n}`);
  await expect(page.getByText('This order is already collected.')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);

  // Looking it up again by number or e-mail finds the same order.
  await page.goto(`/store-desk/BER?q=%23${n}`);
  await expect(page).toHaveURL(new RegExp(`/store-desk/BER/orders/${n}$`));
});

test('the desk’s camera reads the customer’s QR code and opens the order', async ({ page, request }) => {
  const order = await placeBerlinOrder(request, 'card');
  await fakeCamera(page, order.pickupCode);
  await signIn(page, ROLE_ACCOUNTS.staff);
  await page.goto('/store-desk/BER');
  await page.getByRole('button', { name: 'Scan QR code with the camera' }).click();
  await expect(page).toHaveURL(new RegExp(`/store-desk/BER/orders/${order.number}\\?code=${order.pickupCode}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Order #${order.number}` })).toBeVisible();
});

test('staff of one store cannot open another store’s desk or its orders', async ({ page, request }) => {
  const order = await placeBerlinOrder(request, 'card');
  await signIn(page, ROLE_ACCOUNTS.staff);
  for (const path of [
    '/store-desk/HAM',
    `/store-desk/HAM/orders/${order.number}`,
    `/store-desk/HAM?q=${order.pickupCode}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByText(`#${order.number}`)).toHaveCount(0);
  }
});
