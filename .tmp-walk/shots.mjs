import { chromium } from '@playwright/test';
const slug = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, w, h] of [['phone', 390, 844], ['tablet', 1180, 820], ['desktop', 1440, 900]]) {
  for (const locale of ['en', 'de']) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: locale === 'de' ? 'de-DE' : 'en-US' });
    const page = await ctx.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:3200/p/${slug}`);
    await page.waitForLoadState('networkidle');
    await page.getByTestId('availability').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/perf/shot-${name}-${locale}.png` });
    console.log(name, locale, 'errors:', errors);
    await ctx.close();
  }
}
await browser.close();
