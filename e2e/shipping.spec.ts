import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations, keyFor } from './fixtures';

type ProductDetail = {
  slug: string;
  name: string;
  variants: Array<{
    sku: string;
    price: { amount: number } | null;
    stock: Array<{ location: string; quantity: number }>;
  }>;
};

const euro = (cents: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** A lock under €50 with stock in the warehouse: delivery costs the flat rate. */
async function cheapInWarehouse(request: APIRequestContext) {
  const category = 'parts-accessories/safety-security/bike-locks';
  const list = await (
    await request.get(`/api/v1/products?category=${category}&pageSize=24&inStock=1&sort=price-asc`, keyFor('web'))
  ).json();
  for (const item of list.items as Array<{ slug: string }>) {
    const product = (await (await request.get(`/api/v1/products/${item.slug}`, keyFor('web'))).json()) as ProductDetail;
    const variant = product.variants.find(
      (v) =>
        v.price !== null && v.price.amount < 5_000 && (v.stock.find((s) => s.location === 'WH1')?.quantity ?? 0) >= 2,
    );
    if (variant) return { slug: product.slug, name: product.name, sku: variant.sku, price: variant.price!.amount };
  }
  throw new Error('No lock under €50 is in stock in the warehouse');
}

test('shipping shows on the product page, in the cart and checkout; a delivery order includes it', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const lock = await cheapInWarehouse(request);

  // Product page: "plus shipping" next to the price, with the free-delivery value and a link.
  await page.goto(`/p/${lock.slug}?variant=${encodeURIComponent(lock.sku)}`);
  const note = page.getByTestId('shipping-note');
  await expect(note).toContainText('plus shipping');
  await expect(note).toContainText(`free delivery from ${euro(5_000)}`);
  await expect(note.getByRole('link', { name: 'shipping' })).toHaveAttribute('href', '/pages/shipping');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Quantity').fill('1');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText(/Added 1 to your cart/)).toBeVisible();

  // Cart: the shipping by each method and what is missing for free delivery.
  await page.goto('/cart');
  await expect(page.getByTestId('shipping-delivery')).toContainText(euro(495));
  await expect(page.getByTestId('shipping-pickup')).toContainText('free');
  await expect(page.getByTestId('to-free-delivery')).toHaveText(
    `Add ${euro(5_000 - lock.price)} more for free delivery.`,
  );
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Go to checkout' }).click();

  // Checkout: each option says what it costs; the summary adds the checked one's shipping.
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  const delivery = page.getByRole('radio', { name: 'Home delivery' });
  await expect(delivery).toHaveAccessibleDescription(`Shipping: ${euro(495)}`);
  await expect(page.getByRole('radio', { name: /Click & collect/ })).toHaveAccessibleDescription('Free shipping');
  await delivery.check();
  await expect(page.getByTestId('checkout-total-delivery')).toHaveText(euro(lock.price + 495));
  await expect(page.getByTestId('checkout-total-pickup')).toBeHidden();
  await page.getByLabel('Email address').fill(`shipping-${Date.now()}@example.com`);
  await page.getByLabel('Full name').fill('Erika Mustermann');
  await page.getByLabel('Street and house number').fill('Musterstraße 1');
  await page.getByLabel('Postal code').fill('10115');
  await page.getByLabel('City').fill('Berlin');
  await page.getByRole('radio', { name: 'Card (test)' }).check();
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  const legal = page.locator('#checkout-legal');
  await expect(legal.getByRole('link', { name: /terms and conditions/ })).toHaveAttribute('href', '/pages/terms');
  await expect(legal.getByRole('link', { name: /withdrawal policy/ })).toHaveAttribute('href', '/pages/withdrawal');
  await expect(legal.getByRole('link', { name: /privacy notice/ })).toHaveAttribute('href', '/pages/privacy');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Place order' }).click();

  // The order: items, shipping and a total that includes it.
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('order-shipping')).toHaveText(euro(495));
  await expect(page.getByTestId('order-total')).toHaveText(euro(lock.price + 495));
  await expectNoSeriousA11yViolations(page);
});

test('the footer opens the imprint, in English and in German', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: 'Imprint' }).click();
  await expect(page).toHaveURL(/\/pages\/imprint$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imprint');
  await expect(page.getByRole('heading', { level: 2, name: 'Information according to § 5 DDG' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page
    .getByRole('group', { name: 'Language' })
    .getByRole('button', { name: /Deutsch/ })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impressum');
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Widerrufsbelehrung und Rückgabe' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Muster-Widerrufsformular' })).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Impressum' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impressum');
  await expect(page.getByRole('heading', { level: 2, name: 'Angaben gemäß § 5 DDG' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
