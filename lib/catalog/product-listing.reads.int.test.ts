import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products, variantPrices, variants } from '@/db/schema';
import { grossToNet } from '@/lib/platform/money.rules';
import {
  makeCategory,
  makeChannel,
  makeMedia,
  makeProduct,
  makeProducts,
  makeStock,
  makeStore,
  type MadeCategory,
  type MadeProduct,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { productListQuery } from '@/lib/catalog/catalog.schemas';
import { findActiveChannel, type ChannelContext } from '@/lib/channels/channels.reads';
import { displayPriceSql, listFacets, listProducts } from './product-listing.reads';

let t: TestDatabase;
let web: ChannelContext;
let b2b: ChannelContext;
const query = (input: Record<string, unknown> = {}) => productListQuery.parse(input);

/** What the colour filter must find: products by colour, with their one price and whether they have stock. */
const coloured: Array<{ id: string; color: string; price: number; inStock: boolean }> = [];
let bikes: MadeCategory;
let matrixBike: MadeProduct;
let imageBike: { id: string; blueImage: string };
let activeCount: number;

beforeAll(async () => {
  t = await createTestDatabase();
  const store = await makeStore(t.db);
  web = (await findActiveChannel(t.db, (await makeChannel(t.db, { locationIds: [store.id] })).code))!;
  b2b = (await findActiveChannel(t.db, (await makeChannel(t.db, { kind: 'b2b', locationIds: [store.id] })).code))!;
  const stock = async (product: MadeProduct, onHand: number) => {
    for (const variant of product.variants)
      await makeStock(t.db, { variantId: variant.id, locationId: store.id, onHand });
  };

  // Bikes (with a subcategory), helmets, and a shelf of plain products that makes the catalogue span pages.
  bikes = await makeCategory(t.db);
  const cityBikes = await makeCategory(t.db, { parent: bikes });
  const helmets = await makeCategory(t.db);
  const shelf = await makeCategory(t.db);
  matrixBike = await makeProduct(t.db, {
    category: cityBikes,
    name: 'Stadtrad Classic',
    variants: ['Blue', 'Red'].flatMap((color) =>
      ['M', 'L'].map((frameSize) => ({ options: { color, frameSize }, price: 79_900 })),
    ),
  });
  await stock(matrixBike, 3);
  const imaged = await makeProduct(t.db, {
    category: cityBikes,
    name: 'Stadtrad Lite',
    variants: [
      { options: { color: 'Red', frameSize: 'M' }, price: 59_900 },
      { options: { color: 'Blue', frameSize: 'M' }, price: 59_900 },
    ],
  });
  await stock(imaged, 2);
  await makeMedia(t.db, { productId: imaged.id, position: 0 });
  await makeMedia(t.db, { productId: imaged.id, variantId: imaged.variants[0]!.id, position: 1 });
  const blue = await makeMedia(t.db, { productId: imaged.id, variantId: imaged.variants[1]!.id, position: 2 });
  imageBike = { id: imaged.id, blueImage: blue.url };
  // A bike book at the reduced VAT rate, so net prices are checked at both rates.
  await stock(await makeProduct(t.db, { category: bikes, taxClassCode: 'reduced', variants: [{ price: 2_490 }] }), 5);
  coloured.push(
    ...['Blue', 'Red'].map((color) => ({ id: matrixBike.id, color, price: 79_900, inStock: true })),
    ...['Red', 'Blue'].map((color) => ({ id: imaged.id, color, price: 59_900, inStock: true })),
  );
  // Helmets: in range, out of range (too cheap, too dear) and sold out, in both colours.
  for (const [name, color, price, onHand] of [
    ['Aero Helmet', 'Red', 8_999, 4],
    ['Urban Helmet', 'Blue', 5_999, 1],
    ['Kids Helmet', 'Red', 1_499, 4],
    ['Gold Helmet', 'Blue', 250_000, 4],
    ['Trail Helmet', 'Red', 12_999, 0],
    ['Night Helmet', 'Blue', 9_999, 0],
  ] as const) {
    const helmet = await makeProduct(t.db, { category: helmets, name, variants: [{ options: { color }, price }] });
    await stock(helmet, onHand);
    coloured.push({ id: helmet.id, color, price, inStock: onHand > 0 });
  }
  // Names repeat, so paging by name must break ties.
  await makeProducts(t.db, 60, (i) => ({
    category: shelf,
    name: `Shelf item ${i % 20}`,
    variants: [{ price: 1_000 + i }],
  }));
  await makeProduct(t.db, { category: shelf, status: 'draft' });
  activeCount = 3 + 6 + 60;
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
    let pages = 0;
    for (let page = 1; ; page++) {
      const result = await listProducts(t.db, web, query({ page, pageSize: 25, sort: 'name' }));
      total = result.total;
      pages = page;
      result.items.forEach((i) => seen.add(i.id));
      if (result.items.length < 25) break;
    }
    expect(total).toBe(Number(n));
    expect(seen.size).toBe(Number(n));
    expect(total).toBe(activeCount);
    expect(pages).toBe(3);
  });

  it('includes products of descendant categories and 404s an unknown category', async () => {
    const top = bikes;
    const result = await listProducts(t.db, web, query({ category: top.path, pageSize: 100 }));
    expect(result.total).toBe(3);
    const paths = await t.db.execute<{ path: string }>(
      sql`select distinct c.path from products p join categories c on c.id = p.category_id where p.id in ${result.items.map((i) => i.id)}`,
    );
    expect(paths.length).toBe(2);
    for (const row of paths) expect(row.path === top.path || row.path.startsWith(`${top.path}/`)).toBe(true);
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
    const expected = coloured.filter((c) => c.color === colour && c.inStock && c.price >= 2000 && c.price <= 200000);
    expect(result.items.map((i) => i.id).sort()).toEqual(expected.map((c) => c.id).sort());
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
    // Both channels sell every bike.
    const gross = await listProducts(t.db, web, query({ category: bikes.path, sort: 'name', pageSize: 50 }));
    const net = await listProducts(t.db, b2b, query({ category: bikes.path, sort: 'name', pageSize: 50 }));
    expect(gross.items).toHaveLength(3);
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
    t.queries.length = 0;
    await listProducts(t.db, web, query({ category: bikes.path, pageSize: 100 }));
    await listFacets(t.db, { assortment: { channelId: web.id, audienceKeys: [] }, categoryPath: bikes.path });
    expect(t.queries.length).toBe(3); // resolve category, listing, facets
  });

  it('reports the total past the last page', async () => {
    const result = await listProducts(t.db, web, query({ page: 9999, pageSize: 100 }));
    expect(result.items).toEqual([]);
    expect(result.total).toBe(activeCount);
  });

  it('matches colour and size on the same variant, not across variants', async () => {
    // Take a product with a full colour × size matrix and withdraw one combination (colour A in size B).
    const withdrawn = matrixBike.variants[0]!;
    const row = {
      product_id: matrixBike.id,
      a: withdrawn.options.color!,
      size_b: withdrawn.options.frameSize!,
      variant_id: withdrawn.id,
    };
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
    const variant = matrixBike.variants[1];
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
    const row = { product_id: imageBike.id, color: 'Blue', url: imageBike.blueImage };
    const base = { productIds: [row!.product_id], brand: [], size: [], inStock: false, page: 1, pageSize: 1 };
    const unfiltered = await listProducts(t.db, web, { ...base, color: [] });
    const filtered = await listProducts(t.db, web, { ...base, color: [row!.color] });
    expect(unfiltered.items[0]!.image?.url).not.toBe(row!.url);
    expect(filtered.items[0]!.image?.url).toBe(row!.url);
  });
});
