// The cached product detail: names, prices and relations come from the catalogue cache, stock is read
// on every call. next/cache is replaced by a memo that really caches, so a stale name proves the cache.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { products, stockLevels } from '@/db/schema';
import {
  makeChannel,
  makeProduct,
  makeStock,
  makeStore,
  type MadeChannel,
  type MadeProduct,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { findActiveChannel } from '@/lib/channels/channels.reads';
import { ANONYMOUS_AUDIENCE } from '@/lib/pricing/prices.reads';

const state = vi.hoisted(() => ({ db: undefined as unknown, cache: new Map<string, unknown>() }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('next/cache', () => ({
  unstable_cache:
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>, keyParts: string[]) =>
    async (...args: A): Promise<R> => {
      const key = JSON.stringify([keyParts, args]);
      if (!state.cache.has(key)) state.cache.set(key, JSON.parse(JSON.stringify(await fn(...args))));
      return state.cache.get(key) as R;
    },
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

const { getProductDetail } = await import('./cached-catalog.reads');

let t: TestDatabase;
let web: MadeChannel;
let channel: ChannelContext;
let bike: MadeProduct;
let storeId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  const store = await makeStore(t.db);
  storeId = store.id;
  web = await makeChannel(t.db, { locationIds: [store.id] });
  channel = (await findActiveChannel(t.db, web.code))!;
  bike = await makeProduct(t.db, { name: 'Cached Bike', variants: [{ options: { color: 'Red' }, price: 99_900 }] });
  await makeStock(t.db, { variantId: bike.variants[0]!.id, locationId: store.id, onHand: 7 });
});
afterAll(() => t.drop());

describe('getProductDetail', () => {
  it('serves the product from the cache but reads stock live on every call', async () => {
    const first = (await getProductDetail(channel, bike.slug, ANONYMOUS_AUDIENCE))!;
    expect(first.name).toBe('Cached Bike');
    expect(first.variants[0]!.stock.map((s) => s.quantity)).toEqual([7]);
    expect(first.variants[0]!.price).toEqual({ amount: 99_900, currency: 'EUR' });

    await t.db.update(products).set({ name: 'Renamed Bike' }).where(eq(products.id, bike.id));
    await t.db
      .update(stockLevels)
      .set({ reserved: 5 })
      .where(and(eq(stockLevels.variantId, bike.variants[0]!.id), eq(stockLevels.locationId, storeId)));

    const second = (await getProductDetail(channel, bike.slug, ANONYMOUS_AUDIENCE))!;
    // The name is the cached one (an admin write would have invalidated the tag) ...
    expect(second.name).toBe('Cached Bike');
    // ... while the stock is today's: 7 on hand, 5 reserved.
    expect(second.variants[0]!.stock.map((s) => [s.quantity, s.availability])).toEqual([[2, 'low_stock']]);
    expect(second.variants[0]!.availability).toBe('low_stock');
  });

  it('answers null for a product the channel does not sell', async () => {
    expect(await getProductDetail(channel, 'no-such-product', ANONYMOUS_AUDIENCE)).toBeNull();
  });
});
