import { expect, test, type Browser } from '@playwright/test';
import { ROLE_ACCOUNTS, signIn } from './fixtures';

// Walks every back-office page with every role and asserts who is let in.
const roles = {
  anonymous: null,
  customer: ROLE_ACCOUNTS.customer,
  companyMember: ROLE_ACCOUNTS.companyBuyer,
  staff: ROLE_ACCOUNTS.staff,
  merchandiser: ROLE_ACCOUNTS.merchandiser,
  admin: ROLE_ACCOUNTS.admin,
} as const;
const allowed = new Set(['merchandiser', 'admin']);

async function detailPaths(browser: Browser): Promise<string[]> {
  // A product and a price list detail URL, looked up by an admin in a separate browser context.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ROLE_ACCOUNTS.admin);
  const hrefs: string[] = [];
  for (const list of ['/admin/products', '/admin/price-lists']) {
    await page.goto(list);
    hrefs.push((await page.getByRole('table').getByRole('link').first().getAttribute('href'))!);
  }
  await context.close();
  return hrefs;
}

for (const [role, email] of Object.entries(roles)) {
  test(`back office as ${role}`, async ({ page, browser }) => {
    const pages = [
      '/admin',
      '/admin/products',
      '/admin/products?q=helmet',
      '/admin/price-lists',
      '/admin/price-lists/new',
      '/admin/price-lists/why?sku=x',
      '/admin/price-lists/consistency?category=bikes',
      ...(await detailPaths(browser)),
    ];
    if (email) await signIn(page, email);
    for (const path of pages) {
      const response = await page.goto(path);
      if (allowed.has(role)) {
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Access denied');
      } else if (role === 'anonymous') {
        await expect(page, path).toHaveURL(
          new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
        );
        await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      } else {
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole('heading', { level: 1, name: 'Access denied' })).toBeVisible();
      }
    }
  });
}
