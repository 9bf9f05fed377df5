// The checkout's pickup stores and slots: only stores that supply the channel and offer pickup; only bookable slots.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelLocations, locations } from '@/db/schema';
import { makeChannel, makeOrder, makeStore, makeWarehouse, type MadeLocation } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findActiveChannel } from '@/lib/channels/channels.reads';
import { findPickupStoreWithSlots, listPickupStoresWithSlots } from './pickup.reads';

// Monday 7 January 2030, 10:30 in Berlin: with the two-hour lead the first bookable slot is 13:00.
const NOW = new Date('2030-01-07T09:30:00Z');
const at = (berlinTime: string, date = '2030-01-07') => new Date(`${date}T${berlinTime}:00+01:00`).toISOString();

let t: TestDatabase;
let web: string;
let webCode: string;
let ber: { id: string; code: string; capacity: number };
let ham: MadeLocation;
let muc: MadeLocation;
let wh1: MadeLocation;

beforeAll(async () => {
  t = await createTestDatabase();
  const berlin = await makeStore(t.db);
  ber = { id: berlin.id, code: berlin.code, capacity: berlin.pickupSlotCapacity };
  ham = await makeStore(t.db);
  muc = await makeStore(t.db);
  wh1 = await makeWarehouse(t.db);
  const channel = await makeChannel(t.db, { locationIds: [berlin.id, ham.id, muc.id, wh1.id] });
  [web, webCode] = [channel.id, channel.code];
});
afterAll(() => t.drop());

const book = (slotStart: string, status: 'placed' | 'cancelled' = 'placed') =>
  makeOrder(t.db, {
    channelId: web,
    email: 'slot@example.com',
    status,
    totalAmount: 1000,
    fulfilment: 'pickup',
    pickupLocationId: ber.id,
    pickupSlotStart: new Date(slotStart),
    pickupSlotEnd: new Date(new Date(slotStart).getTime() + 3600_000),
  });

/** The stores and slots as the checkout reads them: the web channel with its current locations. */
const listPickupStores = async (channelId: string, options: { now: Date; from?: string; days?: number }) => {
  const channel = (await findActiveChannel(t.db, webCode))!;
  expect(channel.id).toBe(channelId);
  return listPickupStoresWithSlots(t.db, channel, options);
};

describe('listPickupStoresWithSlots', () => {
  it('lists the pickup stores of the channel with the next 7 days of bookable slots, grouped by local day', async () => {
    const stores = await listPickupStores(web, { now: NOW });
    expect(stores.map((s) => s.code).sort()).toEqual([ber.code, ham.code, muc.code].sort()); // not the warehouse
    const berlin = stores.find((s) => s.code === ber.code)!;
    expect(berlin.days.map((d) => d.date)).toEqual([
      '2030-01-07',
      '2030-01-08',
      '2030-01-09',
      '2030-01-10',
      '2030-01-11',
      '2030-01-12',
    ]); // closed on Sunday
    const today = berlin.days[0]!.slots;
    // 10:00 to 12:00 are past or within the lead time; 18:00 is the last slot before closing at 19:00.
    expect(today.map((s) => s.start)).toEqual(['13:00', '14:00', '15:00', '16:00', '17:00', '18:00'].map((h) => at(h)));
    expect(today[0]).toEqual({ start: at('13:00'), end: at('14:00'), remaining: ber.capacity });
  });

  it('leaves out full slots and counts only orders that are not cancelled', async () => {
    for (let i = 0; i < ber.capacity; i++) await book(at('14:00'));
    await book(at('15:00'));
    await book(at('15:00'), 'cancelled');
    const berlin = (await listPickupStores(web, { now: NOW })).find((s) => s.code === ber.code)!;
    const today = berlin.days[0]!.slots;
    expect(today.map((s) => s.start)).not.toContain(at('14:00'));
    expect(today.find((s) => s.start === at('15:00'))!.remaining).toBe(ber.capacity - 1);
    // Other stores are not affected by Berlin's bookings.
    const hamburg = (await listPickupStores(web, { now: NOW })).find((s) => s.code === ham.code)!;
    expect(hamburg.days[0]!.slots.map((s) => s.start)).toContain(at('14:00'));
  });

  it('leaves out stores without pickup and stores that do not supply the channel', async () => {
    await t.db.update(locations).set({ pickupEnabled: false }).where(eq(locations.id, ham.id));
    await t.db
      .delete(channelLocations)
      .where(and(eq(channelLocations.channelId, web), eq(channelLocations.locationId, muc.id)));
    expect((await listPickupStores(web, { now: NOW })).map((s) => s.code)).toEqual([ber.code]);
    await t.db.update(locations).set({ pickupEnabled: true }).where(eq(locations.id, ham.id));
    await t.db.insert(channelLocations).values({ channelId: web, locationId: muc.id });
  });

  it('starts the window on a given local day', async () => {
    const berlin = (await listPickupStores(web, { now: NOW, from: '2030-01-09', days: 2 })).find(
      (s) => s.code === ber.code,
    )!;
    expect(berlin.days.map((d) => d.date)).toEqual(['2030-01-09', '2030-01-10']);
    expect(berlin.days[0]!.slots[0]).toEqual({
      start: at('10:00', '2030-01-09'),
      end: at('11:00', '2030-01-09'),
      remaining: ber.capacity,
    });
    expect(berlin).toMatchObject({ pickupSlotMinutes: 60, pickupSlotCapacity: ber.capacity });
    // Days before today have no slots left.
    expect(
      (await listPickupStores(web, { now: NOW, from: '2030-01-05', days: 3 }))
        .find((s) => s.code === ber.code)!
        .days.map((d) => d.date),
    ).toEqual(['2030-01-07']);
  });

  it('finds one click & collect store of the channel with its slots, and no other location', async () => {
    const channel = (await findActiveChannel(t.db, webCode))!;
    const berlin = await findPickupStoreWithSlots(t.db, channel, ber.id, { now: NOW, from: '2030-01-08', days: 1 });
    expect(berlin).toMatchObject({ id: ber.id, code: ber.code, days: [{ date: '2030-01-08' }] });
    expect(berlin!.days[0]!.slots).toHaveLength(9);
    expect(await findPickupStoreWithSlots(t.db, channel, wh1.id, { now: NOW })).toBeNull();
    expect(await findPickupStoreWithSlots(t.db, { locationIds: [] }, ber.id, { now: NOW })).toBeNull();
  });

  it('offers nothing after the window ends', async () => {
    const stores = await listPickupStores(web, { now: NOW, days: 0 });
    expect(stores.every((s) => s.days.length === 0)).toBe(true);
  });
});
