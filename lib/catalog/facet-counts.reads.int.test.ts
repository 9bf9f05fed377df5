// Facet counts that follow the other active filters, checked against what the listing then shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBrand, makeCategory, makeChannel, makeProduct, makeStock, makeStore } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { productListQuery, type ProductListQuery } from '@/lib/catalog/catalog.schemas';
import { findActiveChannel, type ChannelContext } from '@/lib/channels/channels.reads';
import { facetFilters } from './listing-params.schemas';
import { listFacets, listProducts, type Facets } from './product-listing.reads';

let t: TestDatabase;
let web: ChannelContext;
let categoryPath: string;
let brandA: string;
let brandB: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const store = await makeStore(t.db);
  web = (await findActiveChannel(t.db, (await makeChannel(t.db, { locationIds: [store.id] })).code))!;
  const category = await makeCategory(t.db);
  categoryPath = category.path;
  const a = await makeBrand(t.db);
  const b = await makeBrand(t.db);
  brandA = a.slug;
  brandB = b.slug;
  // One: red M (1.00 €, in stock) and blue L (1.00 €, sold out). Two: red L (2.00 €). Three: blue M (3.00 €).
  const specs = [
    {
      brand: a,
      variants: [
        ['Red', 'M', 100, 5],
        ['Blue', 'L', 100, 0],
      ],
    },
    { brand: b, variants: [['Red', 'L', 200, 5]] },
    { brand: a, variants: [['Blue', 'M', 300, 5]] },
  ] as const;
  for (const spec of specs) {
    const product = await makeProduct(t.db, {
      category,
      brand: spec.brand,
      variants: spec.variants.map(([color, size, price]) => ({ options: { color, size }, price })),
    });
    for (const [index, variant] of product.variants.entries())
      await makeStock(t.db, { variantId: variant.id, locationId: store.id, onHand: spec.variants[index]![3] });
  }
});
afterAll(() => t.drop());

const query = (input: Record<string, unknown>) => productListQuery.parse({ ...input, category: categoryPath });
const facetsFor = (q: ProductListQuery) =>
  listFacets(t.db, { assortment: { channelId: web.id, audienceKeys: [] }, categoryPath }, facetFilters(web, q));
const counts = (facet: Array<{ value: string; count: number }>) =>
  Object.fromEntries(facet.map((f) => [f.value, f.count]));

/** Every offered value's count is the total the listing shows with that value as its facet's only choice. */
async function expectCountsMatchListing(q: ProductListQuery, facets: Facets) {
  for (const kind of ['color', 'size', 'brand'] as const) {
    const facet = kind === 'color' ? facets.colors : kind === 'size' ? facets.sizes : facets.brands;
    for (const { value, count } of facet) {
      const listed = await listProducts(t.db, web, { ...q, [kind]: [value] });
      expect({ kind, value, count }).toEqual({ kind, value, count: listed.total });
    }
  }
}

describe('listFacets with active filters', () => {
  it('counts each facet with the other facets’ filters, per variant', async () => {
    const q = query({ color: 'Red' });
    const facets = await facetsFor(q);
    // The colour facet ignores its own filter; sizes and brands count red variants only.
    expect(counts(facets.colors)).toEqual({ Red: 2, Blue: 2 });
    expect(counts(facets.sizes)).toEqual({ M: 1, L: 1 }); // one's L is blue: not counted
    expect(counts(facets.brands)).toEqual({ [brandA]: 1, [brandB]: 1 });
    await expectCountsMatchListing(q, facets);
  });

  it('needs colour and size on the same variant for a brand to count', async () => {
    const q = query({ color: 'Red', size: 'L' });
    const facets = await facetsFor(q);
    expect(counts(facets.brands)).toEqual({ [brandB]: 1 });
    expect(counts(facets.colors)).toEqual({ Red: 1, Blue: 1 });
    expect(counts(facets.sizes)).toEqual({ M: 1, L: 1 });
    await expectCountsMatchListing(q, facets);
  });

  it('applies a brand filter to colours and sizes but not to brands', async () => {
    const q = query({ brand: brandA });
    const facets = await facetsFor(q);
    expect(counts(facets.brands)).toEqual({ [brandA]: 2, [brandB]: 1 });
    expect(counts(facets.colors)).toEqual({ Red: 1, Blue: 2 });
    expect(counts(facets.sizes)).toEqual({ M: 2, L: 1 });
    await expectCountsMatchListing(q, facets);
  });

  it('applies price range and stock to every facet', async () => {
    const inStock = await facetsFor(query({ inStock: '1' }));
    expect(counts(inStock.colors)).toEqual({ Red: 2, Blue: 1 }); // one's blue is sold out
    expect(counts(inStock.sizes)).toEqual({ M: 2, L: 1 });
    const cheap = await facetsFor(query({ maxPrice: '2' }));
    expect(counts(cheap.colors)).toEqual({ Red: 2, Blue: 1 });
    expect(counts(cheap.brands)).toEqual({ [brandA]: 1, [brandB]: 1 });
    for (const [input, facets] of [
      [{ inStock: '1' }, inStock],
      [{ maxPrice: '2' }, cheap],
    ] as const) {
      const q = query(input);
      for (const { value, count } of facets.colors)
        expect((await listProducts(t.db, web, { ...q, color: [value] })).total).toBe(count);
    }
  });

  it('counts the whole scope without filters, as before', async () => {
    const plain = await listFacets(t.db, { assortment: { channelId: web.id, audienceKeys: [] }, categoryPath });
    expect(counts(plain.colors)).toEqual({ Red: 2, Blue: 2 });
    expect(counts(plain.sizes)).toEqual({ M: 2, L: 2 });
    expect(await facetsFor(query({}))).toEqual(plain);
  });
});
