// The showroom's reads against PostgreSQL: a scanned code finds its variant by an index, stock comes
// from every active location in one query, and each offered product has the variant one tap adds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '@/db/schema';
import { eq } from 'drizzle-orm';
import type { AssortmentScope } from '@/lib/assortment/assortment.reads';
import {
  makeAssortmentRule,
  makeChannel,
  makeProduct,
  makeStock,
  makeStore,
  makeWarehouse,
  type MadeLocation,
  type MadeProduct,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findVariantByCode, listShowroomStores, listOfferVariants, listStockEverywhere } from './showroom.reads';

let t: TestDatabase;
let ber: MadeLocation;
let closed: MadeLocation;
let warehouse: MadeLocation;
let bike: MadeProduct;
let bell: MadeProduct;
let archived: MadeProduct;
let showroom: AssortmentScope;
let bikesExcluded: AssortmentScope;

beforeAll(async () => {
  t = await createTestDatabase();
  const [channel, other] = [await makeChannel(t.db), await makeChannel(t.db)];
  [ber, closed, warehouse] = [await makeStore(t.db), await makeStore(t.db), await makeWarehouse(t.db)];
  await t.db.update(locations).set({ active: false }).where(eq(locations.id, closed.id));
  bike = await makeProduct(t.db, {
    variants: [
      { options: { color: 'Blue', size: 'M' }, gtin: '4006381333931' },
      { options: { color: 'Blue', size: 'L' }, gtin: '4006381333948' },
    ],
  });
  bell = await makeProduct(t.db);
  archived = await makeProduct(t.db, { status: 'archived', variants: [{ gtin: '4006381333955' }] });
  await makeAssortmentRule(t.db, { channelId: other.id, effect: 'exclude', target: { categoryId: bike.category.id } });
  showroom = { channelId: channel.id, audienceKeys: [] };
  bikesExcluded = { channelId: other.id, audienceKeys: [] };
  const [m] = bike.variants;
  await makeStock(t.db, { variantId: m!.id, locationId: ber.id, onHand: 5, reserved: 2 });
  await makeStock(t.db, { variantId: m!.id, locationId: warehouse.id, onHand: 40 });
  await makeStock(t.db, { variantId: m!.id, locationId: closed.id, onHand: 9 });
});
afterAll(() => t.drop());

describe('findVariantByCode', () => {
  it('finds a variant by its EAN or its SKU', async () => {
    const large = bike.variants[1]!;
    expect(await findVariantByCode(t.db, '4006381333948', showroom)).toEqual({ slug: bike.slug, sku: large.sku });
    expect(await findVariantByCode(t.db, large.sku, showroom)).toEqual({ slug: bike.slug, sku: large.sku });
  });

  it("finds nothing for an unknown code, an archived product or one outside the channel's assortment", async () => {
    expect(await findVariantByCode(t.db, '0000000000000', showroom)).toBeNull();
    expect(await findVariantByCode(t.db, archived.variants[0]!.gtin!, showroom)).toBeNull();
    expect(await findVariantByCode(t.db, '4006381333948', bikesExcluded)).toBeNull();
  });

  it('looks the code up by the unique indexes, not by scanning variants', async () => {
    // The test tables are tiny: forbid the sequential scan a planner would pick for them, and see
    // that the indexes can answer (a catalogue of 50,000 variants takes this plan on its own).
    const text = await t.sql.begin(async (tx) => {
      await tx`set local enable_seqscan = off`;
      const plan = await tx.unsafe<{ 'QUERY PLAN': string }[]>(
        `explain select v.sku from variants v where v.gtin = '4006381333931' or v.sku = '4006381333931'`,
      );
      return plan.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(text).toContain('variants_gtin_unique');
    // The SKU side may use either index on sku (the unique one or the pattern one).
    expect(text).toMatch(/Index Scan on variants_sku_\w+/);
    expect(text).not.toContain('Seq Scan');
  });
});

describe('listStockEverywhere', () => {
  it('answers free units at every active store and warehouse, and [] for a variant without stock', async () => {
    const [m, l] = bike.variants;
    const stock = await listStockEverywhere(t.db, [m!.id, l!.id]);
    expect(stock.get(l!.id)).toEqual([]);
    expect(
      stock
        .get(m!.id)!
        .map((s) => [s.locationId, s.kind, s.quantity])
        .sort(),
    ).toEqual(
      [
        [ber.id, 'store', 3],
        [warehouse.id, 'warehouse', 40],
      ].sort(),
    );
  });
});

describe('listShowroomStores', () => {
  it('lists active stores only', async () => {
    const ids = (await listShowroomStores(t.db)).map((s) => s.id);
    expect(ids).toContain(ber.id);
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(warehouse.id);
  });
});

describe('listOfferVariants', () => {
  it('offers the first variant in stock at the store, else the first, with the number of variants', async () => {
    const [m, l] = bike.variants;
    await makeStock(t.db, { variantId: l!.id, locationId: warehouse.id, onHand: 4 });
    expect(await listOfferVariants(t.db, [bike.id, bell.id], warehouse.id)).toEqual(
      new Map([
        [bike.id, { sku: m!.sku, variants: 2, label: expect.any(String) }],
        [bell.id, { sku: bell.variants[0]!.sku, variants: 1, label: expect.any(String) }],
      ]),
    );
    // Once M is gone from there, L is offered.
    await makeStock(t.db, { variantId: m!.id, locationId: warehouse.id, onHand: 0 });
    expect((await listOfferVariants(t.db, [bike.id], warehouse.id)).get(bike.id)?.sku).toBe(l!.sku);
  });
});
