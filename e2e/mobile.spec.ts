import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './fixtures';

test('the storefront works on a phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Search products' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const hasHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  expect(hasHorizontalScroll).toBe(false);
});
