import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, keyFor, ROLE_ACCOUNTS, signIn } from './fixtures';

type ProductDetail = {
  slug: string;
  name: string;
  variants: Array<{ sku: string; stock: Array<{ location: string; quantity: number }> }>;
};

/** A product of the category with a variant in stock at the Berlin store. */
async function inStockAtBerlin(request: APIRequestContext, category: string) {
  const list = await (
    await request.get(`/api/v1/products?category=${category}&pageSize=24&inStock=1`, keyFor('web'))
  ).json();
  for (const item of list.items as Array<{ slug: string }>) {
    const product = (await (await request.get(`/api/v1/products/${item.slug}`, keyFor('web'))).json()) as ProductDetail;
    const variant = product.variants.find((v) => (v.stock.find((s) => s.location === 'BER')?.quantity ?? 0) >= 2);
    if (variant) return { slug: product.slug, name: product.name, sku: variant.sku };
  }
  throw new Error(`Nothing in ${category} is in stock in Berlin`);
}

async function addToCart(page: Page, product: { slug: string; sku: string }) {
  await page.goto(`/p/${product.slug}?variant=${encodeURIComponent(product.sku)}`);
  await page.getByLabel('Quantity').fill('1');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText(/Added 1 to your cart/)).toBeVisible();
}

test('a guest fills a cart, signs in, collects in Berlin and pays at pickup; staff hand it over with the code', async ({
  page,
  browser,
  request,
}) => {
  // The staff part now also finds the order, records the terminal payment and confirms the hand-over.
  test.setTimeout(180_000);
  const bike = await inStockAtBerlin(request, 'bikes');
  const lock = await inStockAtBerlin(request, 'parts-accessories/safety-security/bike-locks');

  // As a guest: a bike and an accessory; the cart shows both.
  await addToCart(page, bike);
  await expectNoSeriousA11yViolations(page);
  await addToCart(page, lock);
  await page.goto('/cart');
  const lines = page.getByRole('list', { name: 'Items in your cart' });
  await expect(lines.getByRole('listitem')).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);

  // Signing in merges the guest cart into the customer's.
  await signIn(page, ROLE_ACCOUNTS.customer);
  await page.goto('/cart');
  await expect(lines.getByRole('link', { name: bike.name })).toBeVisible();
  await expect(lines.getByRole('link', { name: lock.name })).toBeVisible();
  await page.getByRole('link', { name: 'Go to checkout' }).click();

  // Click & collect in Berlin with a slot, pay at pickup.
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await page.getByRole('radio', { name: 'Click & collect: pick up in a store' }).check();
  await page
    .getByLabel('Store', { exact: true })
    .selectOption({ label: 'Velo & Outdoor Berlin, Friedrichstraße 112, Berlin' });
  await expect(page.getByLabel('Pickup time')).toBeVisible();
  await page.getByRole('radio', { name: 'Pay at pickup' }).check();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  const orderUrl = page.url();
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const number = /#(\d+)/.exec(heading)![1]!;
  const code = ((await page.getByTestId('pickup-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^\d{6}$/);
  await expect(page.getByRole('img', { name: `QR code of pickup code ${code}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto('/account');
  await expect(page.getByRole('link', { name: `#${number}` })).toBeVisible();

  // Staff in Berlin prepare it, mark it ready and hand it over after checking the code.
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, ROLE_ACCOUNTS.staff);
  await handOver(staff, number, code);
  await staff.close();

  // The customer sees "collected" (no more "we will notify you", no code to show) and the ready message.
  await page.goto(orderUrl);
  await expect(page.getByTestId('order-status')).toHaveText('Collected');
  await expect(page.getByTestId('pickup-stage')).toHaveText('You collected this order. Thank you!');
  await expect(page.getByText('We will notify you as soon as your order is ready for pickup.')).toHaveCount(0);
  await expect(page.getByTestId('pickup-code')).toHaveCount(0);
  await expect(page.getByTestId('order-messages')).toContainText(`Your order #${number} is ready for pickup`);
  await page.goto('/account');
  await expect(page.getByText(`Your order #${number} is ready for pickup`).first()).toBeVisible();
});

async function handOver(staff: Page, number: string, code: string) {
  await staff.goto('/store-desk/BER');
  await expect(staff.getByRole('heading', { level: 1 })).toContainText('Berlin');
  await expectNoSeriousA11yViolations(staff);
  for (const step of ['Confirm', 'Start picking', 'Ready for pickup']) {
    await staff.getByRole('button', { name: `${step} #${number}`, exact: true }).click();
    await expect(staff.getByRole('button', { name: `${step} #${number}`, exact: true })).toHaveCount(0);
  }
  // Found by its number; paid at the terminal first (pay at pickup).
  await staff.getByRole('searchbox', { name: 'Find an order' }).fill(number);
  await staff.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(staff.getByRole('heading', { level: 1, name: `Order #${number}` })).toBeVisible();
  await staff.getByLabel('Terminal reference').fill(`TID-${number}`);
  await staff.getByRole('button', { name: /^Record payment of / }).click();
  await expect(staff.getByTestId('amount')).toContainText('Paid');
  // A wrong code is refused; the right one hands the order over.
  const codeField = staff.getByLabel(`Pickup code for order #${number}`);
  const handOverNow = async () => {
    await staff.getByRole('button', { name: 'Hand over…' }).click();
    await staff.getByRole('alertdialog').getByRole('button', { name: 'Hand over now' }).click();
  };
  await codeField.fill(code === '000000' ? '111111' : '000000');
  await handOverNow();
  await expect(staff.getByRole('alert').filter({ hasText: 'The pickup code does not match this order' })).toBeVisible();
  await codeField.fill(code);
  await handOverNow();
  await expect(staff.getByRole('heading', { level: 1, name: `Receipt for order #${number}` })).toBeVisible();
}
