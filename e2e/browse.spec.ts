import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './fixtures';

test('browse home → category → filter → product → switch variant', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const categoryNav = page.getByRole('navigation', { name: 'Categories' });
  const firstCategory = categoryNav.getByRole('link').first();
  const categoryName = (await firstCategory.textContent())!.trim();
  await firstCategory.click();
  await expect(page.getByRole('heading', { level: 1, name: categoryName })).toBeVisible();
  const resultsStatus = page.getByRole('status').filter({ hasText: /\d+ products/ });
  const before = Number((await resultsStatus.textContent())!.match(/(\d+) products/)![1]);
  expect(before).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);

  // Filter by the most common colour and keep only products in stock.
  const colours = page.getByRole('group', { name: 'Colour' });
  const counts = await colours
    .getByRole('checkbox')
    .evaluateAll((boxes) =>
      boxes.map((box) => Number((box as HTMLInputElement).labels?.[0]?.textContent?.match(/\((\d+)\)/)?.[1] ?? 0)),
    );
  // With JavaScript every change applies at once: there is no Apply button to press.
  await expect(page.getByRole('button', { name: 'Apply filters' })).toBeHidden();
  await colours
    .getByRole('checkbox')
    .nth(counts.indexOf(Math.max(...counts)))
    .check();
  await expect(page).toHaveURL(/color=/);
  await page.getByLabel('In stock only').check();
  await expect(page).toHaveURL(/inStock=1/);
  const after = Number((await resultsStatus.textContent())!.match(/(\d+) products/)![1]);
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThanOrEqual(before);

  // Sorting by price keeps the filters in the URL.
  await page.getByLabel('Sort by').selectOption('price-asc');
  await expect(page).toHaveURL(/sort=price-asc/);
  await expect(page).toHaveURL(/color=/);

  const results = page.getByRole('region', { name: /products/ });
  const firstProduct = results.getByRole('listitem').first().getByRole('link');
  const productName = (await firstProduct.textContent())!.trim();
  await firstProduct.click();
  await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible();
  await expect(page.getByTestId('price')).toContainText('€');
  await expectNoSeriousA11yViolations(page);

  // Switch to another option value of the first option group that has one.
  const selectedStatus = page.getByRole('status').filter({ hasText: 'Selected:' });
  const groups = page.getByRole('group');
  let switched = false;
  for (let i = 0; i < (await groups.count()) && !switched; i++) {
    const other = groups.nth(i).locator('a:not([aria-current])').first();
    if ((await other.count()) === 0) continue;
    const beforeLabel = await selectedStatus.textContent();
    const value = (await other.textContent())!.trim();
    await other.click();
    await expect(page).toHaveURL(/variant=/);
    await expect(selectedStatus).not.toHaveText(beforeLabel!);
    await expect(selectedStatus).toContainText(value);
    await expect(
      groups.nth(i).getByRole('link', { name: new RegExp(`: ${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
    ).toHaveAttribute('aria-current', 'true');
    switched = true;
  }
  expect(switched, 'the product offers a second variant to switch to').toBe(true);
});

test('a product page groups related products by relation type', async ({ page }) => {
  await page.goto('/c/bikes/trekking-bikes/men-trekking-bikes');
  await page
    .getByRole('region', { name: /products/ })
    .getByRole('listitem')
    .first()
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Accessories' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Manuals and documents' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Availability' })).toBeVisible();
});

test('the category page is keyboard operable', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const searchBox = page.getByRole('combobox', { name: 'Search products' });
  await searchBox.focus();
  await page.keyboard.type('helmet');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=helmet/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('helmet');
});
