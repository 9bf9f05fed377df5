import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, ROLE_ACCOUNTS, signIn } from './fixtures';

const cents = (text: string | null) => Number((text ?? '').replace(/[^0-9]/g, ''));
const TOOL = '/p/allround-multi-tool-14';

test('a company buyer shops the b2b channel everywhere: company catalogue, net contract prices, cart, checkout and API', async ({
  page,
}) => {
  // As a guest: the consumer price incl. VAT, clothing on sale; the multi-tool goes into the guest cart.
  await page.goto(TOOL);
  const price = page.getByTestId('price');
  await expect(price).toContainText('incl. VAT');
  const consumerPrice = cents(await price.locator('span.font-semibold').first().textContent());
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('link', { name: 'View cart' }).first()).toBeVisible();
  expect((await page.goto('/c/clothing'))?.status()).toBe(200);

  await signIn(page, ROLE_ACCOUNTS.companyBuyer);

  // Signed in: ACME's contract price, net, on the product page and in search; clothing is not in the catalogue.
  await page.goto(TOOL);
  await expect(price).toContainText('excl. VAT');
  const contractPrice = cents(await price.locator('span.font-semibold').first().textContent());
  expect(contractPrice).toBeLessThan(consumerPrice);
  await expectNoSeriousA11yViolations(page);
  expect((await page.goto('/c/clothing'))?.status()).toBe(404);
  await expect(page.getByRole('navigation', { name: /categories/i }).getByText('Clothing')).toHaveCount(0);

  await page.goto('/search?q=allround+multi-tool+14');
  const card = page.getByRole('listitem').filter({ hasText: 'Allround Multi-Tool 14' }).first();
  await expect(card).toContainText('excl. VAT');
  expect(cents(await card.locator('span.font-semibold').first().textContent())).toBe(contractPrice);

  // The guest cart came along, repriced for the company; the checkout shows the same net amounts.
  await page.goto('/cart');
  await expect(page.getByRole('main')).toContainText('Allround Multi-Tool 14');
  await expect(page.getByRole('main')).toContainText('excl. VAT');
  await page.goto('/checkout');
  await expect(page.getByRole('main')).toContainText('excl. VAT');

  // The API answers the member in the b2b channel even with the storefront's key (the session cookie goes along).
  const api = await page.request.get('/api/v1/products/allround-multi-tool-14', {
    headers: { 'x-publishable-key': 'pk_demo_web' },
  });
  const detail = (await api.json()) as { pricesIncludeVat: boolean; variants: Array<{ price: { amount: number } }> };
  expect(detail.pricesIncludeVat).toBe(false);
  expect(detail.variants.map((v) => v.price.amount)).toContain(contractPrice);
});
