import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './fixtures';

for (const path of ['/p/no-such-product', '/c/no-such-category', '/c/bikes/no-such-child', '/nothing-here']) {
  test(`${path} is a real 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('main')).toHaveCount(1);
  });
}

test('the 404 page is accessible', async ({ page }) => {
  await page.goto('/p/no-such-product');
  await expectNoSeriousA11yViolations(page);
});
