import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findActiveChannel, type ChannelContext } from '@/lib/channels/channels.reads';
import { findProductDetail } from './product-detail.reads';

let t: TestDatabase;
let web: ChannelContext;
let bikeSlug: string;

beforeAll(async () => {
  t = await createTestDatabase();
  web = (await findActiveChannel(t.db, 'web'))!;
  const [row] = await t.db.execute<{ slug: string }>(sql`
    select p.slug from products p where exists (select 1 from product_relations r where r.product_id = p.id and r.type = 'manual')
      and exists (select 1 from product_relations r where r.product_id = p.id and r.type = 'accessory')
    order by p.slug limit 1`);
  bikeSlug = row!.slug;
});
afterAll(() => t.drop());

describe('findProductDetail', () => {
  it('returns variants with prices and stock per channel location, and related products by type', async () => {
    const product = (await findProductDetail(t.db, web, bikeSlug))!;
    expect(product.variants.length).toBeGreaterThan(1);
    for (const variant of product.variants) {
      expect(Number.isInteger(variant.price?.amount)).toBe(true);
      expect(variant.stock.map((s) => s.locationCode).sort()).toEqual(['BER', 'HAM', 'MUC', 'WH1']);
    }
    expect(product.related.accessory.length).toBeGreaterThan(0);
    expect(product.related.manual.length).toBe(1);
    expect(product.breadcrumb.length).toBe(3);
    expect(product.options.length).toBeGreaterThan(0);
  });

  it('uses a fixed number of queries', async () => {
    t.queries.length = 0;
    await findProductDetail(t.db, web, bikeSlug);
    // 9 for the product, 2 for its price lists, 3 to price its related products' cards, and 1 for the
    // 30-day reference prices of reduced ones (a bike's accessories include helmets on promotion).
    expect(t.queries.length).toBeLessThanOrEqual(15);
  });

  it('shows only the stock of locations that supply the channel', async () => {
    const showroom = (await findActiveChannel(t.db, 'showroom'))!;
    const product = (await findProductDetail(t.db, showroom, bikeSlug))!;
    expect(product.variants[0]!.stock.map((s) => s.locationCode).sort()).toEqual(['BER', 'HAM', 'MUC']);
  });

  it('hides unknown and unpublished products', async () => {
    expect(await findProductDetail(t.db, web, 'no-such-product')).toBeNull();
    await t.db.update(products).set({ status: 'draft' }).where(eq(products.slug, bikeSlug));
    expect(await findProductDetail(t.db, web, bikeSlug)).toBeNull();
    await t.db.update(products).set({ status: 'active' }).where(eq(products.slug, bikeSlug));
  });
});
