import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  channels,
  priceHistory,
  priceHistoryState,
  priceListChannels,
  priceListEntries,
  priceLists,
  products,
} from '@/db/schema';
import { findLowestPriorPrices } from '@/lib/pricing/price-history.reads';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { recordDuePriceHistory, recordPriceHistoryNow } from './price-history.writes';

let t: TestDatabase;
let webId: string;

async function variantOf(categoryPrefix: string) {
  const [row] = await t.db.execute<{ variant_id: string; product_id: string; amount: number }>(sql`
    select v.id as variant_id, p.id as product_id, vp.amount from variants v join products p on p.id = v.product_id
    join categories c on c.id = p.category_id join variant_prices vp on vp.variant_id = v.id
    where c.path like ${`${categoryPrefix}%`} and p.status = 'active' and v.active order by v.sku limit 1`);
  return { variantId: row!.variant_id, productId: row!.product_id, amount: Number(row!.amount) };
}

async function historyOf(variantId: string) {
  return t.db
    .select({ amount: priceHistory.amount, effectiveFrom: priceHistory.effectiveFrom })
    .from(priceHistory)
    .where(and(eq(priceHistory.variantId, variantId), eq(priceHistory.channelId, webId), isNull(priceHistory.groupId)))
    .orderBy(priceHistory.effectiveFrom);
}

async function addList(name: string, productId: string, bp: number, validFrom: Date | null = null) {
  const [list] = await t.db
    .insert(priceLists)
    .values({ name, priority: 60, currency: 'EUR', validFrom })
    .returning({ id: priceLists.id });
  await t.db.insert(priceListChannels).values({ priceListId: list!.id, channelId: webId });
  await t.db
    .insert(priceListEntries)
    .values({ priceListId: list!.id, targetKind: 'product', productId, adjustmentKind: 'percent', value: bp });
  return list!.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  webId = (await t.db.select({ id: channels.id }).from(channels).where(eq(channels.code, 'web')))[0]!.id;
});
afterAll(() => t.drop());

describe('Omnibus price history', () => {
  it('the seed records the base prices as the baseline and the promotions from now on', async () => {
    const helmet = await variantOf('parts-accessories/safety-security/helmets');
    const rows = await historyOf(helmet.variantId);
    expect(rows.map((r) => r.amount)).toEqual([
      helmet.amount,
      helmet.amount - Math.floor((helmet.amount * 1500 + 5000) / 10_000),
    ]);
    expect((await findLowestPriorPrices(t.db, webId, null, [helmet.variantId])).get(helmet.variantId)).toBe(
      helmet.amount,
    );
  });

  it('a new list is recorded after the write; unchanged prices add no rows', async () => {
    const tent = await variantOf('outdoor-camping');
    const before = await historyOf(tent.variantId);
    await addList('History test 30 %', tent.productId, 3000);
    const first = await recordPriceHistoryNow(t.db);
    expect(first.inserted).toBeGreaterThan(0);
    const after = await historyOf(tent.variantId);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)!.amount).toBe(tent.amount - Math.floor((tent.amount * 3000 + 5000) / 10_000));
    expect((await findLowestPriorPrices(t.db, webId, null, [tent.variantId])).get(tent.variantId)).toBe(tent.amount);
    expect((await recordPriceHistoryNow(t.db)).inserted).toBe(0);
  });

  it('a scheduled list is recorded at its start, not when the job happens to run', async () => {
    const jacket = await variantOf('clothing');
    const now = new Date();
    const start = new Date(now.getTime() - 30 * 60_000);
    await t.db
      .update(priceHistoryState)
      .set({ recordedUntil: new Date(now.getTime() - 60 * 60_000) })
      .where(eq(priceHistoryState.id, 1));
    await addList('Scheduled 10 %', jacket.productId, 1000, start);
    const run = await recordDuePriceHistory(t.db, now);
    expect(run.boundaries).toBe(1);
    const rows = await historyOf(jacket.variantId);
    expect(rows.at(-1)).toEqual({
      amount: jacket.amount - Math.floor((jacket.amount * 1000 + 5000) / 10_000),
      effectiveFrom: start,
    });
    expect((await recordDuePriceHistory(t.db, new Date(now.getTime() + 1000))).boundaries).toBe(0);
  });

  it('the lowest price looks back 30 days from when the current price started', async () => {
    const [product] = await t.db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.status, 'active'))
      .orderBy(products.slug)
      .limit(1);
    const [variant] = await t.db.execute<{ id: string }>(
      sql`select id from variants where product_id = ${product!.id} order by sku limit 1`,
    );
    const v = variant!.id;
    await t.db.delete(priceHistory).where(and(eq(priceHistory.variantId, v), eq(priceHistory.channelId, webId)));
    const day = (n: number) => new Date(Date.now() - n * 86_400_000);
    const row = (amount: number, from: Date) => ({
      variantId: v,
      channelId: webId,
      groupId: null,
      currency: 'EUR',
      amount,
      effectiveFrom: from,
    });
    // 900 until 40 days ago, 1000 until 5 days ago, 800 since: only 1000 overlaps the 30 days before the reduction.
    await t.db.insert(priceHistory).values([row(900, day(60)), row(1000, day(40)), row(800, day(5))]);
    expect((await findLowestPriorPrices(t.db, webId, null, [v])).get(v)).toBe(1000);
    // 700 for a day 20 days ago lowers the reference.
    await t.db.insert(priceHistory).values([row(700, day(20)), row(1000, day(19))]);
    expect((await findLowestPriorPrices(t.db, webId, null, [v])).get(v)).toBe(700);
  });
});
