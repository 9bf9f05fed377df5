// Crawls every storefront, account, desk and admin route in German and fails on any English UI text;
// also submits forms with bad input (sign-in, sign-up, cart, checkout, a back-office form) and checks the errors.
// Data shown as stored (product names, brands, stores, people) is left alone: it comes from the database;
// the storefront issue translates the catalogue. See german-crawl.ts for what counts as English.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ROLE_ACCOUNTS, signIn } from './fixtures';
import { databaseStrings, englishMessagePieces, findEnglish } from './german-crawl';

type Finding = { route: string; text: string; english: string };

let data: string[];
const pieces = englishMessagePieces();

// Read before each crawl: other specs running alongside add data (price lists, rules) meanwhile.
test.beforeEach(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('The German crawl reads the shown data from DATABASE_URL (npm test sets it).');
  data = await databaseStrings(url);
});

/** Every text a person can see or hear on the page: text, accessible names, titles, placeholders, alt. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template')) continue;
      if (node.textContent?.trim()) texts.push(node.textContent);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]'))
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = element.getAttribute(name);
        if (value?.trim()) texts.push(value);
      }
    return texts;
  });
}

/** Checks what the page shows now (e.g. after a refused form), like a crawled route. */
async function checkShown(page: Page, label: string, findings: Finding[]) {
  await expect(page.locator('html'), label).toHaveAttribute('lang', 'de');
  for (const found of findEnglish(await pageTexts(page), data, pieces)) findings.push({ route: label, ...found });
}

async function crawl(page: Page, routes: string[], findings: Finding[]) {
  for (const route of routes) {
    const response = await page.goto(route);
    expect(response?.status(), route).toBeLessThan(500);
    await expect(page.locator('html'), route).toHaveAttribute('lang', 'de');
    for (const found of findEnglish(await pageTexts(page), data, pieces)) findings.push({ route, ...found });
  }
}

/** A signed-in person whose remembered language is German. */
async function germanSession(browser: Browser, email: string) {
  // Signed in in English (the fixture finds the form by its English labels), then German is chosen.
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signIn(page, email);
  const { hostname } = new URL(page.url());
  await context.addCookies([{ name: 'locale', value: 'de', domain: hostname, path: '/' }]);
  return { page, close: () => context.close() };
}

async function hrefs(page: Page, path: string, selector: string, count = 1): Promise<string[]> {
  await page.goto(path);
  const links = await page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return links.filter(Boolean).slice(0, count);
}

function report(area: string, routes: number, findings: Finding[]) {
  test.info().annotations.push({
    type: 'german-crawl',
    description: `${area}: ${routes} routes, ${findings.length} English strings`,
  });
  expect(findings, JSON.stringify(findings.slice(0, 30), null, 2)).toEqual([]);
}

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('the storefront for a visitor has no English UI text', async ({ page }) => {
    test.slow();
    const findings: Finding[] = [];
    const [category] = await hrefs(page, '/', 'main a[href^="/c/"]');
    const [subcategory] = await hrefs(page, category!, 'main a[href^="/c/"]');
    const [product] = await hrefs(page, category!, 'main a[href^="/p/"]');
    const routes = ['/', category!, subcategory ?? category!, product!, '/search?q=helm', '/search?q=qqqxyz'];
    routes.push(
      '/stores',
      '/sign-in',
      '/sign-in?confirmed=1',
      '/sign-up',
      '/sign-up/confirm?token=x',
      '/cart',
      '/checkout',
    );
    routes.push('/p/gibt-es-nicht');
    await crawl(page, routes, findings);

    await page.goto(product!);
    await page.getByRole('button', { name: 'In den Warenkorb' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Warenkorb' }).first()).toBeVisible();
    await crawl(page, ['/cart', '/checkout'], findings);
    report('storefront', routes.length + 2, findings);
  });

  test('the account and an order of a customer have no English UI text', async ({ browser }) => {
    const { page, close } = await germanSession(browser, ROLE_ACCOUNTS.customer);
    const findings: Finding[] = [];
    const orders = await hrefs(page, '/account', 'a[href^="/orders/"]');
    const quotes = await hrefs(page, '/account/quotes', 'a[href^="/account/quotes/"]');
    await crawl(page, ['/account', ...orders, '/account/quotes', ...quotes], findings);
    await close();
    report('account', 2 + orders.length + quotes.length, findings);
  });

  test('the pickup desk has no English UI text', async ({ browser }) => {
    const { page, close } = await germanSession(browser, ROLE_ACCOUNTS.admin);
    const findings: Finding[] = [];
    const routes = ['/store-desk', '/store-desk/BER', '/store-desk/HAM'];
    await crawl(page, routes, findings);
    await close();
    report('desk', routes.length, findings);
  });

  test('the showroom’s customer page has no English UI text, with and without a customer', async ({ browser }) => {
    const { page, close } = await germanSession(browser, ROLE_ACCOUNTS.staff);
    const findings: Finding[] = [];
    await page.goto('/showroom?store=BER');
    await expect(page.getByRole('heading', { name: 'Produkt finden' })).toBeVisible();
    await crawl(page, ['/showroom/customer'], findings);
    await page.getByRole('button', { name: 'Kunden anlegen' }).click();
    await expect(page.getByText('Geben Sie den Vornamen ein.')).toBeVisible();
    await checkShown(page, 'showroom customer: empty form', findings);
    await page.getByLabel('E-Mail, Telefon oder Kundennummer').fill(ROLE_ACCOUNTS.customer);
    await page.getByRole('search', { name: 'Kunden suchen' }).getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('button', { name: 'Chris Customer als Kunden wählen' }).click();
    await expect(page.getByTestId('customer-profile')).toBeVisible();
    await checkShown(page, 'showroom customer: profile', findings);
    await page.getByRole('button', { name: 'Kunden entfernen (Laufkundschaft)' }).click();
    await expect(page.getByTestId('customer-profile')).toHaveCount(0);
    await close();
    report('showroom customer', 3, findings);
  });

  test('forms refused for bad input answer in German: sign-in, sign-up, cart, checkout', async ({ page }) => {
    test.slow();
    const findings: Finding[] = [];

    // A wrong password (an account that does not exist, so no real account gets a failed attempt).
    await page.goto('/sign-in');
    await page.getByLabel('E-Mail', { exact: true }).fill('niemand-hier@example.com');
    await page.getByLabel('Passwort', { exact: true }).fill('falsches-passwort');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'E-Mail oder Passwort ist falsch.' })).toBeVisible();
    await checkShown(page, '/sign-in (wrong password)', findings);

    // An invalid e-mail address and a short password.
    await page.goto('/sign-up');
    await page.getByLabel('Vollständiger Name').fill('Nora Neu');
    await page.getByLabel('E-Mail', { exact: true }).fill('kein-postfach');
    await page.getByLabel('Passwort', { exact: true }).fill('kurz');
    await page.getByRole('button', { name: 'Konto erstellen', exact: true }).click();
    await expect(page.getByText('Geben Sie eine gültige E-Mail-Adresse ein.')).toBeVisible();
    await expect(page.getByText('Verwenden Sie mindestens 12 Zeichen.')).toBeVisible();
    await checkShown(page, '/sign-up (invalid e-mail, short password)', findings);

    // A cart quantity out of range.
    const [category] = await hrefs(page, '/', 'main a[href^="/c/"]');
    const [product] = await hrefs(page, category!, 'main a[href^="/p/"]');
    await page.goto(product!);
    await page.getByRole('button', { name: 'In den Warenkorb' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Warenkorb' }).first()).toBeVisible();
    await page.goto('/cart');
    await page
      .getByRole('spinbutton', { name: /^Menge von / })
      .first()
      .fill('1000');
    await page
      .getByRole('button', { name: / aktualisieren$/ })
      .first()
      .click();
    await expect(page.getByText('Höchstens 999 Stück eines Artikels passen in eine Warenkorbzeile.')).toBeVisible();
    await checkShown(page, '/cart (quantity 1000)', findings);

    // The checkout without an e-mail address and without the delivery address.
    await page.goto('/checkout');
    await page.getByLabel('E-Mail-Adresse').fill('');
    await page.getByRole('radio', { name: 'Lieferung nach Hause', exact: true }).check();
    await page.getByRole('button', { name: 'Zahlungspflichtig bestellen' }).click();
    await expect(page.getByText('Bitte korrigieren Sie die markierten Felder.').first()).toBeVisible();
    await checkShown(page, '/checkout (missing fields)', findings);

    report('refused forms', 4, findings);
  });

  test('a back-office form refused for an empty required field answers in German', async ({ browser }) => {
    const { page, close } = await germanSession(browser, ROLE_ACCOUNTS.merchandiser);
    const findings: Finding[] = [];
    await page.goto('/admin/price-lists/new');
    await page.getByRole('button', { name: 'Preisliste anlegen' }).click();
    await expect(page.getByText('Verwenden Sie mindestens 2 Zeichen.')).toBeVisible();
    await expect(page.getByText('Wählen Sie mindestens einen Kanal.')).toBeVisible();
    await checkShown(page, '/admin/price-lists/new (empty name, no channel)', findings);
    await close();
    report('refused back-office form', 1, findings);
  });

  test('the back office has no English UI text', async ({ browser }) => {
    test.slow();
    const { page, close } = await germanSession(browser, ROLE_ACCOUNTS.admin);
    const findings: Finding[] = [];
    const [product] = await hrefs(page, '/admin/products', 'main table a[href^="/admin/products/"]');
    const [priceList] = await hrefs(page, '/admin/price-lists', 'main table a[href^="/admin/price-lists/"]');
    const [channel] = await hrefs(page, '/admin/channels', 'main table a[href^="/admin/channels/"]');
    const routes = [
      '/admin',
      '/admin/products',
      '/admin/products?q=helm',
      product!,
      '/admin/price-lists',
      '/admin/price-lists/new',
      priceList!,
      '/admin/price-lists/why?sku=VO-000199-BK&channel=web',
      '/admin/price-lists/consistency?category=bikes',
      '/admin/channels',
      '/admin/channels/new',
      channel!,
      '/admin/assortment',
      '/admin/credits',
      '/admin/settings',
      '/admin/jobs',
    ];
    await crawl(page, routes, findings);
    await close();
    report('back office', routes.length, findings);
  });
});
