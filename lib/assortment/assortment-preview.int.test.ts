// The preview of an assortment change counts what the change does, not what others do meanwhile.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { products } from '@/db/schema';
import { makeChannel, makeProduct, type MadeChannel, type MadeProduct } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { changeAssortment } from './assortment.writes';

let t: TestDatabase;
let web: MadeChannel;
let other: MadeProduct;

beforeAll(async () => {
  t = await createTestDatabase();
  web = await makeChannel(t.db);
  await makeProduct(t.db, { variants: [{ price: 1_000 }] });
  other = await makeProduct(t.db, { variants: [{ price: 2_000 }] });
});
afterAll(() => t.drop());

it('does not count a product another user unpublishes while the change runs as removed by it', async () => {
  // The write stands in for a concurrent commit: between the two snapshots, `other` becomes a draft.
  const { preview } = await changeAssortment(t.db, [web.id], true, async (tx) => {
    await tx.update(products).set({ status: 'draft' }).where(eq(products.id, other.id));
  });
  expect(preview).toEqual([expect.objectContaining({ channelId: web.id, audienceKey: '', added: 0, removed: 0 })]);
});
