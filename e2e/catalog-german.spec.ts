// A German browser (Accept-Language de-DE, no language cookie) sees the catalogue in German: the
// navigation, category names, product names, option names ("Farbe") and colour labels, also on pages
// the page cache already holds in English. The API answers in the language asked for.
import { expect, test } from '@playwright/test';
import { API_KEYS, expectNoSeriousA11yViolations } from './fixtures';

const LOCKS = '/c/parts-accessories/safety-security/bike-locks';

test.describe('a German browser without a language cookie', () => {
  test.use({ locale: 'de-DE' });

  test('sees German category and product names and "Farbe"', async ({ page, context, playwright, baseURL }) => {
    // An English visitor first, so the page cache holds the English category page.
    const english = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'accept-language': 'en-US' } });
    const englishPage = await (await english.get(LOCKS)).text();
    expect(englishPage).toContain('Bike Locks');
    await english.dispose();

    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect((await context.cookies()).map((c) => c.name)).not.toContain('locale');
    await expect(page.getByRole('link', { name: 'Fahrräder' }).first()).toBeVisible();

    await page.goto(LOCKS);
    await expect(page.getByRole('heading', { level: 1, name: 'Fahrradschlösser' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: /Brotkrumen|Breadcrumb|Pfad/ })).toContainText(
      'Fahrradteile & Zubehör',
    );
    const firstProduct = page.getByRole('link', { name: /schloss/ }).first();
    await expect(firstProduct).toBeVisible();
    await expect(page.getByText('Bike Locks')).toHaveCount(0);

    await firstProduct.click();
    await expect(page.getByRole('heading', { level: 1, name: /schloss/ })).toBeVisible();
    const colour = page.getByRole('group', { name: 'Farbe' });
    await expect(colour).toBeVisible();
    await expect(colour.getByRole('link').first()).toHaveAccessibleName(/^Farbe: /);
    // Colour labels in German (the links keep the canonical values only in their URLs).
    for (const english of ['Black', 'Anthracite', 'Racing Red', 'Ice Blue', 'Signal Yellow', 'Silver'])
      await expect(colour.getByText(english, { exact: true })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});

test('the API answers in the language asked for and keeps canonical option values', async ({ request }) => {
  const headers = { 'x-publishable-key': API_KEYS.web };
  const list = await request.get('/api/v1/products?category=bike-locks&sort=name&pageSize=1&locale=de', { headers });
  expect(list.headers()['content-language']).toBe('de');
  const [card] = (await list.json()).items as Array<{ slug: string; name: string }>;
  expect(card!.name).toMatch(/schloss/);

  const german = await request.get(`/api/v1/products/${card!.slug}`, {
    headers: { ...headers, 'accept-language': 'de-DE,de;q=0.9' },
  });
  const detail = (await german.json()) as {
    name: string;
    options: Array<{ code: string; name: string; values: string[]; labels: Record<string, string> }>;
  };
  const colour = detail.options.find((o) => o.code === 'color');
  expect(colour?.name).toBe('Farbe');
  expect(colour?.labels[colour.values[0]!]).not.toBe(undefined);

  const english = await request.get(`/api/v1/products/${card!.slug}?locale=en`, {
    headers: { ...headers, 'accept-language': 'de-DE' },
  });
  expect(english.headers()['content-language']).toBe('en');
  expect(((await english.json()) as { name: string }).name).toMatch(/Lock/);
  expect((await request.get('/api/v1/products?locale=fr', { headers })).status()).toBe(400);
});
