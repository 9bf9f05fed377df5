import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, pickInCombobox, ROLE_ACCOUNTS, signIn, signOut } from './fixtures';

// The demo seed has the customer (3 days ago) and a guest (9 days ago) buying a pannier bag on web.
const PANNIERS = 'parts-accessories/bags-transport/pannier-bags';
// The entry's own cell (its row's delete button names the path too).
const PANNIERS_ENTRY = new RegExp(`^Category .*${PANNIERS}`);

test('a price cut below recent purchases is reviewed first, and can grant the buyer a credit', async ({ page }) => {
  await signIn(page, ROLE_ACCOUNTS.merchandiser);
  await page.goto('/admin/price-lists/new');
  const name = `Pannier week ${Date.now()}`;
  await page.getByLabel('Name').fill(name);
  await page.getByRole('checkbox', { name: /\(web\)/ }).check();
  await page.getByRole('button', { name: 'Create price list' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const addEntry = async () => {
    await page.getByLabel('Applies to').selectOption('category');
    await pickInCombobox(page, 'Category', PANNIERS, 'Bike Parts & Accessories › Bags & Transport › Pannier Bags');
    await page.getByLabel('Kind of price').selectOption('percent');
    await page.getByLabel('Value (e.g. 20 or 12.50)').fill('30');
    await page.getByRole('button', { name: 'Add entry' }).click();
  };
  const review = page.getByRole('region', { name: 'Recent buyers paid more: review before saving' });
  const entries = page.getByRole('region', { name: 'Entries' });

  // The review shows the impact; nothing is saved until the merchandiser decides.
  await addEntry();
  await expect(review).toBeVisible();
  await expect(review).toContainText('2 orders by 2 customers');
  await expect(review.getByRole('cell', { name: '−30 %' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled. Nothing was changed.')).toBeVisible();
  await page.reload();
  await expect(entries.getByRole('cell', { name: PANNIERS_ENTRY })).toHaveCount(0);

  // Second time: save and grant the customer (the guest has no account) a credit.
  await addEntry();
  const grant = review.getByRole('button', { name: /^Save and grant credit: .* to 1 account\(s\)$/ });
  await expect(grant).toBeVisible();
  const amount = /credit: (.*) to/.exec((await grant.textContent()) ?? '')![1]!;
  await grant.click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry added.' })).toBeVisible();
  await expect(page.getByText(`Price-protection credit of ${amount} granted.`)).toBeVisible();
  await expect(entries.getByRole('cell', { name: PANNIERS_ENTRY })).toBeVisible();

  // The back office sees the ledger entry.
  await page.getByRole('link', { name: 'Credits' }).click();
  await page.getByLabel('Customer email contains').fill(ROLE_ACCOUNTS.customer);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText(amount);
  await expectNoSeriousA11yViolations(page);

  // The settings page holds the thresholds; bad input is refused.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Price-regret window (days)')).toHaveValue('14');
  await expect(page.getByLabel('Price-regret threshold (%)')).toHaveValue('10');
  await page.getByLabel('Price-regret window (days)').fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Enter at least 1.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.reload();
  await expect(page.getByLabel('Price-regret window (days)')).toHaveValue('14');
  await signOut(page);

  // The customer sees the credit in the account.
  await signIn(page, ROLE_ACCOUNTS.customer);
  await expect(page.getByRole('heading', { name: 'Your credit' })).toBeVisible();
  await expect(page.getByTestId('credit-balance')).toContainText(amount);
  await expect(page.getByText(/Price protection for .* \(order #\d+\)/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
