import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products, variantPrices, variants } from '@/db/schema';
import { grossToNet } from '@/lib/platform/money.rules';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { productListQuery } from '@/lib/catalog/catalog.schemas';
import { findActiveChannel, type ChannelContext } from '@/lib/channels/channels.reads';
import { displayPriceSql, listFacets, listProducts } from './product-listing.reads';

let t: TestDatabase;
let web: ChannelContext;
let b2b: ChannelContext;
const query = (input: Record<string, unknown> = {}) => productListQuery.parse(input);

beforeAll(async () => {
  t = await createTestDatabase();
  web = (await findActiveChannel(t.db, 'web'))!;
  b2b = (await findActiveChannel(t.db, 'b2b'))!;
});
afterAll(() => t.drop());

describe('listProducts', () => {
  it('pages through the whole active catalogue without gaps or repeats', async () => {
    const [count] = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from products where status = 'active'`,
    );
    const n = count!.n;
    const seen = new Set<string>();
    let total = 0;
    for (let page = 1; ; page++) {
      const result = await listProducts(t.db, web, query({ page, pageSize: 100, sort: 'name' }));
      total = result.total;
      result.items.forEach((i) => seen.add(i.id));
      if (result.items.length < 100) break;
    }
    expect(total).toBe(Number(n));
    expect(seen.size).toBe(Number(n));
    expect(total).toBeGreaterThanOrEqual(250);
  });

  it('includes products of descendant categories and 404s an unknown category', async () => {
    const [top] = await t.db.execute<{ path: string }>(
      sql`select path from categories where depth = 1 order by path limit 1`,
    );
    const result = await listProducts(t.db, web, query({ category: top!.path, pageSize: 100 }));
    expect(result.total).toBeGreaterThan(0);
    const paths = await t.db.execute<{ path: string }>(
      sql`select distinct c.path from products p join categories c on c.id = p.category_id where p.id in ${result.items.map((i) => i.id)}`,
    );
    for (const row of paths) expect(row.path.startsWith(`${top!.path}/`)).toBe(true);
    await expect(listProducts(t.db, web, query({ category: 'no-such-category' }))).rejects.toMatchObject({
      status: 404,
    });
  });

  it('filters by colour, price range and stock, and sorts by price', async () => {
    const facets = await listFacets(t.db, { assortment: { channelId: web.id, audienceKeys: [] } });
    const colour = facets.colors[0]!.value;
    const result = await listProducts(
      t.db,
      web,
      query({ color: colour, minPrice: 20, maxPrice: 2000, inStock: '1', sort: 'price-asc', pageSize: 100 }),
    );
    expect(result.total).toBeGreaterThan(0);
    const prices = result.items.map((i) => i.price.amount);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    for (const item of result.items) {
      expect(item.price.amount).toBeGreaterThanOrEqual(2000);
      expect(item.price.amount).toBeLessThanOrEqual(200000);
      expect(item.availability).not.toBe('out_of_stock');
    }
    const withColour = await t.db.execute<{ product_id: string }>(
      sql`select distinct product_id from variants where options->>'color' = ${colour} and product_id in ${result.items.map((i) => i.id)}`,
    );
    expect(withColour.length).toBe(result.items.length);
  });

  it('finds products by full text and with a typo', async () => {
    const exact = await listProducts(t.db, web, query({ q: 'helmet' }));
    const typo = await listProducts(t.db, web, query({ q: 'helmt' }));
    expect(exact.total).toBeGreaterThan(0);
    expect(typo.total).toBeGreaterThan(0);
    expect(typo.items[0]!.name.toLowerCase()).toContain('helmet');
    expect((await listProducts(t.db, web, query({ q: 'zzqxv' }))).total).toBe(0);
  });

  it('shows net prices on the b2b channel with the same rounding as the domain', async () => {
    // Both channels sell every bike (the demo's b2b assortment leaves out clothing only).
    const gross = await listProducts(t.db, web, query({ category: 'bikes', sort: 'name', pageSize: 50 }));
    const net = await listProducts(t.db, b2b, query({ category: 'bikes', sort: 'name', pageSize: 50 }));
    const rates = new Map(
      (
        await t.db.execute<{ id: string; rate_bp: number }>(
          sql`select p.id, tc.rate_bp from products p join tax_classes tc on tc.code = p.tax_class_code`,
        )
      ).map((r) => [r.id, Number(r.rate_bp)]),
    );
    expect(net.items.map((i) => i.id)).toEqual(gross.items.map((i) => i.id));
    gross.items.forEach((item, index) => {
      expect(net.items[index]!.price.amount).toBe(grossToNet(item.price.amount, rates.get(item.id)!));
      expect(net.items[index]!.pricesIncludeVat).toBe(false);
    });
  });

  it('rounds net prices in SQL exactly like grossToNet for every cent value', async () => {
    const rows = await t.db.execute<{ gross: number; rate: number; net: number }>(sql`
      select g as gross, r as rate, ${displayPriceSql(b2b, sql`g`, sql`r`)} as net
      from generate_series(0, 5000) g cross join (values (1900), (700)) rates(r)`);
    const mismatches = rows.filter((r) => grossToNet(Number(r.gross), Number(r.rate)) !== Number(r.net));
    expect(rows.length).toBe(10002);
    expect(mismatches).toEqual([]);
  });

  it('needs a bounded number of queries however large the page', async () => {
    for (const pageSize of [5, 100]) {
      t.queries.length = 0;
      await listProducts(t.db, web, query({ pageSize }));
      expect(t.queries.length).toBe(1);
    }
    const [top] = await t.db.execute<{ path: string }>(
      sql`select path from categories where depth = 1 order by path limit 1`,
    );
    t.queries.length = 0;
    await listProducts(t.db, web, query({ category: top!.path, pageSize: 100 }));
    await listFacets(t.db, { assortment: { channelId: web.id, audienceKeys: [] }, categoryPath: top!.path });
    expect(t.queries.length).toBe(3); // resolve category, listing, facets
  });

  it('reports the total past the last page', async () => {
    const result = await listProducts(t.db, web, query({ page: 9999, pageSize: 100 }));
    expect(result.items).toEqual([]);
    expect(result.total).toBeGreaterThan(0);
  });

  it('matches colour and size on the same variant, not across variants', async () => {
    // Take a product with a full colour × size matrix and withdraw one combination (colour A in size B).
    const [row] = await t.db.execute<{ product_id: string; a: string; size_b: string; variant_id: string }>(sql`
      select v.product_id, v.options->>'color' as a, v.options->>'frameSize' as size_b, v.id as variant_id
      from variants v
      where v.options ? 'color' and v.options ? 'frameSize'
        and (select count(distinct options->>'color') from variants w where w.product_id = v.product_id) >= 2
        and (select count(distinct options->>'frameSize') from variants w where w.product_id = v.product_id) >= 2
      order by v.sku limit 1`);
    await t.db.update(variants).set({ active: false }).where(eq(variants.id, row!.variant_id));
    const onlyThis = { productIds: [row!.product_id], brand: [], inStock: false, page: 1, pageSize: 10 };
    expect((await listProducts(t.db, web, { ...onlyThis, color: [row!.a], size: [] })).items).toHaveLength(1);
    expect((await listProducts(t.db, web, { ...onlyThis, color: [], size: [row!.size_b] })).items).toHaveLength(1);
    expect((await listProducts(t.db, web, { ...onlyThis, color: [row!.a], size: [row!.size_b] })).items).toHaveLength(
      0,
    );
    await t.db.update(variants).set({ active: true }).where(eq(variants.id, row!.variant_id));
    expect((await listProducts(t.db, web, { ...onlyThis, color: [row!.a], size: [row!.size_b] })).items).toHaveLength(
      1,
    );
  });

  it('keeps the listing read model in step with variants and prices', async () => {
    const [variant] = await t.db
      .select({ id: variants.id, productId: variants.productId })
      .from(variants)
      .where(sql`options ? 'color'`)
      .limit(1);
    await t.db.update(variantPrices).set({ amount: 1 }).where(eq(variantPrices.variantId, variant!.id));
    let [product] = await t.db.select().from(products).where(eq(products.id, variant!.productId));
    expect(product!.listingMinPrice).toBe(1);
    const cheapest = await listProducts(t.db, web, query({ sort: 'price-asc', pageSize: 1 }));
    expect(cheapest.items[0]).toMatchObject({ id: variant!.productId, price: { amount: 1, currency: 'EUR' } });

    await t.db.update(variants).set({ active: false }).where(eq(variants.productId, variant!.productId));
    [product] = await t.db.select().from(products).where(eq(products.id, variant!.productId));
    expect(product).toMatchObject({
      listingMinPrice: null,
      listingMaxPrice: null,
      listingColors: [],
      listingSizes: [],
    });
    expect(
      (await listProducts(t.db, web, query({ pageSize: 100, sort: 'price-asc' }))).items.map((i) => i.id),
    ).not.toContain(variant!.productId);
  });

  it('shows an image of the filtered colour', async () => {
    const [row] = await t.db.execute<{ product_id: string; color: string; url: string }>(sql`
      select m.product_id, v.options->>'color' as color, m.url from media m join variants v on v.id = m.variant_id
      where m.position > (select min(position) from media f where f.product_id = m.product_id) order by m.url limit 1`);
    const base = { productIds: [row!.product_id], brand: [], size: [], inStock: false, page: 1, pageSize: 1 };
    const unfiltered = await listProducts(t.db, web, { ...base, color: [] });
    const filtered = await listProducts(t.db, web, { ...base, color: [row!.color] });
    expect(unfiltered.items[0]!.image?.url).not.toBe(row!.url);
    expect(filtered.items[0]!.image?.url).toBe(row!.url);
  });
});
