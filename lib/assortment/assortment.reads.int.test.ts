// Every read path honours the channel's assortment rules, through the one predicate (lib/assortment/assortment.reads.ts).
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assortmentRules, companies, users } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { addAssortmentRule, AssortmentPreviewOnly, setProductsInChannel } from '@/lib/assortment/assortment.writes';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { productListQuery } from '@/lib/catalog/catalog.schemas';
import { findActor } from '@/lib/platform/auth/actor.reads';
import { assortmentScope, findAssortedCategoryPaths, isProductListed, type AssortmentScope } from './assortment.reads';
import { listCategoryTree, pruneCategoryTree } from '@/lib/catalog/categories.reads';
import { findActiveChannel, type ChannelContext } from '@/lib/channels/channels.reads';
import { ANONYMOUS_AUDIENCE } from '@/lib/pricing/prices.reads';
import { findProductDetail } from '@/lib/catalog/product-detail.reads';
import { listFacets, listProducts } from '@/lib/catalog/product-listing.reads';

const LEAF = 'outdoor-camping/tents-shelters/trekking-tents';
const PARENT = 'outdoor-camping/tents-shelters';

let t: TestDatabase;
let merch: Actor;
let web: ChannelContext;
let b2b: ChannelContext;
let webScope: AssortmentScope;
let tent: { id: string; slug: string; name: string };
let tentCount: number;

const query = (overrides: Record<string, unknown> = {}) => ({
  ...productListQuery.parse({ pageSize: '100', ...overrides }),
});

beforeAll(async () => {
  t = await createTestDatabase();
  const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'merch@example.com'));
  merch = (await findActor(t.db, user!.id))!;
  web = (await findActiveChannel(t.db, 'web'))!;
  b2b = (await findActiveChannel(t.db, 'b2b'))!;
  webScope = assortmentScope(web.id, ANONYMOUS_AUDIENCE);
  const rows = await t.db.execute<{ id: string; slug: string; name: string }>(sql`
    select p.id, p.slug, p.name from products p join categories c on c.id = p.category_id
    where c.path = ${LEAF} and p.status = 'active' and p.listing_min_price is not null order by p.slug`);
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
    const [relation] = await t.db.execute<{ slug: string; related_id: string }>(sql`
      select p.slug, r.related_product_id as related_id from product_relations r join products p on p.id = r.product_id
      join products rp on rp.id = r.related_product_id where r.type = 'accessory' and p.status = 'active' and rp.status = 'active' order by p.slug limit 1`);
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

  it('company catalogue: Globex sees rain jackets on b2b, where everyone else sees no clothing', async () => {
    const [globex] = await t.db
      .select({ id: companies.id })
      .from(companies)
      .where(eq(companies.customerNumber, 'K-10002'));
    const forGlobex = await listProducts(t.db, b2b, {
      ...query({ category: 'clothing' }),
      audienceKeys: [`c:${globex!.id}`],
    });
    expect(forGlobex.total).toBeGreaterThan(0);
    const paths = await t.db.execute<{ path: string }>(
      sql`select distinct c.path from products p join categories c on c.id = p.category_id where p.id in ${forGlobex.items.map((i) => i.id)}`,
    );
    expect(paths.map((p) => p.path)).toEqual(['clothing/cycling-clothing/cycling-rain-jackets']);
    expect((await listProducts(t.db, b2b, query({ category: 'clothing' }))).total).toBe(0);
    const globexScope = assortmentScope(b2b.id, { customerGroupIds: [], companyId: globex!.id });
    expect(await findAssortedCategoryPaths(t.db, globexScope)).toContain(
      'clothing/cycling-clothing/cycling-rain-jackets',
    );
  });
});
