import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, keyFor, ROLE_ACCOUNTS, signIn } from './fixtures';

test('a merchandiser adds a synonym group, the shop finds by it at once, and the group is deleted after confirming', async ({
  page,
  request,
}) => {
  const word = `zeltlager${Date.now().toString(36)}`;
  const total = async () =>
    (await (await request.get(`/api/v1/products?q=${word}&pageSize=1`, keyFor('web'))).json()).total as number;
  expect(await total()).toBe(0);

  await signIn(page, ROLE_ACCOUNTS.merchandiser);
  await page.goto('/admin/search/synonyms');
  await expect(page.getByRole('heading', { level: 1, name: 'Search synonyms' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Terms', { exact: true }).fill(`${word}, tunnel tent`);
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page.getByText('Group added.')).toBeVisible();
  expect(await total()).toBeGreaterThan(0);

  await page.getByRole('button', { name: `Delete group “${word}, tunnel tent”` }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this synonym group?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByLabel(`Terms of the group “${word}, tunnel tent”`)).toHaveCount(0);
  expect(await total()).toBe(0);
});
