import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findActiveChannel, type ChannelContext } from '@/lib/channels/channels.reads';
import { listPickupStores, listStoreDetails } from './stores.reads';

let t: TestDatabase;
let web: ChannelContext;
let b2b: ChannelContext;

beforeAll(async () => {
  t = await createTestDatabase();
  web = (await findActiveChannel(t.db, 'web'))!;
  b2b = (await findActiveChannel(t.db, 'b2b'))!;
});
afterAll(() => t.drop());

describe('listStoreDetails', () => {
  it('lists active stores (no warehouses) by city with address, time zone, hours and click & collect', async () => {
    const stores = await listStoreDetails(t.db, web);
    expect(stores.map((s) => s.code)).toEqual(['BER', 'HAM', 'MUC']);
    expect(stores[0]).toMatchObject({
      name: 'Velo & Outdoor Berlin',
      street: 'Friedrichstraße 112',
      postalCode: '10117',
      city: 'Berlin',
      timeZone: 'Europe/Berlin',
      pickup: true,
    });
    expect(stores[0]!.openingHours['1']).toEqual([['10:00', '19:00']]);
    expect(stores[0]!.openingHours['7']).toBeUndefined();
  });

  it('offers click & collect only where pickup is enabled and the store supplies the channel', async () => {
    await t.db.update(locations).set({ pickupEnabled: false }).where(eq(locations.code, 'MUC'));
    try {
      expect((await listStoreDetails(t.db, web)).find((s) => s.code === 'MUC')?.pickup).toBe(false);
      expect((await listPickupStores(t.db, web)).map((s) => s.code)).toEqual(['BER', 'HAM']);
      expect(await listPickupStores(t.db, { locationIds: [] })).toEqual([]);
      expect((await listPickupStores(t.db, b2b)).map((s) => s.code)).toEqual(['BER', 'HAM']);
    } finally {
      await t.db.update(locations).set({ pickupEnabled: true }).where(eq(locations.code, 'MUC'));
    }
  });

  it('leaves out inactive stores', async () => {
    await t.db.update(locations).set({ active: false }).where(eq(locations.code, 'HAM'));
    try {
      expect((await listStoreDetails(t.db, web)).map((s) => s.code)).toEqual(['BER', 'MUC']);
    } finally {
      await t.db.update(locations).set({ active: true }).where(eq(locations.code, 'HAM'));
    }
  });

  it('reads all stores in one query', async () => {
    t.queries.length = 0;
    await listStoreDetails(t.db, web);
    expect(t.queries).toHaveLength(1);
  });
});
