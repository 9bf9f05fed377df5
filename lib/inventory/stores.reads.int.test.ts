import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '@/db/schema';
import { makeChannel, makeStore, makeWarehouse, type MadeChannel, type MadeLocation } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { listPickupStores, listStoreDetails } from './stores.reads';

let t: TestDatabase;
let web: MadeChannel;
let b2b: MadeChannel;
let ber: MadeLocation;
let ham: MadeLocation;
let muc: MadeLocation;

beforeAll(async () => {
  t = await createTestDatabase();
  // Made out of city order, so the listing's order is its own.
  ham = await makeStore(t.db, { city: 'Hamburg' });
  muc = await makeStore(t.db, { city: 'München' });
  ber = await makeStore(t.db, {
    name: 'Test Store Berlin',
    street: 'Friedrichstraße 112',
    postalCode: '10117',
    city: 'Berlin',
  });
  const wh = await makeWarehouse(t.db, { city: 'Augsburg' });
  const all = [wh.id, ber.id, ham.id, muc.id];
  web = await makeChannel(t.db, { locationIds: all });
  b2b = await makeChannel(t.db, { kind: 'b2b', locationIds: all });
});
afterAll(() => t.drop());

describe('listStoreDetails', () => {
  it('lists active stores (no warehouses) by city with address, time zone, hours and click & collect', async () => {
    const stores = await listStoreDetails(t.db, web);
    expect(stores.map((s) => s.code)).toEqual([ber.code, ham.code, muc.code]);
    expect(stores[0]).toMatchObject({
      name: 'Test Store Berlin',
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
    await t.db.update(locations).set({ pickupEnabled: false }).where(eq(locations.id, muc.id));
    try {
      expect((await listStoreDetails(t.db, web)).find((s) => s.code === muc.code)?.pickup).toBe(false);
      expect((await listPickupStores(t.db, web)).map((s) => s.code)).toEqual([ber.code, ham.code]);
      expect(await listPickupStores(t.db, { locationIds: [] })).toEqual([]);
      expect((await listPickupStores(t.db, b2b)).map((s) => s.code)).toEqual([ber.code, ham.code]);
      expect((await listPickupStores(t.db, { locationIds: [ham.id] })).map((s) => s.code)).toEqual([ham.code]);
    } finally {
      await t.db.update(locations).set({ pickupEnabled: true }).where(eq(locations.id, muc.id));
    }
  });

  it('leaves out inactive stores', async () => {
    await t.db.update(locations).set({ active: false }).where(eq(locations.id, ham.id));
    try {
      expect((await listStoreDetails(t.db, web)).map((s) => s.code)).toEqual([ber.code, muc.code]);
    } finally {
      await t.db.update(locations).set({ active: true }).where(eq(locations.id, ham.id));
    }
  });

  it('reads all stores in one query', async () => {
    t.queries.length = 0;
    await listStoreDetails(t.db, web);
    expect(t.queries).toHaveLength(1);
  });
});
