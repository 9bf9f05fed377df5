// The checkout without JavaScript: the sections of the chosen fulfilment and payment appear through CSS
// alone, the form posts to the server action as a plain form, and refusals come back as a new page.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, keyFor } from './fixtures';

test.use({ javaScriptEnabled: false });

/**
 * The fixtures' axe check of the page as it is now. axe cannot run where scripts are disabled, so the
 * page's DOM (with what was checked, typed and selected) is served to a page with scripting but without
 * the app's scripts, at the same address so that the styles load.
 */
async function expectAccessible(page: Page, browser: Browser) {
  const html = await page.evaluate(() => {
    for (const input of document.querySelectorAll('input')) {
      if (input.type === 'radio' || input.type === 'checkbox') input.toggleAttribute('checked', input.checked);
      else input.setAttribute('value', input.value);
    }
    for (const option of document.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const script of copy.querySelectorAll('script')) script.remove();
    return `<!DOCTYPE html>${copy.outerHTML}`;
  });
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route('**/*', (route) => {
      if (route.request().isNavigationRequest())
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      return route.request().resourceType() === 'script' ? route.abort() : route.continue();
    });
    await copy.goto(page.url());
    // The copy shows the same fields as the page, so its styles apply.
    const visibleFields = () =>
      [...document.querySelectorAll('input, select')].filter((field) => field.checkVisibility()).length;
    expect(await copy.evaluate(visibleFields)).toBe(await page.evaluate(visibleFields));
    await expectNoSeriousA11yViolations(copy);
  } finally {
    await context.close();
  }
}

type ProductDetail = {
  slug: string;
  name: string;
  variants: Array<{ sku: string; stock: Array<{ location: string; quantity: number }> }>;
};

/** A bike lock with a variant of which `location` has at least two in stock. */
async function inStockAt(request: APIRequestContext, location: string) {
  const list = await (
    await request.get(
      '/api/v1/products?category=parts-accessories/safety-security/bike-locks&pageSize=24&inStock=1',
      keyFor('web'),
    )
  ).json();
  for (const item of list.items as Array<{ slug: string }>) {
    const product = (await (await request.get(`/api/v1/products/${item.slug}`, keyFor('web'))).json()) as ProductDetail;
    const variant = product.variants.find((v) => (v.stock.find((s) => s.location === location)?.quantity ?? 0) >= 2);
    if (variant) return { slug: product.slug, name: product.name, sku: variant.sku };
  }
  throw new Error(`No bike lock is in stock at ${location}`);
}

/** "Add to cart" is a plain form post as well: the product page comes back with the confirmation. */
async function addToCart(page: Page, product: { slug: string; sku: string }) {
  await page.goto(`/p/${product.slug}?variant=${encodeURIComponent(product.sku)}`);
  await page.getByLabel('Quantity').fill('1');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText(/Added 1 to your cart/)).toBeVisible();
}

test('a guest without JavaScript sees the fields of each fulfilment, has it delivered and pays by test card', async ({
  page,
  request,
  browser,
}) => {
  const lock = await inStockAt(request, 'WH1');
  await addToCart(page, lock);
  await page.goto('/checkout');
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await expect(page.getByTestId('checkout-lines')).toContainText(lock.name);

  // Nothing chosen: no section is shown.
  const address = page.getByRole('group', { name: 'Delivery address' });
  await expect(page.getByLabel('Full name')).toBeHidden();
  await expect(page.getByLabel('Store', { exact: true })).toBeHidden();
  await expect(page.getByLabel('Card number')).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Pay at pickup' })).toBeHidden();

  // Click & collect shows the store and the pickup time, and pay at pickup.
  await page.getByRole('radio', { name: 'Click & collect: pick up in a store' }).check();
  await expect(page.getByLabel('Store', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Pickup time')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Pay at pickup' })).toBeVisible();
  await expect(page.getByLabel('Full name')).toBeHidden();
  await expectAccessible(page, browser);

  // Home delivery with the keyboard: the address appears, the store fields go, and so does pay at pickup.
  await page.getByRole('radio', { name: 'Click & collect: pick up in a store' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Home delivery' })).toBeChecked();
  await expect(address).toBeVisible();
  await expect(page.getByLabel('Store', { exact: true })).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Pay at pickup' })).toBeHidden();

  await page.getByLabel('Email address').fill('no-js@example.com');
  await address.getByLabel('Full name').fill('Erika Gast');
  await address.getByLabel('Street and house number').fill('Hauptstraße 1');
  await address.getByLabel('Postal code').fill('10115');
  await address.getByLabel('City').fill('Berlin');
  await page.getByRole('radio', { name: 'Card (test)' }).check();
  await expect(page.getByLabel('Card number')).toBeVisible();

  // A declined card comes back as a page with the message; what was typed is still there.
  await page.getByLabel('Card number').fill('4000 0000 0000 0002');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('alert')).toHaveText('The card was declined.');
  await expect(page.getByRole('radio', { name: 'Home delivery' })).toBeChecked();
  await expect(address.getByLabel('Full name')).toHaveValue('Erika Gast');
  await expect(page.getByLabel('Card number')).toHaveAccessibleDescription(/The card was declined/);
  await expectAccessible(page, browser);

  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Order #\d+$/);
  await expect(page.getByText('Thank you for your order.', { exact: true })).toBeVisible();
  // The e2e server has no SMTP_URL: no e-mail is promised; messages are shown on the order page.
  await expect(page.getByText(/This shop sends no e-mails/)).toBeVisible();
  await expect(page.getByText('no-js@example.com')).toHaveCount(0);
  await expectAccessible(page, browser);
});

test('a guest without JavaScript collects in Hamburg: a time of another store is refused, one of Hamburg is booked', async ({
  page,
  request,
  browser,
}) => {
  const lock = await inStockAt(request, 'HAM');
  await addToCart(page, lock);
  await page.goto('/checkout');
  await page.getByLabel('Email address').fill('no-js-pickup@example.com');
  await page.getByRole('radio', { name: 'Click & collect: pick up in a store' }).check();
  await page
    .getByLabel('Store', { exact: true })
    .selectOption({ label: 'Velo & Outdoor Hamburg, Spitalerstraße 24, Hamburg' });
  // Without JavaScript the times of every store are listed, grouped by store and day.
  const slot = page.getByLabel('Pickup time');
  const timeAt = (store: string) => slot.locator(`optgroup[label^="${store}:"] option`).first().getAttribute('value');
  await slot.selectOption((await timeAt('Velo & Outdoor Berlin'))!);
  await page.getByRole('radio', { name: 'Pay at pickup' }).check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This pickup time belongs to another store. Choose a time of the store you selected.',
  );
  await expect(page.getByLabel('Store', { exact: true }).locator('option:checked')).toHaveText(
    'Velo & Outdoor Hamburg, Spitalerstraße 24, Hamburg',
  );
  await expectAccessible(page, browser);

  await slot.selectOption((await timeAt('Velo & Outdoor Hamburg'))!);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Click & collect at Velo & Outdoor Hamburg')).toBeVisible();
  await expect(page.getByTestId('pickup-code')).toHaveText(/^\s*\d{6}\s*$/);
});
