// The phone-first category page: results first, filters in a drawer, chips, swatches, apply on change,
// the chosen colour carried to the product page; and the small things around it (sign-in returns,
// icons, no console errors).
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ROLE_ACCOUNTS, expectNoSeriousA11yViolations } from './fixtures';

const CATEGORY = '/c/bikes';

const results = (page: Page) => page.getByRole('region', { name: /\d+ products?/ });
const resultCount = async (page: Page) =>
  Number(
    (await page
      .getByRole('status')
      .filter({ hasText: /\d+ products?/ })
      .textContent())!.match(/(\d+) product/)![1],
  );

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the first product is above the fold; filters open in a drawer, apply at once and show as chips', async ({
    page,
  }) => {
    await page.goto(CATEGORY);
    const firstCard = results(page).getByRole('listitem').first();
    const box = (await firstCard.boundingBox())!;
    expect(box.y).toBeLessThan(844 - 100);
    // The filters are not in the page's flow on a phone: a button opens them.
    await expect(page.getByRole('group', { name: 'Colour' })).toBeHidden();
    await expectNoSeriousA11yViolations(page);
    const before = await resultCount(page);

    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await expect(drawer).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const colours = drawer.getByRole('group', { name: 'Colour' });
    // Colour values carry a swatch beside their name (the name stays the accessible name).
    const black = colours.getByRole('checkbox', { name: /^Black \(\d+\)$/ });
    await expect(colours.locator('span[style*="background-color"]').first()).toBeVisible();
    const expected = Number(
      (await black.evaluate((box) => (box as HTMLInputElement).labels![0]!.textContent))!.match(/\((\d+)\)/)![1],
    );
    await black.check();
    await expect(page).toHaveURL(/color=Black/);
    // The drawer stays open while its changes apply; its button shows the new count.
    await expect(drawer.getByRole('button', { name: `Show ${expected} products` })).toBeVisible();
    await drawer.getByRole('button', { name: `Show ${expected} products` }).click();
    await expect(drawer).toBeHidden();
    expect(await resultCount(page)).toBe(expected);
    expect(expected).toBeLessThan(before);
    await expect(page.getByRole('button', { name: 'Filter (1)' })).toBeVisible();

    // The chosen colour goes along to the product page: its variant and its image are that colour's.
    const chips = page.getByRole('navigation', { name: 'Active filters' });
    await expect(chips.getByRole('link', { name: 'Remove filter Colour: Black' })).toBeVisible();
    const product = results(page).getByRole('listitem').first().getByRole('link');
    await product.click();
    await expect(page).toHaveURL(/\/p\/[^?]+\?color=Black/);
    await expect(page.getByRole('status').filter({ hasText: 'Selected:' })).toContainText('Black');
    await expect(page.getByRole('region', { name: 'Images' }).getByRole('img').first()).toHaveAttribute(
      'alt',
      /black/i,
    );

    await page.goBack();
    await chips.getByRole('link', { name: 'Remove filter Colour: Black' }).click();
    await expect(page).not.toHaveURL(/color=/);
    await expect(page.getByRole('button', { name: 'Filter', exact: true })).toBeVisible();
    expect(await resultCount(page)).toBe(before);
  });
});

test('sort applies on change and facet counts follow the other filters', async ({ page }) => {
  await page.goto(CATEGORY);
  // Applying on change needs JavaScript: wait until the forms are enhanced (before that, "Sort" submits).
  await expect(page.locator('form[data-enhanced]').first()).toBeAttached();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('price-asc');
  await expect(page).toHaveURL(/sort=price-asc/);

  const sizes = page.getByRole('group', { name: 'Size' });
  const sizeCounts = () =>
    sizes
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels![0]!.textContent!.trim()));
  const unfiltered = await sizeCounts();
  await page.getByRole('group', { name: 'Colour' }).getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/color=/);
  await expect.poll(sizeCounts).not.toEqual(unfiltered);
  await expect(page).toHaveURL(/sort=price-asc/);
});

test('skip to results moves focus past the filters and the toolbar', async ({ page }) => {
  await page.goto(CATEGORY);
  const skip = page.getByRole('link', { name: 'Skip to results' });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#results$/);
  await page.keyboard.press('Tab');
  await expect(results(page).getByRole('link').first()).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('the filters are below the results and apply with a button', async ({ page }) => {
    await page.goto(CATEGORY);
    await page.getByRole('link', { name: 'Filter', exact: true }).click();
    await expect(page).toHaveURL(/#filters$/);
    await page
      .getByRole('group', { name: 'Colour' })
      .getByRole('checkbox', { name: /^Black/ })
      .check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/color=Black/);
    await expect(page.getByRole('link', { name: 'Remove filter Colour: Black' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name');
    await page.getByRole('button', { name: 'Sort', exact: true }).click();
    await expect(page).toHaveURL(/color=Black.*sort=name|sort=name.*color=Black/);
  });
});

test('signing in from the cart returns to the cart', async ({ page }) => {
  await page.goto('/cart');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcart$/);
  await page.getByLabel('Email').fill(ROLE_ACCOUNTS.customer);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/cart$/);
});

test('sign-in refuses to send the visitor to another site', async ({ page }) => {
  await page.goto('/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2Fsteal');
  const origin = new URL(page.url()).origin;
  await page.getByLabel('Email').fill(ROLE_ACCOUNTS.customer);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Only the path is kept: the visitor stays on this shop.
  await expect(page).toHaveURL(`${origin}/steal`);
});

test('pages load without console errors or missing files, with a favicon and app icons', async ({ page, request }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document')
      problems.push(`${response.status()} ${response.url()}`);
  });
  for (const path of ['/', CATEGORY, '/search?q=helmet', '/cart', '/sign-in']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto(CATEGORY);
  await results(page).getByRole('listitem').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);

  const icons = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(icons.length).toBeGreaterThanOrEqual(3);
  for (const href of icons) expect((await request.get(href)).status(), href).toBe(200);
});
