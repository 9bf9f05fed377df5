import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, ROLE_ACCOUNTS, signIn } from './fixtures';

test('a promotion shows the reduced price struck through against the list price, on listing and product page', async ({
  page,
}) => {
  await page.goto('/c/parts-accessories/safety-security/helmets');
  const firstCard = page
    .getByRole('listitem')
    .filter({ has: page.getByTestId('was-price') })
    .first();
  await expect(firstCard).toBeVisible();
  await expect(firstCard.getByTestId('was-price')).toContainText('was');
  await expect(firstCard.getByTestId('lowest-30-days')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await firstCard.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const price = page.getByTestId('price');
  await expect(price.getByTestId('was-price')).toBeVisible();
  const [now, was] = [
    await price.locator('span.font-semibold').first().textContent(),
    await price.getByTestId('was-price').textContent(),
  ];
  const cents = (text: string | null) => Number((text ?? '').replace(/[^0-9]/g, ''));
  expect(cents(now)).toBeLessThan(cents(was));
  // EU price indication: the lowest price of the 30 days before the reduction (here the list price).
  await expect(price.getByTestId('lowest-30-days')).toContainText(
    `Lowest price in the last 30 days: ${(was ?? '').replace(/^was\s*/, '').trim()}`,
  );
  await expectNoSeriousA11yViolations(page);
});

test('a regular customer sees their group price; anonymous visitors see the list price', async ({
  page,
  playwright,
}) => {
  await page.goto('/c/bikes');
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link') })
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId('was-price')).toHaveCount(0);

  await signIn(page, ROLE_ACCOUNTS.customer);
  await page.goto('/c/bikes');
  await expect(page.getByTestId('was-price').first()).toBeVisible();

  // The page cache keeps the customer's group page apart from the anonymous one. Other tests running
  // in parallel change the catalogue, which empties the cache: ask until a hit comes back.
  await expect(async () => {
    await page.request.get('/c/bikes?sort=name');
    const again = await page.request.get('/c/bikes?sort=name');
    expect(again.headers()['x-page-cache']).toBe('HIT');
    expect(await again.text()).toContain('data-testid="was-price"');
  }).toPass({ timeout: 15_000 });
  const anonymous = await playwright.request.newContext({ baseURL: page.url() });
  expect(await (await anonymous.get('/c/bikes?sort=name')).text()).not.toContain('data-testid="was-price"');
  await anonymous.dispose();
});
