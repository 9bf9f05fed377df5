// The header's cart count and the mini-cart follow every change of the cart: adding, changing and removing
// lines, checking out, signing out and signing in (the guest cart joins the customer's). The changes that
// end in a redirect are made without a page load (a marker on window survives), as a visitor with
// JavaScript makes them, so the count on screen comes from the cart query, not from a fresh page.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, keyFor, signUpAndConfirm } from './fixtures';

type Product = { slug: string; name: string; sku: string };
type ProductDetail = {
  slug: string;
  name: string;
  variants: Array<{ sku: string; stock: Array<{ location: string; quantity: number }> }>;
};

/** `count` bike locks, each with a variant of which the warehouse has at least 5 (home delivery). */
async function locksInWarehouse(request: APIRequestContext, count: number): Promise<Product[]> {
  const list = await (
    await request.get(
      '/api/v1/products?category=parts-accessories/safety-security/bike-locks&pageSize=24&inStock=1',
      keyFor('web'),
    )
  ).json();
  const found: Product[] = [];
  for (const item of list.items as Array<{ slug: string }>) {
    const product = (await (await request.get(`/api/v1/products/${item.slug}`, keyFor('web'))).json()) as ProductDetail;
    const variant = product.variants.find((v) => (v.stock.find((s) => s.location === 'WH1')?.quantity ?? 0) >= 5);
    if (variant) found.push({ slug: product.slug, name: product.name, sku: variant.sku });
    if (found.length === count) return found;
  }
  throw new Error(`Fewer than ${count} bike locks are in stock in the warehouse`);
}

/** The header's cart control: a button once the page is hydrated, named "Cart" and the count. */
const cartButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Cart/ });
const miniCart = (page: Page) => page.getByRole('dialog', { name: 'Your cart' });

/** Adds with JavaScript: the product page's status says so and the mini-cart opens with the item. */
async function addToCart(page: Page, product: Product, quantity = 1) {
  await page.goto(`/p/${product.slug}?variant=${encodeURIComponent(product.sku)}`);
  await expect(cartButton(page)).toBeVisible();
  await page.getByLabel('Quantity').fill(String(quantity));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText(new RegExp(`Added ${quantity} to your cart`))).toBeVisible();
  await expect(miniCart(page).getByRole('link', { name: product.name })).toBeVisible();
}

async function closeMiniCart(page: Page) {
  await page.keyboard.press('Escape');
  await expect(miniCart(page)).toBeHidden();
}

/** Marks the window, so that a later check can tell the page was not loaded again. */
const markWindow = (page: Page) => page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
const windowStillMarked = (page: Page) => page.evaluate(() => (window as unknown as { marker?: number }).marker);

test('the cart count follows adding, changing and removing; the mini-cart opens by keyboard', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const [lock] = await locksInWarehouse(request, 1);
  await page.goto('/');
  await expect(cartButton(page)).toHaveAccessibleName('Cart');

  await addToCart(page, lock!);
  await closeMiniCart(page);
  await expect(page.getByRole('button', { name: 'Add to cart' })).toBeFocused();
  await expect(cartButton(page)).toHaveAccessibleName('Cart 1 item');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText('Added 1 to your cart (2 of this item in the cart).')).toBeVisible();
  await expect(miniCart(page).getByText('Quantity: 2')).toBeVisible();
  await closeMiniCart(page);
  await expect(cartButton(page)).toHaveAccessibleName('Cart 2 items');

  // The count is the browser's own: the cart route is not cacheable and page-cached HTML has no count.
  const cart = await page.request.get('/api/cart');
  expect(cart.headers()['cache-control']).toBe('private, no-store');
  expect((await cart.json()).itemCount).toBe(2);
  const home = await page.request.get('/');
  expect(home.headers()['x-page-cache']).toMatch(/^(HIT|MISS)$/);
  expect(await home.text()).not.toMatch(/2 items/);

  // The mini-cart from the header by keyboard: focus moves in, Escape closes, focus returns.
  await cartButton(page).focus();
  await page.keyboard.press('Enter');
  const drawer = miniCart(page);
  await expect(drawer).toBeVisible();
  await expect.poll(() => drawer.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  const lines = drawer.getByRole('list', { name: 'Items in your cart' }).getByRole('listitem');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText(lock!.name);
  await expect(lines.first()).toContainText('Quantity: 2');
  await expect(drawer.getByRole('link', { name: 'View cart' })).toHaveAttribute('href', '/cart');
  await expect(drawer.getByRole('link', { name: 'Go to checkout' })).toHaveAttribute('href', '/checkout');
  await expectNoSeriousA11yViolations(page);
  await closeMiniCart(page);
  await expect(cartButton(page)).toBeFocused();

  // Quantity changes and the removal on the cart page.
  await page.goto('/cart');
  await expect(cartButton(page)).toHaveAccessibleName('Cart 2 items');
  await page.getByRole('button', { name: `Increase quantity of ${lock!.name}` }).click();
  await expect(cartButton(page)).toHaveAccessibleName('Cart 3 items');
  await page.getByRole('spinbutton', { name: `Quantity of ${lock!.name}` }).fill('5');
  await page.getByRole('button', { name: `Update quantity of ${lock!.name}` }).click();
  await expect(cartButton(page)).toHaveAccessibleName('Cart 5 items');
  await page.getByRole('button', { name: `Remove ${lock!.name} from the cart` }).click();
  await expect(cartButton(page)).toHaveAccessibleName('Cart');

  // An empty cart says so.
  await cartButton(page).click();
  await expect(miniCart(page).getByText('Your cart is empty.')).toBeVisible();
  await closeMiniCart(page);
});

test('after checkout the confirmation page shows no count', async ({ page, request }) => {
  test.setTimeout(90_000);
  const [lock] = await locksInWarehouse(request, 1);
  await addToCart(page, lock!);
  await miniCart(page).getByRole('link', { name: 'Go to checkout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await expect(miniCart(page)).toBeHidden();
  await expect(cartButton(page)).toHaveAccessibleName('Cart 1 item');

  await page.getByLabel('Email address').fill('cart-badge@example.com');
  await page.getByRole('radio', { name: 'Home delivery' }).check();
  const address = page.getByRole('group', { name: 'Delivery address' });
  await address.getByLabel('Full name').fill('Erika Muster');
  await address.getByLabel('Street and house number').fill('Hauptstraße 1');
  await address.getByLabel('Postal code').fill('10115');
  await address.getByLabel('City').fill('Berlin');
  await page.getByRole('radio', { name: 'Card (test)' }).check();
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await markWindow(page);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Order #\d+$/);
  await expect(cartButton(page)).toHaveAccessibleName('Cart');
  expect(await windowStillMarked(page)).toBe(1);
});

test('signing out empties the count; signing in with a guest cart counts the merged cart', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const [first, second] = await locksInWarehouse(request, 2);
  const email = `cart-badge-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = 'a-basket-full-of-things';
  await signUpAndConfirm(page, { name: 'Carla Korb', email, password });

  // One item in the customer's own cart.
  await addToCart(page, first!);
  await closeMiniCart(page);
  await expect(cartButton(page)).toHaveAccessibleName('Cart 1 item');
  await markWindow(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(cartButton(page)).toHaveAccessibleName('Cart');
  expect(await windowStillMarked(page)).toBe(1);

  // Two of another item as a guest; signing in merges them into the customer's cart.
  await addToCart(page, second!, 2);
  await closeMiniCart(page);
  await page.goto('/sign-in');
  await expect(cartButton(page)).toHaveAccessibleName('Cart 2 items');
  await markWindow(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(cartButton(page)).toHaveAccessibleName('Cart 3 items');
  expect(await windowStillMarked(page)).toBe(1);
});
