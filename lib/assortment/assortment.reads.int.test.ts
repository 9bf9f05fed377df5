// Every read path honours the channel's assortment rules, through the one predicate (lib/assortment/assortment.reads.ts).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assortmentRules } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { addAssortmentRule, AssortmentPreviewOnly, setProductsInChannel } from '@/lib/assortment/assortment.writes';
import {
  actorOf,
  makeAssortmentRule,
  makeBrand,
  makeCategory,
  makeCategoryPath,
  makeChannel,
  makeCompany,
  makeMerchandiser,
  makeProduct,
  makeProducts,
  makeRelation,
  type MadeCompany,
  type MadeProduct,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { productListQuery } from '@/lib/catalog/catalog.schemas';
import { assortmentScope, findAssortedCategoryPaths, isProductListed, type AssortmentScope } from './assortment.reads';
import { listCategoryTree, pruneCategoryTree } from '@/lib/catalog/categories.reads';
import { findActiveChannel, type ChannelContext } from '@/lib/channels/channels.reads';
import { ANONYMOUS_AUDIENCE } from '@/lib/pricing/prices.reads';
import { findProductDetail } from '@/lib/catalog/product-detail.reads';
import { listFacets, listProducts } from '@/lib/catalog/product-listing.reads';

let t: TestDatabase;
let merch: Actor;
let web: ChannelContext;
let b2b: ChannelContext;
let webScope: AssortmentScope;
let tent: { id: string; slug: string; name: string };
let tentCount: number;
/** Trekking tents (LEAF) beside dome tents under one parent (PARENT). */
let LEAF: string;
let PARENT: string;
let clothingPath: string;
let rainJacketsPath: string;
let globex: MadeCompany;
let bike: MadeProduct;
let lamp: MadeProduct;

const query = (overrides: Record<string, unknown> = {}) => ({
  ...productListQuery.parse({ pageSize: '100', ...overrides }),
});

beforeAll(async () => {
  t = await createTestDatabase();
  merch = await actorOf(t.db, await makeMerchandiser(t.db));
  const webChannel = await makeChannel(t.db);
  const b2bChannel = await makeChannel(t.db, { kind: 'b2b' });
  web = (await findActiveChannel(t.db, webChannel.code))!;
  b2b = (await findActiveChannel(t.db, b2bChannel.code))!;
  webScope = assortmentScope(web.id, ANONYMOUS_AUDIENCE);

  const [, tents, trekking] = await makeCategoryPath(t.db, [{}, {}, {}]);
  const dome = await makeCategory(t.db, { parent: tents });
  [LEAF, PARENT] = [trekking!.path, tents!.path];
  const [clothing, cyclingClothing, rainJackets] = await makeCategoryPath(t.db, [{}, {}, {}]);
  const shirts = await makeCategory(t.db, { parent: cyclingClothing });
  [clothingPath, rainJacketsPath] = [clothing!.path, rainJackets!.path];
  const brands = [await makeBrand(t.db), await makeBrand(t.db)];
  const tents3 = await makeProducts(t.db, 3, (i) => ({
    category: trekking,
    brand: brands[i % 2],
    name: `Nordkap Trekking Tent ${i + 2}P`,
  }));
  await makeProducts(t.db, 2, () => ({ category: dome, brand: brands[0] }));
  await makeProducts(t.db, 2, () => ({ category: rainJackets }));
  await makeProducts(t.db, 2, () => ({ category: shirts }));
  bike = await makeProduct(t.db);
  lamp = await makeProduct(t.db);
  await makeRelation(t.db, { productId: bike.id, relatedProductId: lamp.id, type: 'accessory' });
  // The b2b channel sells no clothing, except rain jackets to one company (its company catalogue).
  globex = await makeCompany(t.db, { members: [{ role: 'admin' }] });
  await makeAssortmentRule(t.db, { channelId: b2b.id, effect: 'exclude', target: { categoryId: clothing!.id } });
  await makeAssortmentRule(t.db, {
    channelId: b2b.id,
    companyId: globex.id,
    effect: 'include',
    target: { categoryId: rainJackets!.id },
  });

  const rows = [...tents3].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  tent = rows[0]!;
  tentCount = rows.length;
  // Before the rule the tents are on web; the preview says how many leave, and nothing is saved.
  expect((await listProducts(t.db, web, query({ category: LEAF }))).total).toBe(tentCount);
  const rulesBefore = (await t.db.select().from(assortmentRules)).length;
  const input = {
    channelId: web.id,
    customerGroupId: null,
    companyId: null,
    targetKind: 'category' as const,
    target: LEAF,
    effect: 'exclude' as const,
  };
  const preview = await addAssortmentRule(t.db, merch, input, false).then(
    () => null,
    (e: unknown) => (e instanceof AssortmentPreviewOnly ? e.preview : null),
  );
  expect(preview).toEqual([
    expect.objectContaining({ channelId: web.id, audienceKey: '', added: 0, removed: tentCount }),
  ]);
  expect((await t.db.select().from(assortmentRules)).length).toBe(rulesBefore);
  await addAssortmentRule(t.db, merch, input, true);
});
afterAll(() => t.drop());

describe('assortment on every read path (web excludes trekking tents; b2b still sells them)', () => {
  it('navigation: the empty category disappears from web, its parent stays', async () => {
    const [tree, webPaths, b2bPaths] = await Promise.all([
      listCategoryTree(t.db),
      findAssortedCategoryPaths(t.db, webScope),
      findAssortedCategoryPaths(t.db, assortmentScope(b2b.id, ANONYMOUS_AUDIENCE)),
    ]);
    const flat = (nodes: ReturnType<typeof pruneCategoryTree>): string[] =>
      nodes.flatMap((n) => [n.path, ...flat(n.children)]);
    expect(flat(pruneCategoryTree(tree, webPaths))).not.toContain(LEAF);
    expect(flat(pruneCategoryTree(tree, webPaths))).toContain(PARENT);
    expect(flat(pruneCategoryTree(tree, b2bPaths))).toContain(LEAF);
  });

  it('listing: the category is empty on web and full on b2b; its parent lost exactly those products', async () => {
    expect((await listProducts(t.db, web, query({ category: LEAF }))).total).toBe(0);
    expect((await listProducts(t.db, b2b, query({ category: LEAF }))).total).toBe(tentCount);
    const parentWeb = await listProducts(t.db, web, query({ category: PARENT }));
    const parentB2b = await listProducts(t.db, b2b, query({ category: PARENT }));
    expect(parentWeb.total).toBe(parentB2b.total - tentCount);
  });

  it('search: the product is not found on web, and is on b2b', async () => {
    const slugs = async (channel: ChannelContext) =>
      (await listProducts(t.db, channel, query({ q: tent.name }))).items.map((i) => i.slug);
    expect(await slugs(web)).not.toContain(tent.slug);
    expect(await slugs(b2b)).toContain(tent.slug);
  });

  it('facets count only listed products', async () => {
    const webFacets = await listFacets(t.db, { assortment: webScope, categoryPath: LEAF });
    const b2bFacets = await listFacets(t.db, {
      assortment: assortmentScope(b2b.id, ANONYMOUS_AUDIENCE),
      categoryPath: LEAF,
    });
    expect(webFacets.brands).toEqual([]);
    expect(b2bFacets.brands.reduce((sum, b) => sum + b.count, 0)).toBe(tentCount);
  });

  it('product page: not found on web, found on b2b', async () => {
    expect(await findProductDetail(t.db, web, tent.slug)).toBeNull();
    expect((await findProductDetail(t.db, b2b, tent.slug))?.slug).toBe(tent.slug);
  });

  it('prices (API and cart): the predicate refuses the product on web only', async () => {
    expect(await isProductListed(t.db, webScope, tent.id)).toBe(false);
    expect(await isProductListed(t.db, assortmentScope(b2b.id, ANONYMOUS_AUDIENCE), tent.id)).toBe(true);
  });

  it('related products: an excluded product is left out of another product page', async () => {
    const relation = { slug: bike.slug, related_id: lamp.id };
    const relatedIds = async () =>
      ((await findProductDetail(t.db, web, relation!.slug))?.related.accessory ?? []).map((c) => c.id);
    expect(await relatedIds()).toContain(relation!.related_id);
    await setProductsInChannel(
      t.db,
      merch,
      { channelId: web.id, productIds: [relation!.related_id], effect: 'exclude' },
      true,
    );
    expect(await relatedIds()).not.toContain(relation!.related_id);
    // An explicit product include beats the category exclude (product rules over category rules).
    await setProductsInChannel(t.db, merch, { channelId: web.id, productIds: [tent.id], effect: 'include' }, true);
    expect((await listProducts(t.db, web, query({ category: LEAF }))).items.map((i) => i.slug)).toEqual([tent.slug]);
  });

  it('company catalogue: one company sees rain jackets on b2b, where everyone else sees no clothing', async () => {
    const forGlobex = await listProducts(t.db, b2b, {
      ...query({ category: clothingPath }),
      audienceKeys: [`c:${globex.id}`],
    });
    expect(forGlobex.total).toBeGreaterThan(0);
    const paths = await t.db.execute<{ path: string }>(
      sql`select distinct c.path from products p join categories c on c.id = p.category_id where p.id in ${forGlobex.items.map((i) => i.id)}`,
    );
    expect(paths.map((p) => p.path)).toEqual([rainJacketsPath]);
    expect(forGlobex.total).toBe(2);
    expect((await listProducts(t.db, b2b, query({ category: clothingPath }))).total).toBe(0);
    const globexScope = assortmentScope(b2b.id, { customerGroupIds: [], companyId: globex.id });
    expect(await findAssortedCategoryPaths(t.db, globexScope)).toContain(rainJacketsPath);
  });
});
