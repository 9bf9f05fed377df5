import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, keyFor } from './fixtures';

test('search tolerates a typo', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search products' }).fill('helmt');
  // Leaving the field closes the suggestions, which hide the rest of the page from assistive technology
  // while open (React Aria's combobox); the button is next in the tab order.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
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

test('common words, typos, German words and compounds find products', async ({ request }) => {
  for (const q of ['bycicle', 'bicycle', 'Fahrrad', 'Fahrad', 'Zelt', 'Schloss', 'mountainbike', 'Fahrradschloss']) {
    const body = await (
      await request.get(`/api/v1/products?q=${encodeURIComponent(q)}&pageSize=1`, keyFor('web'))
    ).json();
    expect(body.total, q).toBeGreaterThan(0);
  }
  const trekking = await (await request.get('/api/v1/products?q=trekking%20bike&pageSize=5', keyFor('web'))).json();
  expect(trekking.items.map((item: { name: string }) => item.name).join(' ')).not.toMatch(/boot/i);
});

/** Typing before React has hydrated the combobox would fill a plain field that offers no suggestions. */
async function openHomeWithSearch(page: Page) {
  await page.goto('/');
  await expect(page.locator('form[role="search"][data-enhanced]')).toBeAttached();
}

test('suggestions while typing: arrows, Enter opens the highlighted one, Escape closes', async ({ page }) => {
  await openHomeWithSearch(page);
  const box = page.getByRole('combobox', { name: 'Search products' });
  await box.fill('helm');
  const list = page.getByRole('listbox');
  await expect(list.getByRole('option').first()).toBeVisible();
  await expect(list.getByRole('group', { name: 'Products' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expectNoSeriousA11yViolations(page);
  await box.fill('helme');
  await expect(list.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = list.getByRole('option').first();
  const name = (await first.innerText()).split('\n')[0]!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/p\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('Enter without a highlighted suggestion searches for the text', async ({ page }) => {
  await openHomeWithSearch(page);
  await page.getByRole('combobox', { name: 'Search products' }).fill('zelt');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=zelt/);
  await expect(
    page
      .getByRole('region', { name: /products/ })
      .getByRole('listitem')
      .first(),
  ).toContainText(/tent/i);
});

test('"Did you mean" links to a corrected query', async ({ page }) => {
  await page.goto('/search?q=hellmettts');
  await page.getByRole('link', { name: 'Did you mean “helmets”?' }).click();
  await expect(page).toHaveURL(/\/search\?q=helmets/);
  await expect(
    page
      .getByRole('region', { name: /products/ })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
});

test('suggestions asked again are answered from the page cache, per publishable key', async ({ request }) => {
  const url = '/api/v1/search/suggestions?q=helm&locale=en';
  const first = await request.get(url, keyFor('web'));
  expect(first.status()).toBe(200);
  const body = await first.json();
  expect(body.products.length).toBeGreaterThan(0);
  // Each server worker keeps its own cache: ask until one answers from it.
  await expect(async () => {
    const again = await request.get(url, keyFor('web'));
    expect(again.headers()['x-page-cache']).toBe('HIT');
    expect(await again.json()).toEqual(body);
  }).toPass();
  // Another channel's key is another entry, answered for that channel.
  const b2b = await request.get(url, keyFor('b2b'));
  expect(b2b.headers()['x-page-cache']).toBe('MISS');
});
