import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, keyFor } from './fixtures';

test('search tolerates a typo', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search products' }).fill('helmt');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=helmt/);
  const results = page.getByRole('region', { name: /products/ });
  await expect(results.getByRole('listitem').first()).toContainText(/helmet/i);
  await expectNoSeriousA11yViolations(page);
});

test('word forms match through stemming', async ({ request }) => {
  const singular = await (await request.get('/api/v1/products?q=helmet&pageSize=1', keyFor('web'))).json();
  const plural = await (await request.get('/api/v1/products?q=helmets&pageSize=1', keyFor('web'))).json();
  expect(singular.total).toBeGreaterThan(0);
  expect(plural.total).toBe(singular.total);
});

test('a search without results says so', async ({ page }) => {
  await page.goto('/search?q=zzqxv');
  await expect(page.getByText('Nothing found for “zzqxv”')).toBeVisible();
});
