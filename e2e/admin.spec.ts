import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, getOnNewConnections, keyFor, ROLE_ACCOUNTS, signIn } from './fixtures';

type ProductList = { items: Array<{ slug: string }> };

test('a merchandiser finds a product, unpublishes and republishes it, and sees the audit trail', async ({ page }) => {
  await signIn(page, ROLE_ACCOUNTS.merchandiser);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page
    .getByRole('navigation', { name: 'Back office navigation' })
    .getByRole('link', { name: 'Products' })
    .click();
  await page.getByRole('searchbox', { name: 'Search by name, SKU or EAN' }).fill('manual');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=manual/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const productLink = rows.last().getByRole('link');
  const name = (await productLink.textContent())!.trim();
  await productLink.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const shopHref = await page.getByRole('link', { name: 'View in shop' }).getAttribute('href');
  const audit = page.getByRole('region', { name: 'Recent changes (audit log)' });
  const mine = audit.getByRole('row').filter({ hasText: 'merch@example.com' });
  const before = await mine.count();
  // The cached API listing, read on fresh connections so that every server worker answers and caches it.
  const slug = shopHref!.replace(/^\/p\//, '').replace(/\?.*$/, '');
  const listingUrl = new URL(`/api/v1/products?q=${encodeURIComponent(name)}&pageSize=100`, page.url()).toString();
  const searchUrl = new URL(`/search?q=${encodeURIComponent(name)}`, page.url()).toString();
  const listed = async () => [
    ...(await getOnNewConnections(listingUrl, 6, keyFor('web').headers)).map(({ body }) =>
      (JSON.parse(body) as ProductList).items.some((item) => item.slug === slug),
    ),
    ...(await getOnNewConnections(searchUrl, 6)).map(({ body }) => body.includes(`href="/p/${slug}"`)),
  ];
  expect(await listed()).toEqual(Array(12).fill(true));
  // The anonymous search page is now served from the workers' page caches.
  expect((await getOnNewConnections(searchUrl, 4)).map((r) => r.pageCache)).toContain('HIT');

  await page.getByLabel('Change status').selectOption('draft');
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status saved: Draft.' })).toBeVisible();
  expect((await page.request.get(shopHref!)).status()).toBe(404);
  // The write invalidated the data and page caches in every worker, not only in the one that ran the action.
  expect(await listed()).toEqual(Array(12).fill(false));

  await page.getByLabel('Change status').selectOption('active');
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status saved: Active.' })).toBeVisible();
  expect((await page.request.get(shopHref!)).status()).toBe(200);
  expect(await listed()).toEqual(Array(12).fill(true));

  await page.reload();
  await expect(mine).toHaveCount(before + 2);
  await expect(mine.first()).toContainText('{"status":"active"}');
});
