// GET /api/v1/products/{slug}/stock: the live part of a product detail, which a product page served
// from the page cache refreshes itself with. It follows the channel rules of every API call.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import {
  actorOf,
  makeAssortmentRule,
  makeCategory,
  makeChannel,
  makeCompany,
  makeProduct,
  makeStock,
  makeStore,
  makeWarehouse,
  uniqueSuffix,
  type MadeProduct,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ db: null as unknown, actor: null as Actor | null }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
// The product base is cached in production; stock never is. Caching off here: every call reads anew.
vi.mock('next/cache', () => ({ unstable_cache: <F>(fn: F) => fn, revalidateTag: vi.fn(), updateTag: vi.fn() }));

const KEY = { 'x-publishable-key': `pk_test_${uniqueSuffix()}` };
let t: TestDatabase;
let bike: MadeProduct;
let jacket: MadeProduct;
let store: { id: string; code: string };
let warehouse: { id: string; code: string };
let member: Actor;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  [store, warehouse] = [await makeStore(t.db), await makeWarehouse(t.db)];
  await makeChannel(t.db, {
    code: channelRouting().storefront,
    key: KEY['x-publishable-key'],
    locationIds: [store.id, warehouse.id],
  });
  const b2b = await makeChannel(t.db, { code: channelRouting().b2b, kind: 'b2b', key: null });
  const [bikes, clothing] = [await makeCategory(t.db), await makeCategory(t.db)];
  bike = await makeProduct(t.db, { category: bikes, variants: [{ price: 99_900 }, { price: 99_900 }] });
  jacket = await makeProduct(t.db, { category: clothing, variants: [{ price: 5_950 }] });
  await makeAssortmentRule(t.db, { channelId: b2b.id, effect: 'exclude', target: { categoryId: clothing.id } });
  const company = await makeCompany(t.db, { members: [{ role: 'buyer' }] });
  member = await actorOf(t.db, company.members[0]!);
});
afterAll(() => t.drop());

async function stock(slug: string, headers: Record<string, string> = KEY) {
  const { GET } = await import('./route');
  const response = await GET(new Request(`http://localhost/api/v1/products/${slug}/stock`, { headers }), {
    params: Promise.resolve({ slug }),
  });
  return { status: response.status, cache: response.headers.get('cache-control'), body: await response.json() };
}

describe('GET /api/v1/products/{slug}/stock', () => {
  it('answers every variant with its stock per location as it is now, never cacheable', async () => {
    state.actor = null;
    const [first, second] = bike.variants;
    await makeStock(t.db, { variantId: first!.id, locationId: store.id, onHand: 3, reserved: 1 });
    await makeStock(t.db, { variantId: second!.id, locationId: warehouse.id, onHand: 40 });
    const before = await stock(bike.slug);
    expect(before.status).toBe(200);
    expect(before.cache).toContain('no-store');
    expect(before.body).toEqual({
      slug: bike.slug,
      variants: [
        {
          sku: first!.sku,
          availability: 'low_stock',
          stock: [expect.objectContaining({ location: store.code, kind: 'store', quantity: 2 })],
        },
        {
          sku: second!.sku,
          availability: 'in_stock',
          stock: [expect.objectContaining({ location: warehouse.code, kind: 'warehouse', quantity: 40 })],
        },
      ],
    });
    // An order reserves the last two in the store: the next answer says so.
    await makeStock(t.db, { variantId: first!.id, locationId: store.id, onHand: 3, reserved: 3 });
    const after = await stock(bike.slug);
    expect(after.body.variants[0]).toMatchObject({
      availability: 'out_of_stock',
      stock: [{ location: store.code, quantity: 0, availability: 'out_of_stock' }],
    });
  });

  it("follows the caller's channel: 404 for a product outside a company member's catalogue", async () => {
    state.actor = member;
    expect((await stock(jacket.slug)).status).toBe(404);
    state.actor = null;
    expect((await stock(jacket.slug)).status).toBe(200);
  });

  it('refuses an unknown key and an invalid slug', async () => {
    state.actor = null;
    expect((await stock(bike.slug, { 'x-publishable-key': 'pk_unknown_key' })).status).toBe(401);
    expect((await stock('Not A Slug')).status).toBe(400);
  });
});
