// The back office's pickers: who may ask, what is refused, and what each lookup finds and in which order.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import {
  actorOf,
  makeAdmin,
  makeBrand,
  makeCategoryPath,
  makeCustomer,
  makeMerchandiser,
  makeProduct,
  makeProducts,
  makeStaff,
  makeStore,
  type MadeProduct,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));

let t: TestDatabase;
let actors: Record<'customer' | 'staff' | 'merch' | 'admin', Actor>;
let lamp: MadeProduct;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  const [, bags, panniers] = await makeCategoryPath(t.db, [
    { slug: 'parts', name: 'Parts' },
    { slug: 'bags', name: 'Bags & Transport' },
    { slug: 'panniers', name: 'Pannier Bags' },
  ]);
  await makeCategoryPath(t.db, [{ slug: 'lights_100%', name: 'Lights 100%' }], bags);
  const brand = await makeBrand(t.db, { slug: 'velotec', name: 'Velotec' });
  await makeProduct(t.db, {
    category: panniers,
    brand,
    slug: 'city-pannier',
    name: 'City Pannier',
    variants: [
      { sku: 'CP-20-BK', gtin: '4000000000017', options: { colour: 'Black', volume: '20 l' } },
      { sku: 'CP-20', gtin: null },
    ],
  });
  lamp = await makeProduct(t.db, { slug: 'lamp', name: 'Lamp', status: 'draft', variants: [{ sku: 'LAMP-1' }] });
  // More matches than a picker shows.
  await makeProducts(t.db, 25, (i) => ({ slug: `bulk-pannier-${i}`, name: `Bulk Pannier ${i}`, variants: [{}] }));
  const store = await makeStore(t.db);
  actors = {
    customer: await actorOf(t.db, await makeCustomer(t.db)),
    staff: await actorOf(t.db, await makeStaff(t.db, { locationIds: [store.id] })),
    merch: await actorOf(t.db, await makeMerchandiser(t.db)),
    admin: await actorOf(t.db, await makeAdmin(t.db)),
  };
});
afterAll(() => t.drop());

async function lookup(kind: string, q?: string, actor: Actor | null = actors.merch) {
  state.actor = actor;
  const { GET } = await import('./route');
  const url = new URL(`http://localhost/admin/lookup/${kind}`);
  if (q !== undefined) url.searchParams.set('q', q);
  const response = await GET(new Request(url), { params: Promise.resolve({ kind }) });
  return { status: response.status, body: (await response.json()) as { items?: unknown[] } };
}

describe('GET /admin/lookup/[kind]', () => {
  it('answers only the back office: 401 signed out, 403 for customers and store staff', async () => {
    expect((await lookup('products', 'pannier', null)).status).toBe(401);
    expect((await lookup('products', 'pannier', actors.customer)).status).toBe(403);
    expect((await lookup('products', 'pannier', actors.staff)).status).toBe(403);
    expect((await lookup('products', 'pannier', actors.admin)).status).toBe(200);
  });

  it('refuses an unknown lookup and an overlong query', async () => {
    const unknown = await lookup('customers', 'a');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'lookup.not_found' });
    const long = await lookup('products', 'x'.repeat(101));
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ code: 'request.invalid', errors: { q: ['Use at most 100 characters.'] } });
  });

  it('finds categories by name or path, the exact path first, labelled with their trail', async () => {
    const { body } = await lookup('categories', 'parts/bags/panniers');
    expect(body.items).toEqual([
      {
        id: 'parts/bags/panniers',
        label: 'Parts › Bags & Transport › Pannier Bags',
        description: 'parts/bags/panniers',
      },
    ]);
    const bags = await lookup('categories', 'BAGS');
    expect(bags.body.items!.map((item) => (item as { id: string }).id)).toEqual([
      'parts/bags',
      'parts/bags/lights_100%',
      'parts/bags/panniers',
    ]);
  });

  it('takes % and _ literally', async () => {
    const ids = async (q: string) =>
      ((await lookup('categories', q)).body.items as Array<{ id: string }>).map((item) => item.id);
    // As wildcards, "ts_" would match "parts/…" and "1%0" would match "100%".
    expect(await ids('ts_')).toEqual(['parts/bags/lights_100%']);
    expect(await ids('1%0')).toEqual([]);
  });

  it('finds products of any status by name or slug, the exact slug first, at most 20', async () => {
    expect((await lookup('products', 'LAMP')).body.items).toEqual([
      { id: lamp.slug, label: 'Lamp', description: 'lamp' },
    ]);
    const panniers = (await lookup('products', 'pannier')).body.items as Array<{ id: string }>;
    expect(panniers).toHaveLength(20);
    expect((await lookup('products', 'bulk-pannier-3')).body.items![0]).toMatchObject({ id: 'bulk-pannier-3' });
  });

  it('finds variants by SKU, product name or EAN, the exact SKU first, with their options', async () => {
    const bySku = (await lookup('variants', 'cp-20')).body.items as Array<{ id: string }>;
    expect(bySku.map((item) => item.id)).toEqual(['CP-20', 'CP-20-BK']);
    expect((await lookup('variants', '4000000000017')).body.items).toEqual([
      { id: 'CP-20-BK', label: 'CP-20-BK · City Pannier', description: 'Black · 20 l' },
    ]);
    expect((await lookup('variants', 'city pannier')).body.items).toHaveLength(2);
  });

  it('finds brands, and lists the first matches of everything for an empty query', async () => {
    expect((await lookup('brands', 'velo')).body.items).toEqual([
      { id: 'velotec', label: 'Velotec', description: 'velotec' },
    ]);
    expect((await lookup('categories')).body.items!.length).toBeGreaterThan(0);
  });
});
