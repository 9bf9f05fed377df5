import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products } from '@/db/schema';
import {
  makeCategoryPath,
  makeChannel,
  makePriceList,
  makeProduct,
  makeRelation,
  makeStock,
  makeStore,
  makeWarehouse,
  type MadeChannel,
  type MadeLocation,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findProductDetail } from './product-detail.reads';

let t: TestDatabase;
let web: MadeChannel;
let showroom: MadeChannel;
let stores: MadeLocation[];
let warehouse: MadeLocation;
let bikeSlug: string;

beforeAll(async () => {
  t = await createTestDatabase();
  stores = [await makeStore(t.db), await makeStore(t.db), await makeStore(t.db)];
  warehouse = await makeWarehouse(t.db);
  web = await makeChannel(t.db, { locationIds: [...stores, warehouse].map((l) => l.id) });
  showroom = await makeChannel(t.db, { kind: 'showroom', locationIds: stores.map((l) => l.id) });
  const leaf = (await makeCategoryPath(t.db, [{}, {}, {}])).at(-1)!;
  const bike = await makeProduct(t.db, {
    category: leaf,
    variants: [
      { options: { color: 'Red', frameSize: 'M' }, price: 99_900 },
      { options: { color: 'Red', frameSize: 'L' }, price: 99_900 },
      { options: { color: 'Blue', frameSize: 'M' }, price: 104_900 },
    ],
  });
  bikeSlug = bike.slug;
  for (const variant of bike.variants)
    for (const [i, location] of [...stores, warehouse].entries())
      await makeStock(t.db, { variantId: variant.id, locationId: location.id, onHand: i });
  const helmet = await makeProduct(t.db, { variants: [{ options: { size: 'M' }, price: 5_999 }] });
  const lock = await makeProduct(t.db, { variants: [{ price: 3_999 }] });
  const manual = await makeProduct(t.db, { variants: [{ price: 0 }] });
  await makeRelation(t.db, { productId: bike.id, relatedProductId: helmet.id, type: 'accessory', position: 0 });
  await makeRelation(t.db, { productId: bike.id, relatedProductId: lock.id, type: 'accessory', position: 1 });
  await makeRelation(t.db, { productId: bike.id, relatedProductId: manual.id, type: 'manual' });
  // An accessory on promotion: its card needs the 30-day reference price too.
  await makePriceList(t.db, {
    channelIds: [web.id],
    priority: 20,
    entries: [{ productId: helmet.id, kind: 'percent', value: 1500 }],
  });
});
afterAll(() => t.drop());

describe('findProductDetail', () => {
  it('returns variants with prices and stock per channel location, and related products by type', async () => {
    const product = (await findProductDetail(t.db, web, bikeSlug))!;
    expect(product.variants.length).toBeGreaterThan(1);
    for (const variant of product.variants) {
      expect(Number.isInteger(variant.price?.amount)).toBe(true);
      expect(variant.stock.map((s) => s.locationCode).sort()).toEqual([...stores, warehouse].map((l) => l.code).sort());
    }
    expect(product.related.accessory.length).toBe(2);
    expect(product.related.manual.length).toBe(1);
    expect(product.breadcrumb.length).toBe(3);
    expect(product.options.map((o) => o.code).sort()).toEqual(['color', 'frameSize']);
  });

  it('uses a fixed number of queries', async () => {
    t.queries.length = 0;
    await findProductDetail(t.db, web, bikeSlug);
    // 9 for the product, 2 for its price lists, 3 to price its related products' cards, and 1 for the
    // 30-day reference prices of reduced ones (the helmet accessory is on promotion).
    expect(t.queries.length).toBeLessThanOrEqual(15);
  });

  it('shows only the stock of locations that supply the channel', async () => {
    const product = (await findProductDetail(t.db, showroom, bikeSlug))!;
    expect(product.variants[0]!.stock.map((s) => s.locationCode).sort()).toEqual(stores.map((l) => l.code).sort());
  });

  it('hides unknown and unpublished products', async () => {
    expect(await findProductDetail(t.db, web, 'no-such-product')).toBeNull();
    await t.db.update(products).set({ status: 'draft' }).where(eq(products.slug, bikeSlug));
    expect(await findProductDetail(t.db, web, bikeSlug)).toBeNull();
    await t.db.update(products).set({ status: 'active' }).where(eq(products.slug, bikeSlug));
  });
});
