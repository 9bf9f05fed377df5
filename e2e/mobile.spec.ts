// Phone-sized coverage (the `mobile` project: Pixel 7) of what the desktop specs walk at full length:
// the storefront shell, the category page's drawer, subcategories and chips, and the header's suggestions.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './fixtures';

const hasHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/** A touch target of at least 44 × 44 px (WCAG 2.5.5). */
async function expectTouchSized(target: Locator) {
  const box = (await target.boundingBox())!;
  expect(box.height, await target.innerText()).toBeGreaterThanOrEqual(44);
  expect(box.width, await target.innerText()).toBeGreaterThanOrEqual(44);
}

test('the storefront works on a phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Search products' })).toBeVisible();
  const category = page.getByRole('navigation', { name: 'Categories' }).getByRole('link').first();
  const name = ((await category.textContent()) ?? '').trim();
  await category.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A client-side navigation streams the new title in after the content: judge the page once it is there.
  await expect(page).toHaveTitle(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expectNoSeriousA11yViolations(page);
  expect(await hasHorizontalScroll(page)).toBe(false);
});

test('on a phone the category drawer offers subcategories as buttons, and filters apply as chips', async ({ page }) => {
  await page.goto('/c/bikes');
  await expect(page.locator('form[data-enhanced]').first()).toBeAttached();
  await page.getByRole('button', { name: 'Filter', exact: true }).tap();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const subcategories = drawer.getByRole('navigation', { name: 'Subcategories' }).getByRole('link');
  await expect(subcategories.first()).toBeVisible();
  for (const link of await subcategories.all()) await expectTouchSized(link);
  // Reached with the keyboard (a tablet's keyboard, switch access), a subcategory shows the focus ring.
  const first = subcategories.first();
  for (let step = 0; step < 10 && !(await first.evaluate((el) => el === document.activeElement)); step++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const ring = await first.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);

  await drawer
    .getByRole('group', { name: 'Colour' })
    .getByRole('checkbox', { name: /^Black \(\d+\)$/ })
    .check();
  await expect(page).toHaveURL(/color=Black/);
  await drawer.getByRole('button', { name: /^Show \d+ products?$/ }).tap();
  await expect(drawer).toBeHidden();
  const chip = page.getByRole('navigation', { name: 'Active filters' }).getByRole('link', {
    name: 'Remove filter Colour: Black',
  });
  await expectTouchSized(chip);
  expect(await hasHorizontalScroll(page)).toBe(false);
  await chip.tap();
  await expect(page).not.toHaveURL(/color=/);
  await expect(page.getByRole('button', { name: 'Filter', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Filter', exact: true }).tap();
  const target = subcategories.first();
  const name = await target.innerText();
  await target.tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expectNoSeriousA11yViolations(page);
  expect(await hasHorizontalScroll(page)).toBe(false);
});

test('on a phone the header search suggests products within the screen, and a tap opens one', async ({ page }) => {
  await page.goto('/');
  // Typing before React has hydrated the combobox would fill a plain field that offers no suggestions.
  await expect(page.locator('form[role="search"][data-enhanced]')).toBeAttached();
  await page.getByRole('combobox', { name: 'Search products' }).fill('helm');
  const list = page.getByRole('listbox');
  const option = list.getByRole('group', { name: 'Products' }).getByRole('option').first();
  await expect(option).toBeVisible();
  const box = (await list.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  await expectTouchSized(option);
  const name = (await option.innerText()).split('\n')[0]!;
  await option.tap();
  await expect(page).toHaveURL(/\/p\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expectNoSeriousA11yViolations(page);
  expect(await hasHorizontalScroll(page)).toBe(false);
});
