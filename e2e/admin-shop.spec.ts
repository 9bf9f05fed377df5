import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, ROLE_ACCOUNTS, signIn } from './fixtures';

test('a merchandiser sets a ship-to-store rate: bad amounts are refused, a good one is listed', async ({ page }) => {
  await signIn(page, ROLE_ACCOUNTS.merchandiser);
  await page.goto('/admin/shipping');
  await expectNoSeriousA11yViolations(page);
  const row = page.getByRole('row', { name: /Marketplace/ });
  await row.getByRole('link', { name: /Edit shipping of/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Shipping: /);
  const form = page.getByRole('form', { name: 'Ship to store' });
  await form.getByLabel(/^Flat rate/).fill('two euros');
  await form.getByLabel(/^Surcharge per bulky item/).fill('5');
  await form.getByRole('button', { name: 'Save Ship to store' }).click();
  await expect(form.getByText('Enter an amount such as 12.50.')).toBeVisible();
  await expect(form.getByText('Give the tag of the bulky products, or set the surcharge to 0.')).toBeVisible();
  await expect(form.getByLabel(/^Flat rate/)).toHaveValue('two euros');
  await expectNoSeriousA11yViolations(page);
  await form.getByLabel(/^Flat rate/).fill('2,50');
  await form.getByLabel(/^Surcharge per bulky item/).fill('0');
  await form.getByRole('button', { name: 'Save Ship to store' }).click();
  await expect(form.getByText('Shipping rate saved.', { exact: false })).toBeVisible();
  await page.goto('/admin/shipping');
  await expect(page.getByRole('row', { name: /Marketplace/ })).toContainText('€2.50, never free');
});

test('a merchandiser edits the English privacy notice: the shop shows it at once; typed HTML stays text', async ({
  page,
}) => {
  await signIn(page, ROLE_ACCOUNTS.merchandiser);
  await page.goto('/admin/content');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Edit Privacy notice in English' }).click();
  const body = page.getByLabel('Text');
  const original = await body.inputValue();
  const note = `Checked by the e2e run ${Date.now()} <b>not bold</b>`;
  await body.fill(`${original}\n\n## E2E\n${note}`);
  await page.getByRole('button', { name: 'Save page' }).click();
  await expect(page.getByText('Page saved.', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/pages/privacy');
  await expect(page.getByRole('heading', { level: 2, name: 'E2E' })).toBeVisible();
  await expect(page.getByText(note)).toBeVisible();
  await expect(page.locator('main b')).toHaveCount(0);

  // Put the demo text back for the other specs.
  await page.goto('/admin/content/privacy/en');
  await page.getByLabel('Text').fill(original);
  await page.getByRole('button', { name: 'Save page' }).click();
  await expect(page.getByText('Page saved.', { exact: false })).toBeVisible();
});
