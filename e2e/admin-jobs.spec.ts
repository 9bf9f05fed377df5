import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, ROLE_ACCOUNTS, signIn } from './fixtures';

test('an admin sees the background jobs with their schedules; a merchandiser may not', async ({ page, browser }) => {
  await signIn(page, ROLE_ACCOUNTS.admin);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Jobs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Background jobs' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Background jobs' });
  for (const job of ['Record price history', 'Cancel uncollected pickup orders', 'Delete abandoned guest carts'])
    await expect(table.getByRole('rowheader', { name: job })).toBeVisible();
  // The price-history job runs every minute; its schedule is shown as cron in UTC.
  await expect(table.getByRole('row', { name: /Record price history/ })).toContainText('* * * * *');
  await expectNoSeriousA11yViolations(page);

  const context = await browser.newContext();
  const merchandiser = await context.newPage();
  await signIn(merchandiser, ROLE_ACCOUNTS.merchandiser);
  const response = await merchandiser.goto('/admin/jobs');
  expect(response?.status()).toBe(403);
  await expect(merchandiser.getByRole('link', { name: 'Jobs' })).toHaveCount(0);
  await context.close();
});
