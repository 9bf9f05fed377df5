// The customer in context on a tablet (1180×820 landscape, 820×1180 portrait): Berlin staff create a
// customer with their consent, see them in the bar, find them again by phone, find the demo customer by
// e-mail and see their orders, and go back to a walk-in.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, ROLE_ACCOUNTS, signIn } from './fixtures';

test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true });

const WALK_IN = 'Walk-in — choose customer';

async function enterBerlin(page: Page) {
  await signIn(page, ROLE_ACCOUNTS.staff);
  await page.goto('/showroom?store=BER');
  await expect(page.getByRole('heading', { name: 'Find a product' })).toBeVisible();
  await expect(page.getByTestId('showroom-customer')).toHaveText(WALK_IN);
}

/** axe in both tablet orientations, and nothing wider than the portrait tablet. */
async function expectCleanInBothOrientations(page: Page) {
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 820, height: 1180 });
  await expectNoSeriousA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
  await page.setViewportSize({ width: 1180, height: 820 });
}

test('Berlin staff create a customer with consent, find customers by phone and e-mail, and see their orders', async ({
  page,
}) => {
  // One long walk through the page with axe in both orientations three times.
  test.slow();
  await enterBerlin(page);
  await page.getByTestId('showroom-customer').getByRole('link', { name: WALK_IN }).click();
  await expect(page).toHaveURL(/\/showroom\/customer$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Customer' })).toBeVisible();
  const query = page.getByLabel('E-mail, phone or customer number');
  await expect(query).toBeFocused();
  const find = page.getByRole('search', { name: 'Find a customer' });
  const create = page.getByRole('region', { name: 'Create a customer' });
  for (const control of [
    query,
    find.getByRole('button', { name: 'Search' }),
    create.getByRole('button', { name: 'Create customer' }),
    page.getByTestId('showroom-customer').getByRole('link'),
  ])
    expect((await control.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  await expectCleanInBothOrientations(page);

  // A new customer, with the consent they give: e-mail yes, text messages and calls no.
  const suffix = Date.now().toString(36);
  const email = `erika.${suffix}@example.com`;
  const phoneDigits = String(Date.now()).slice(-7);
  await create.getByRole('button', { name: 'Create customer' }).click();
  await expect(create.getByText('Enter the first name.')).toBeVisible();
  await create.getByLabel('First name').fill('Erika');
  await create.getByLabel('Last name').fill(`Muster ${suffix}`);
  await create.getByLabel('E-mail', { exact: true }).fill(email);
  await create.getByLabel('Phone (optional)').fill(`030 ${phoneDigits}`);
  await create.getByLabel('Marketing by e-mail').check();
  await create.getByRole('button', { name: 'Create customer' }).click();

  const profile = page.getByTestId('customer-profile');
  await expect(profile.getByRole('heading', { level: 2, name: `Erika Muster ${suffix}` })).toBeVisible();
  const number = (await profile.getByTestId('customer-number').textContent())!;
  expect(number).toMatch(/^1\d{5,}$/);
  await expect(page.getByTestId('showroom-customer')).toHaveText(`Erika Muster ${suffix} · ${number}`);
  const consent = page.getByRole('table', { name: 'Consent' });
  await expect(
    consent.getByRole('row', { name: /^Marketing by e-mail Agreed .+ Velo & Outdoor Berlin Sam Staff$/ }),
  ).toBeVisible();
  await expect(consent.getByRole('row', { name: /^Marketing by text message Declined / })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Orders from every channel' })).toContainText('No orders yet.');
  await expectCleanInBothOrientations(page);

  // The same address again: the existing customer is offered instead.
  await create.getByLabel('First name').fill('Erika');
  await create.getByLabel('Last name').fill('Again');
  await create.getByLabel('E-mail', { exact: true }).fill(email.toUpperCase());
  await create.getByRole('button', { name: 'Create customer' }).click();
  await expect(create.getByText('A customer with this e-mail address already exists.')).toBeVisible();
  await expect(create.getByTestId('existing-customer')).toContainText(`customer no. ${number}`);

  // Found again by phone, typed the international way.
  await query.fill(`+49 30 ${phoneDigits}`);
  await find.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('1 customer found')).toBeVisible();
  const hits = page.getByTestId('customer-hits');
  await expect(hits).toContainText(email);
  await expect(hits).toContainText(`•${phoneDigits.slice(-3)}`);
  await expect(hits).not.toContainText(phoneDigits);

  // The demo customer by e-mail: their orders from the web shop.
  await query.fill(ROLE_ACCOUNTS.customer);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Choose Chris Customer as the customer' }).click();
  await expect(profile.getByRole('heading', { level: 2, name: 'Chris Customer' })).toBeVisible();
  await expect(page.getByTestId('showroom-customer')).toHaveText(/^Chris Customer · \d+$/);
  const orders = page.getByRole('table', { name: 'Orders from every channel' });
  await expect(orders.getByRole('row', { name: /Online shop/ }).first()).toBeVisible();
  expect(await orders.getByRole('row', { name: /Online shop/ }).count()).toBeGreaterThanOrEqual(2);
  // Their quotes are listed (the quote spec may have saved one for them by now).
  await expect(page.getByRole('table', { name: 'Saved quotes' })).toBeVisible();
  await expectCleanInBothOrientations(page);

  // Back to a walk-in; ending the session leaves no customer behind.
  await page.getByRole('button', { name: 'Remove customer (walk-in)' }).click();
  await expect(page.getByTestId('showroom-customer')).toHaveText(WALK_IN);
  await expect(page.getByTestId('customer-profile')).toHaveCount(0);
  await query.fill(ROLE_ACCOUNTS.customer);
  await find.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Choose Chris Customer as the customer' }).click();
  await expect(page.getByTestId('showroom-customer')).toHaveText(/^Chris Customer/);
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/showroom?store=BER');
  await expect(page.getByTestId('showroom-customer')).toHaveText(WALK_IN);
});

test('outside a showroom session the customer page sends staff to open one; customers are refused', async ({
  browser,
}) => {
  const staff = await browser.newPage();
  await signIn(staff, ROLE_ACCOUNTS.staff);
  await staff.goto('/showroom/customer');
  // Berlin staff have one store: /showroom opens it at once.
  await expect(staff.getByRole('heading', { name: 'Find a product' })).toBeVisible();
  await expect(staff).toHaveURL(/\/showroom$/);
  await staff.close();

  const customer = await browser.newPage();
  await signIn(customer, ROLE_ACCOUNTS.customer);
  expect((await customer.goto('/showroom/customer'))?.status()).toBe(403);
  await customer.close();
});
