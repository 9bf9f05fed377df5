import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './fixtures';

test('the footer switches the storefront to German and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('button', { name: 'Switch language' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('link', { name: 'Warenkorb' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Produkte suchen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await page.getByRole('button', { name: 'Sprache wechseln' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Cart' })).toBeVisible();
});
