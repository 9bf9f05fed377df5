import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './fixtures';

test('the header switches the storefront to German and back, and the choice is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('group', { name: 'Language' })
    .getByRole('button', { name: /Deutsch/ })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('banner').getByRole('button', { name: /^Warenkorb/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Produkte suchen' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Deutsch/ })).toHaveAttribute('aria-pressed', 'true');
  await expectNoSeriousA11yViolations(page);
  await page.goto('/stores');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page
    .getByRole('group', { name: 'Sprache' })
    .getByRole('button', { name: /English/ })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner').getByRole('button', { name: /^Cart/ })).toBeVisible();
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('gets the German shop on its first visit, with German titles, and can switch to English', async ({ page }) => {
    await page.goto('/cart');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle(/^Ihr Warenkorb · /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Warenkorb');
    await page
      .getByRole('group', { name: 'Sprache' })
      .getByRole('button', { name: /English/ })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
