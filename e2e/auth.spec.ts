import { expect, test } from '@playwright/test';
import {
  confirmationPath,
  expectNoSeriousA11yViolations,
  ROLE_ACCOUNTS,
  signIn,
  signOut,
  signUpAndConfirm,
} from './fixtures';

const expectedRoles: Record<keyof typeof ROLE_ACCOUNTS, string> = {
  admin: 'admin',
  merchandiser: 'merchandiser',
  staff: 'staff',
  staffHamburg: 'staff',
  customer: 'customer',
  companyAdmin: 'customer',
  companyBuyer: 'customer',
  companyAdminGlobex: 'customer',
};

for (const [role, email] of Object.entries(ROLE_ACCOUNTS) as Array<[keyof typeof ROLE_ACCOUNTS, string]>) {
  test(`${role} (${email}) signs in and out`, async ({ page }) => {
    await signIn(page, email);
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    await expect(page.getByTestId('roles')).toHaveText(expectedRoles[role]);
    if (role.startsWith('company'))
      await expect(page.getByText(/(ACME Facility GmbH|Globex Logistik AG) \((admin|buyer)\)/)).toBeVisible();
    await signOut(page);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in/);
  });
}

test('a wrong password gets a clear message and no session', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('customer@example.com');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Email or password is wrong.' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('customer@example.com');
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expectNoSeriousA11yViolations(page);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('repeated failures lock the account with a clear message', async ({ page }) => {
  const email = `locked-${Date.now()}@example.com`;
  await page.goto('/sign-in');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel('Password').fill('wrong-password');
    if (attempt === 1) await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const expected = attempt < 5 ? 'Email or password is wrong.' : 'Too many failed sign-in attempts';
    await expect(page.getByRole('alert').filter({ hasText: expected })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  }
});

test('a consumer signs up, confirms the mailed link and lands in the account', async ({ page }) => {
  const email = `new-${Date.now()}@example.com`;
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill('Nora New');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 12 characters')).toBeVisible();
  // What was typed stays (except the password) so the visitor only fixes the marked field.
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await page.getByLabel('Password').fill('qwerty123456');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('This password is one of the most commonly used ones.').first()).toBeVisible();
  await signUpAndConfirm(page, { name: 'Nora New', email, password: 'a-long-enough-password' });
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
});

test('a visitor who signs up from the checkout returns there after confirming the mailed link', async ({ page }) => {
  const email = `checkout-${Date.now()}@example.com`;
  const password = 'a-long-enough-password';
  await page.goto('/checkout');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fcheckout$/);
  await page.getByLabel('Full name').fill('Chris Checkout');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status').filter({ hasText: `We have sent an e-mail to ${email}` })).toBeVisible();
  // The mailed link carries the way back; the confirmation page passes it on to the sign-in.
  await page.goto(await confirmationPath(email));
  await page.getByRole('button', { name: 'Confirm account' }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcheckout&confirmed=1$/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/checkout$/);
});

test('signing up with a known address answers as for a new one (no account enumeration)', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill('Mallory Probe');
  await page.getByLabel('Email').fill(ROLE_ACCOUNTS.customer);
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `We have sent an e-mail to ${ROLE_ACCOUNTS.customer}` }),
  ).toBeVisible();
});
