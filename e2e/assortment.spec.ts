import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  API_KEYS,
  expectNoSeriousA11yViolations,
  keyFor,
  pickInCombobox,
  ROLE_ACCOUNTS,
  signIn,
  signOut,
} from './fixtures';

// No other e2e test looks at trekking tents or at the marketplace channel; both tests here change the
// marketplace, so they run one after the other.
const LEAF = 'outdoor-camping/tents-shelters/trekking-tents';
const TENTS = { path: LEAF, name: 'Outdoor & Camping › Tents › Trekking Tents' };
test.describe.configure({ mode: 'serial' });

async function feedCsv(request: APIRequestContext) {
  const response = await request.get(`/api/v1/feeds/marketplace.csv?key=${API_KEYS.marketplace}`);
  expect(response.status()).toBe(200);
  return response.text();
}

async function addRule(
  page: Page,
  channelName: string,
  target: { path: string; name: string },
  effect: 'include' | 'exclude',
) {
  await page.goto('/admin/channels');
  await page.getByRole('link', { name: channelName, exact: true }).click();
  await page.getByLabel('Applies to').selectOption('category');
  // The category is picked from what its path matches, not typed as a key.
  await pickInCombobox(page, 'Category', target.path, target.name);
  await page.getByRole('radio', { name: effect, exact: true }).check();
  await page.getByRole('button', { name: 'Add rule' }).click();
}

test('a merchandiser takes a category off web: gone from navigation, listing, search, API and product pages there; still sold on b2b; the marketplace feed follows', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const tents = await (await request.get(`/api/v1/products?category=${LEAF}&pageSize=100`, keyFor('web'))).json();
  expect(tents.total).toBeGreaterThan(0);
  const tent = tents.items[0] as { slug: string; name: string };
  expect(await feedCsv(request)).toContain(`/p/${tent.slug}`);

  await signIn(page, ROLE_ACCOUNTS.merchandiser);
  // Exclude the category from web: the preview says what leaves, nothing is saved before confirming.
  await addRule(page, 'Online shop', TENTS, 'exclude');
  await expect(
    page.getByText(`This change adds 0 and removes ${tents.total} products on Online shop (for Everyone).`),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled: nothing was changed.')).toBeVisible();
  expect((await (await request.get(`/api/v1/products?category=${LEAF}`, keyFor('web'))).json()).total).toBe(
    tents.total,
  );
  await page.getByRole('button', { name: 'Add rule' }).click();
  await page.getByRole('button', { name: 'Save change' }).click();
  await expect(page.getByText('Rule added.')).toBeVisible();

  // Web: navigation, category page, search, product page and API no longer show it.
  const shopper = await page.context().browser()!.newPage();
  await shopper.goto('/c/outdoor-camping/tents-shelters');
  await expect(shopper.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(shopper.locator(`a[href="/c/${LEAF}"]`)).toHaveCount(0);
  expect((await shopper.goto(`/c/${LEAF}`))!.status()).toBe(404);
  expect((await shopper.goto(`/p/${tent.slug}`))!.status()).toBe(404);
  await shopper.goto(`/search?q=${encodeURIComponent(tent.name)}`);
  await expect(shopper.locator(`a[href="/p/${tent.slug}"]`)).toHaveCount(0);
  await shopper.close();
  expect((await (await request.get(`/api/v1/products?category=${LEAF}`, keyFor('web'))).json()).total).toBe(0);
  expect((await request.get(`/api/v1/products/${tent.slug}`, keyFor('web'))).status()).toBe(404);
  const webTree = JSON.stringify(await (await request.get('/api/v1/categories', keyFor('web'))).json());
  expect(webTree).not.toContain(`"${LEAF}"`);

  // b2b still sells it.
  expect((await request.get(`/api/v1/products/${tent.slug}`, keyFor('b2b'))).status()).toBe(200);
  expect((await (await request.get(`/api/v1/products?category=${LEAF}`, keyFor('b2b'))).json()).total).toBe(
    tents.total,
  );

  // The marketplace feed follows a rule on the marketplace channel.
  await addRule(page, 'Marketplace', TENTS, 'exclude');
  await page.getByRole('button', { name: 'Save change' }).click();
  await expect(page.getByText('Rule added.')).toBeVisible();
  expect(await feedCsv(request)).not.toContain(`/p/${tent.slug}`);

  // The matrix shows who decided, and deleting the rules (after the preview) brings the tents back.
  await page.goto(`/admin/assortment?category=${LEAF}`);
  await expect(page.getByRole('row').filter({ hasText: tent.name }).first()).toContainText(`exclude category ${LEAF}`);
  await expectNoSeriousA11yViolations(page);
  for (const channel of ['Online shop', 'Marketplace']) {
    await page.goto('/admin/channels');
    await page.getByRole('link', { name: channel, exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`Delete \\(exclude category ${LEAF},`) }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this rule?' });
    await expect(confirm).toContainText('removes 0 products');
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole('button', { name: 'Delete rule' }).click();
    await expect(page.getByRole('button', { name: new RegExp(`Delete \\(exclude category ${LEAF},`) })).toHaveCount(0);
  }
  expect((await request.get(`/api/v1/products/${tent.slug}`, keyFor('web'))).status()).toBe(200);
  expect(await feedCsv(request)).toContain(`/p/${tent.slug}`);
  await signOut(page);
});

test('an inactive channel is off: its API answers 404 and its feed is empty; a revoked key gets 403', async ({
  page,
  request,
}) => {
  await signIn(page, ROLE_ACCOUNTS.admin);
  await page.goto('/admin/channels');
  await page.getByRole('link', { name: 'Marketplace', exact: true }).click();
  await expectNoSeriousA11yViolations(page);

  // A new key works at once; revoked (after confirming), it is refused with 403.
  await page.getByLabel('Key name').fill('Comparison site');
  await page.getByRole('button', { name: 'Create key' }).click();
  const token = ((await page.getByRole('status').filter({ hasText: 'Key created:' }).textContent()) ?? '').match(
    /pk_[A-Za-z0-9_-]+/,
  )![0];
  expect((await request.get('/api/v1/categories', { headers: { 'x-publishable-key': token } })).status()).toBe(200);
  await page.getByRole('button', { name: 'Revoke “Comparison site”' }).click();
  await page
    .getByRole('alertdialog', { name: 'Revoke the key “Comparison site”?' })
    .getByRole('button', { name: 'Revoke', exact: true })
    .click();
  await expect
    .poll(async () => (await request.get('/api/v1/categories', { headers: { 'x-publishable-key': token } })).status())
    .toBe(403);

  // Deactivate: API 404, feed empty; reactivate restores both.
  const active = page.getByRole('checkbox', { name: 'Active', exact: true });
  await active.uncheck();
  await page.getByRole('button', { name: 'Save channel' }).click();
  await expect(page.getByText('Channel saved.')).toBeVisible();
  expect((await request.get('/api/v1/products', keyFor('marketplace'))).status()).toBe(404);
  expect((await feedCsv(request)).trim().split('\n')).toHaveLength(1);
  await active.check();
  await page.getByRole('button', { name: 'Save channel' }).click();
  // The status still reads "Channel saved." from the first save: wait for the API instead.
  await expect.poll(async () => (await request.get('/api/v1/products', keyFor('marketplace'))).status()).toBe(200);
  expect((await feedCsv(request)).trim().split('\n').length).toBeGreaterThan(100);
});
