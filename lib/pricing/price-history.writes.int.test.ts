import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceHistory, priceHistoryState } from '@/db/schema';
import { findLowestPriorPrices } from '@/lib/pricing/price-history.reads';
import { makeCategory, makeChannel, makePriceList, makeProduct, type MadeProduct } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { recordDuePriceHistory, recordPriceHistory, recordPriceHistoryNow } from './price-history.writes';

let t: TestDatabase;
let webId: string;
let helmetProduct: MadeProduct;
let tentProduct: MadeProduct;
let jacketProduct: MadeProduct;
let otherProduct: MadeProduct;

/** A product's first variant with its base price. */
const variantOf = (product: MadeProduct) => ({
  variantId: product.variants[0]!.id,
  productId: product.id,
  amount: product.variants[0]!.price!,
});

async function historyOf(variantId: string) {
  return t.db
    .select({ amount: priceHistory.amount, effectiveFrom: priceHistory.effectiveFrom })
    .from(priceHistory)
    .where(and(eq(priceHistory.variantId, variantId), eq(priceHistory.channelId, webId), isNull(priceHistory.groupId)))
    .orderBy(priceHistory.effectiveFrom);
}

async function addList(name: string, productId: string, bp: number, validFrom: Date | null = null) {
  const entries = [{ productId, kind: 'percent' as const, value: bp }];
  return (await makePriceList(t.db, { name, priority: 60, validFrom, channelIds: [webId], entries })).id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  webId = (await makeChannel(t.db)).id;
  const helmets = await makeCategory(t.db);
  helmetProduct = await makeProduct(t.db, { category: helmets, variants: [{ price: 5_999 }] });
  tentProduct = await makeProduct(t.db, { variants: [{ price: 24_999 }] });
  jacketProduct = await makeProduct(t.db, { variants: [{ price: 12_999 }] });
  otherProduct = await makeProduct(t.db, { variants: [{ price: 1_999 }] });
  await makePriceList(t.db, {
    name: 'Helmet weeks',
    channelIds: [webId],
    priority: 20,
    entries: [{ categoryId: helmets.id, kind: 'percent', value: 1500 }],
  });
  // As a new installation starts: base prices as the baseline since some time ago, then the first run of the
  // job records the prices of now (with the lists) and where it got to.
  await recordPriceHistory(t.db, { at: new Date(Date.now() - 90 * 86_400_000), withLists: false });
  await recordDuePriceHistory(t.db);
});
afterAll(() => t.drop());

describe('Omnibus price history', () => {
  it('records the base prices as the baseline and the promotions from the first run on', async () => {
    const helmet = variantOf(helmetProduct);
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
    const tent = variantOf(tentProduct);
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
    const jacket = variantOf(jacketProduct);
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
    const v = otherProduct.variants[0]!.id;
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
