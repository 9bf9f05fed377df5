import { and, arrayContains, asc, eq, like, or, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brands, categories, products } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { setProductsInChannel } from '@/lib/assortment/assortment.writes';
import {
  actorOf,
  makeAssortmentRule,
  makeBrand,
  makeCategory,
  makeCategoryPath,
  makeChannel,
  makeCompany,
  makeCustomer,
  makeMerchandiser,
  makeProducts,
  makeStaff,
  makeStore,
  type MadeChannel,
  type MadeCompany,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import {
  findAdminChannel,
  listAdminChannels,
  listAssortmentMatrix,
  MATRIX_PAGE_SIZE,
  type MatrixFilter,
} from './admin-assortment.reads';

let t: TestDatabase;
let merch: Actor;
const channelIds: Record<string, string> = {};
const made = {} as Record<'web' | 'showroom' | 'b2b' | 'marketplace', MadeChannel>;
let globex: MadeCompany;
const paths = { clothing: '', rainJackets: '', partsWear: '' };
const others: Record<'customer' | 'staff', Actor> = {} as never;

const matrix = (filter: Partial<MatrixFilter>) =>
  listAssortmentMatrix(t.db, merch, { status: 'active', page: 1, ...filter });
const cellOf = (row: { cells: Array<{ channelId: string }> }, code: string) =>
  row.cells.find((c) => c.channelId === channelIds[code])!;

async function productsUnder(path: string) {
  return t.db
    .select({ id: products.id })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(products.status, 'active'), or(eq(categories.path, path), like(categories.path, `${path}/%`))));
}

beforeAll(async () => {
  t = await createTestDatabase();
  merch = await actorOf(t.db, await makeMerchandiser(t.db));
  const store = await makeStore(t.db);
  others.customer = await actorOf(t.db, await makeCustomer(t.db));
  others.staff = await actorOf(t.db, await makeStaff(t.db, { locationIds: [store.id] }));
  // Over two pages of products: clothing (rain jackets and shirts), bulky cargo bikes, wear parts and the rest.
  const [clothing, cycling, rainJackets] = await makeCategoryPath(t.db, [{}, {}, {}]);
  const shirts = await makeCategory(t.db, { parent: cycling });
  const [, partsWear] = await makeCategoryPath(t.db, [{}, {}]);
  const cargo = await makeCategory(t.db);
  const misc = await makeCategory(t.db);
  Object.assign(paths, { clothing: clothing!.path, rainJackets: rainJackets!.path, partsWear: partsWear!.path });
  const [brandA, brandB] = [await makeBrand(t.db, { slug: `a-brand-${Date.now()}` }), await makeBrand(t.db)];
  await makeProducts(t.db, 3, () => ({ category: rainJackets, brand: brandA }));
  await makeProducts(t.db, 4, () => ({ category: shirts, brand: brandB }));
  await makeProducts(t.db, 2, () => ({ category: cargo, tags: ['bulky'] }));
  await makeProducts(t.db, 3, () => ({ category: partsWear, brand: brandA }));
  await makeProducts(t.db, 98, (i) => ({ category: misc, name: `Item ${String(i).padStart(3, '0')}` }));

  made.web = await makeChannel(t.db);
  made.showroom = await makeChannel(t.db, { kind: 'showroom' });
  made.b2b = await makeChannel(t.db, { kind: 'b2b', key: `pk_test_b2b_${Date.now()}` });
  made.marketplace = await makeChannel(t.db, { kind: 'marketplace' });
  for (const [name, channel] of Object.entries(made)) channelIds[name] = channel.id;
  globex = await makeCompany(t.db, { name: 'Globex Logistik AG' });
  await makeAssortmentRule(t.db, { channelId: made.marketplace.id, effect: 'exclude', target: { tag: 'bulky' } });
  await makeAssortmentRule(t.db, { channelId: made.b2b.id, effect: 'exclude', target: { categoryId: clothing!.id } });
  await makeAssortmentRule(t.db, {
    channelId: made.b2b.id,
    companyId: globex.id,
    effect: 'include',
    target: { categoryId: rainJackets!.id },
  });
  await makeAssortmentRule(t.db, {
    channelId: made.showroom.id,
    effect: 'exclude',
    target: { categoryId: partsWear!.id },
  });
});
afterAll(() => t.drop());

describe('back-office assortment reads', () => {
  it('are refused to anonymous callers, customers and staff', async () => {
    for (const who of [null, others.customer, others.staff]) {
      const status = who ? 403 : 401;
      await expect(listAssortmentMatrix(t.db, who, { status: 'active', page: 1 })).rejects.toMatchObject({ status });
      await expect(listAdminChannels(t.db, who)).rejects.toMatchObject({ status });
      await expect(findAdminChannel(t.db, who, made.web.id)).rejects.toMatchObject({ status });
    }
  });

  it('lists the channels with the products they list for everyone and their active keys', async () => {
    const rows = await listAdminChannels(t.db, merch);
    expect(rows.map((r) => r.code)).toEqual(
      Object.values(made)
        .map((c) => c.code)
        .sort(),
    );
    const active = (await t.db.select({ id: products.id }).from(products).where(eq(products.status, 'active'))).length;
    const bulky = (
      await t.db
        .select({ id: products.id })
        .from(products)
        .where(and(eq(products.status, 'active'), arrayContains(products.tags, ['bulky'])))
    ).length;
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode[made.web.code]).toMatchObject({ listedProducts: active, activeKeys: 1, assortmentMode: 'all' });
    expect(bulky).toBe(2);
    expect(byCode[made.marketplace.code]!.listedProducts).toBe(active - bulky);
    expect(byCode[made.web.code]!.listedProducts).toBe(110);
    expect(byCode[made.b2b.code]!.listedProducts).toBe(active - (await productsUnder(paths.clothing)).length);
    expect(byCode[made.showroom.code]!.listedProducts).toBe(active - 3);
  });

  it('shows a channel with its rules, audiences and keys', async () => {
    const b2b = (await findAdminChannel(t.db, merch, channelIds.b2b!))!;
    expect(b2b.rules).toEqual([
      expect.objectContaining({
        audience: { kind: 'everyone' },
        targetKind: 'category',
        target: paths.clothing,
        effect: 'exclude',
      }),
      expect.objectContaining({
        audience: { kind: 'company', name: 'Globex Logistik AG' },
        targetKind: 'category',
        target: paths.rainJackets,
        effect: 'include',
      }),
    ]);
    expect(b2b.keys).toEqual([expect.objectContaining({ name: 'Test key', token: made.b2b.key, revokedAt: null })]);
    expect(await findAdminChannel(t.db, merch, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('filters by category with its descendants and names the deciding rule per channel', async () => {
    const expected = await productsUnder(paths.clothing);
    const result = await matrix({ categoryPath: paths.clothing });
    expect(result.total).toBe(expected.length);
    expect(result.total).toBe(7);
    expect(result.rows.length).toBe(Math.min(expected.length, MATRIX_PAGE_SIZE));
    for (const row of result.rows) {
      // The Globex include of rain jackets is a company catalogue: for everyone the category exclude decides.
      expect(cellOf(row, 'b2b')).toMatchObject({
        listed: false,
        decided: true,
        rule: { targetKind: 'category', target: paths.clothing, effect: 'exclude' },
      });
      expect(cellOf(row, 'web')).toMatchObject({ listed: true, decided: true, rule: null });
    }
    const jackets = await matrix({ categoryPath: `/${paths.rainJackets}/` });
    expect(jackets.total).toBe((await productsUnder(paths.rainJackets)).length);
    expect(jackets.total).toBe(3);
  });

  it('shows the tag and category rules of the channels', async () => {
    const [bulky] = await t.db
      .select({ id: products.id, path: categories.path })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(and(eq(products.status, 'active'), arrayContains(products.tags, ['bulky'])))
      .limit(1);
    const bulkyRow = (await matrix({ categoryPath: bulky!.path })).rows.find((r) => r.id === bulky!.id);
    expect(cellOf(bulkyRow!, 'marketplace')).toMatchObject({
      listed: false,
      rule: { targetKind: 'tag', target: 'bulky', effect: 'exclude' },
    });
    const wear = await matrix({ categoryPath: paths.partsWear });
    expect(wear.rows.length).toBe(3);
    expect(cellOf(wear.rows[0]!, 'showroom')).toMatchObject({
      listed: false,
      rule: { targetKind: 'category', target: paths.partsWear },
    });
    expect(cellOf(wear.rows[0]!, 'marketplace')).toMatchObject({ listed: true, rule: null });
  });

  it('filters by brand and by status', async () => {
    const [brand] = await t.db
      .select({ id: brands.id, slug: brands.slug, n: sql<number>`count(${products.id})::int` })
      .from(brands)
      .innerJoin(products, eq(products.brandId, brands.id))
      .groupBy(brands.id)
      .orderBy(asc(brands.slug))
      .limit(1);
    const byBrand = await matrix({ brandSlug: brand!.slug });
    expect(byBrand.total).toBe(Number(brand!.n));
    expect(byBrand.total).toBe(6);
    const brandProducts = await t.db.select({ id: products.id }).from(products).where(eq(products.brandId, brand!.id));
    expect(byBrand.rows.every((r) => brandProducts.some((p) => p.id === r.id))).toBe(true);

    const [draft] = await t.db
      .update(products)
      .set({ status: 'draft' })
      .where(eq(products.id, byBrand.rows[0]!.id))
      .returning({ id: products.id });
    expect((await matrix({ status: 'draft' })).rows.map((r) => r.id)).toEqual([draft!.id]);
    expect((await matrix({ brandSlug: brand!.slug })).total).toBe(Number(brand!.n) - 1);
    expect(
      (await matrix({ brandSlug: brand!.slug, status: 'any' })).rows.find((r) => r.id === draft!.id),
    ).toMatchObject({ status: 'draft' });
    await t.db.update(products).set({ status: 'active' }).where(eq(products.id, draft!.id));

    expect(await matrix({ categoryPath: 'no/such/category' })).toMatchObject({ total: 0, rows: [] });
    expect((await matrix({ categoryPath: '%' })).total).toBe(0);
  });

  it('pages by name in a bounded number of queries', async () => {
    const first = await matrix({});
    const active = (await t.db.select({ id: products.id }).from(products).where(eq(products.status, 'active'))).length;
    expect(first.total).toBe(active);
    expect(active).toBeGreaterThan(2 * MATRIX_PAGE_SIZE);
    expect(first.rows).toHaveLength(MATRIX_PAGE_SIZE);
    const names = first.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const second = await matrix({ page: 2 });
    expect(second.rows[0]!.name >= names.at(-1)!).toBe(true);
    expect(second.rows.some((r) => first.rows.some((f) => f.id === r.id))).toBe(false);
    const last = await matrix({ page: Math.ceil(active / MATRIX_PAGE_SIZE) });
    expect(last.rows).toHaveLength(active % MATRIX_PAGE_SIZE || MATRIX_PAGE_SIZE);
    expect((await matrix({ page: 1000 })).rows).toEqual([]);

    const before = t.queries.length;
    const page = await matrix({ page: 3 });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.cells.length === 4)).toBe(true);
    expect(t.queries.length - before).toBeLessThanOrEqual(4);
  });

  it('shows a product rule from a bulk include as the deciding rule', async () => {
    const [jacket] = await productsUnder(paths.rainJackets);
    await setProductsInChannel(
      t.db,
      merch,
      { channelId: channelIds.b2b!, productIds: [jacket!.id], effect: 'include' },
      true,
    );
    const [product] = await t.db
      .select({ name: products.name, slug: products.slug })
      .from(products)
      .where(eq(products.id, jacket!.id));
    const row = (await matrix({ categoryPath: paths.rainJackets })).rows.find((r) => r.id === jacket!.id)!;
    expect(cellOf(row, 'b2b')).toEqual({
      channelId: channelIds.b2b,
      listed: true,
      decided: true,
      rule: { targetKind: 'product', target: product!.slug, targetName: product!.name, effect: 'include' },
    });
  });
});
