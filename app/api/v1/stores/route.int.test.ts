// The store API through its route handlers: GET /stores and GET /stores/{id}/pickup-slots, the channel
// from the publishable key; slots fill up as orders book them.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { locations } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/checkout.writes';
import {
  makeCart,
  makeChannel,
  makeCustomer,
  makeProduct,
  makeStock,
  makeStore,
  makeWarehouse,
  uniqueSuffix,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { availabilitySettings, resolveAvailability } from '@/lib/inventory/fulfilment-promise.rules';

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => null }));
vi.mock('next/cache', () => ({ unstable_cache: <F>(fn: F) => fn, revalidateTag: vi.fn(), updateTag: vi.fn() }));

const WEB = { 'x-publishable-key': `pk_test_${uniqueSuffix()}` };
const MARKETPLACE = { 'x-publishable-key': `pk_test_${uniqueSuffix()}` };
// Monday 7 January 2030; Berlin opens 10:00–19:00 on weekdays and is closed on Sundays.
const MONDAY = '2030-01-07';
const CAPACITY = 2;

let t: TestDatabase;
let web: string;
let variantId: string;
let store: Record<'BER' | 'HAM' | 'MUC' | 'WH1', typeof locations.$inferSelect>;

const listStores = async (headers: Record<string, string>) =>
  (await import('./route')).GET(new Request('http://localhost/api/v1/stores', { headers }));
async function slots(id: string, query = '', headers: Record<string, string> = WEB) {
  const { GET } = await import('./[id]/pickup-slots/route');
  return GET(new Request(`http://localhost/api/v1/stores/${id}/pickup-slots${query}`, { headers }), {
    params: Promise.resolve({ id }),
  });
}
const berlin = (hhmm: string, date = MONDAY) => new Date(`${date}T${hhmm}:00+01:00`).toISOString();

/** A guest's click & collect order at Berlin in the given slot, placed through the checkout service. */
async function book(slotStart: string) {
  const cart = await makeCart(t.db, { channelId: web, lines: [{ variantId, quantity: 1 }] });
  return placeOrder(t.db, null, {
    cartId: cart.id,
    idempotencyKey: `key-${randomUUID()}`,
    email: 'slots@example.com',
    fulfilment: 'pickup',
    pickupLocationId: store.BER.id,
    pickupSlotStart: slotStart,
    payment: { method: 'pay_at_pickup' },
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  // Made out of city order, so the listing's order is its own.
  store = {
    HAM: await makeStore(t.db, { city: 'Hamburg' }),
    MUC: await makeStore(t.db, { city: 'München' }),
    BER: await makeStore(t.db, {
      name: 'Test Store Berlin',
      street: 'Friedrichstraße 112',
      postalCode: '10117',
      city: 'Berlin',
      pickupSlotCapacity: CAPACITY,
    }),
    WH1: await makeWarehouse(t.db, { city: 'Kassel' }),
  };
  web = (
    await makeChannel(t.db, {
      key: WEB['x-publishable-key'],
      locationIds: [store.BER.id, store.HAM.id, store.MUC.id, store.WH1.id],
    })
  ).id;
  // The marketplace channel sells from the warehouse only.
  await makeChannel(t.db, {
    kind: 'marketplace',
    key: MARKETPLACE['x-publishable-key'],
    locationIds: [store.WH1.id],
  });
  variantId = (await makeProduct(t.db)).variants[0]!.id;
  await makeStock(t.db, { variantId, locationId: store.BER.id, onHand: 50 });
});
afterAll(() => t.drop());

describe('GET /api/v1/stores', () => {
  it("lists the active stores with address and opening hours, and click & collect for the key's channel", async () => {
    const response = await listStores(WEB);
    expect(response.status).toBe(200);
    const { items } = await response.json();
    expect(items.map((s: { code: string }) => s.code)).toEqual([store.BER.code, store.HAM.code, store.MUC.code]); // by city; no warehouse
    expect(items[0]).toEqual({
      id: store.BER.id,
      code: store.BER.code,
      name: 'Test Store Berlin',
      address: { street: 'Friedrichstraße 112', postalCode: '10117', city: 'Berlin', country: 'DE' },
      timeZone: 'Europe/Berlin',
      openingHours: expect.arrayContaining([{ weekday: 1, opens: '10:00', closes: '19:00' }]),
      clickAndCollect: true,
    });
    expect(items[0].openingHours.some((h: { weekday: number }) => h.weekday === 7)).toBe(false);
    expect(items.every((s: { clickAndCollect: boolean }) => s.clickAndCollect)).toBe(true);
  });

  it('says no click & collect where the channel is not supplied by the store', async () => {
    const { items } = await (await listStores(MARKETPLACE)).json();
    expect(items.map((s: { code: string; clickAndCollect: boolean }) => [s.code, s.clickAndCollect])).toEqual([
      [store.BER.code, false],
      [store.HAM.code, false],
      [store.MUC.code, false],
    ]);
  });

  it('needs a known publishable key (401)', async () => {
    for (const headers of [{}, { 'x-publishable-key': 'pk_unknown_key' }] as Array<Record<string, string>>) {
      const response = await listStores(headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});

describe('GET /api/v1/stores/{id}/pickup-slots', () => {
  it("cuts a day's slots from the opening hours, with full remaining capacity, from a given local day", async () => {
    const response = await slots(store.BER.id, `?from=${MONDAY}&days=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({
      store: { id: store.BER.id, code: store.BER.code, name: 'Test Store Berlin', timeZone: 'Europe/Berlin' },
      from: MONDAY,
      to: MONDAY,
      slotMinutes: 60,
      slotCapacity: CAPACITY,
    });
    expect(body.days).toHaveLength(1);
    expect(body.days[0].date).toBe(MONDAY);
    // 10:00 to 18:00; the last slot ends when the store closes at 19:00.
    expect(body.days[0].slots.map((s: { start: string }) => s.start)).toEqual(
      ['10', '11', '12', '13', '14', '15', '16', '17', '18'].map((h) => berlin(`${h}:00`)),
    );
    expect(body.days[0].slots[0]).toEqual({ start: berlin('10:00'), end: berlin('11:00'), remaining: CAPACITY });
  });

  it('covers 7 days by default and at most 14; closed days are left out', async () => {
    const week = await (await slots(store.BER.id, `?from=${MONDAY}`)).json();
    expect(week.to).toBe('2030-01-13');
    expect(week.days.map((d: { date: string }) => d.date)).toEqual([
      '2030-01-07',
      '2030-01-08',
      '2030-01-09',
      '2030-01-10',
      '2030-01-11',
      '2030-01-12',
    ]);
    const fortnight = await (await slots(store.BER.id, `?from=${MONDAY}&days=14`)).json();
    expect(fortnight.to).toBe('2030-01-20');
    expect(fortnight.days).toHaveLength(12);
    expect((await (await slots(store.BER.id, '?from=2030-01-06&days=1')).json()).days).toEqual([]); // a Sunday
  });

  it('starts today in the store’s time zone and leaves out past slots', async () => {
    const body = await (await slots(store.BER.id)).json();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    expect(body.from).toBe(today);
    const starts = body.days.flatMap((d: { slots: Array<{ start: string }> }) =>
      d.slots.map((s) => Date.parse(s.start)),
    );
    expect(starts.length).toBeGreaterThan(0);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(Date.now() + 120 * 60_000 - 60_000);
  });

  it('counts orders that book a slot and leaves the slot out once it is full', async () => {
    const before = await (await slots(store.BER.id)).json();
    // A slot days ahead, so the clock cannot move it into the lead time during the test.
    const slot = before.days.at(-1).slots[0];
    expect(slot.remaining).toBe(CAPACITY);
    const find = async () => {
      const body = await (await slots(store.BER.id)).json();
      return body.days
        .flatMap((d: { slots: Array<{ start: string; remaining: number }> }) => d.slots)
        .find((s: { start: string }) => s.start === slot.start);
    };

    await book(slot.start);
    expect(await find()).toEqual({ ...slot, remaining: CAPACITY - 1 });
    await book(slot.start);
    expect(await find()).toBeUndefined();
    // The next slot of that day is untouched, and the checkout refuses the full one.
    const after = await (await slots(store.BER.id)).json();
    expect(after.days.at(-1).slots[0]).toEqual({ ...before.days.at(-1).slots[1], remaining: CAPACITY });
    await expect(book(slot.start)).rejects.toMatchObject({
      status: 422,
      code: 'slot.full',
    });
  });

  it('answers 400 with the field for a bad from or days', async () => {
    const cases: Array<[string, string]> = [
      ['?days=0', 'days'],
      ['?days=15', 'days'],
      ['?days=abc', 'days'],
      ['?days=1.5', 'days'],
      ['?days=1&days=2', 'days'],
      ['?from=2030-02-30', 'from'],
      ['?from=07.01.2030', 'from'],
      ['?from=2030-01-07T10:00:00Z', 'from'],
    ];
    for (const [query, field] of cases) {
      const response = await slots(store.BER.id, query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(Object.keys((await response.json()).errors), query).toEqual([field]);
    }
  });

  it('answers 404 for unknown stores, warehouses and stores without click & collect in the channel', async () => {
    const notFound = async (id: string, headers: Record<string, string> = WEB) => {
      const response = await slots(id, '', headers);
      expect(response.status, id).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    };
    await notFound(randomUUID());
    await notFound(store.BER.code);
    await notFound(store.WH1.id);
    await notFound(store.BER.id, MARKETPLACE); // the store does not supply the marketplace channel
    await t.db.update(locations).set({ pickupEnabled: false }).where(eq(locations.id, store.HAM.id));
    try {
      await notFound(store.HAM.id);
    } finally {
      await t.db.update(locations).set({ pickupEnabled: true }).where(eq(locations.id, store.HAM.id));
    }
    expect((await slots(store.HAM.id)).status).toBe(200);
  });

  it('needs a known publishable key (401), checked before anything else', async () => {
    for (const headers of [{}, { 'x-publishable-key': 'pk_unknown_key' }] as Array<Record<string, string>>) {
      expect((await slots(store.BER.id, '', headers)).status).toBe(401);
      expect((await slots(randomUUID(), '?days=99', headers)).status).toBe(401);
    }
  });

  it('answers for an item or a cart: slots from the arrival day when only the warehouse holds it, none where nothing is', async () => {
    const warehouseOnly = (await makeProduct(t.db)).variants[0]!;
    await makeStock(t.db, { variantId: warehouseOnly.id, locationId: store.WH1.id, onHand: 4 });
    const now = new Date();
    const expected = resolveAvailability({
      lines: [{ key: 'x', quantity: 2, stock: [{ locationCode: store.WH1.code, kind: 'warehouse', quantity: 4 }] }],
      store: {
        code: store.BER.code,
        name: store.BER.name,
        timeZone: store.BER.timeZone,
        openingHours: store.BER.openingHours,
      },
      now,
      settings: availabilitySettings(process.env),
    }).pickup!;
    expect(expected.kind).toBe('transfer');
    const date = expected.kind === 'transfer' ? expected.date : '';

    const bySku = await (await slots(store.BER.id, `?sku=${warehouseOnly.sku}&quantity=2&days=14`)).json();
    expect(bySku.availability).toEqual({ kind: 'transfer', from: date });
    expect(bySku.days[0].date).toBe(date);

    const cart = await makeCart(t.db, { channelId: web, lines: [{ variantId: warehouseOnly.id, quantity: 2 }] });
    const byCart = await (await slots(store.BER.id, `?cartId=${cart.id}&days=14`)).json();
    expect(byCart.availability).toEqual({ kind: 'transfer', from: date });
    expect(byCart.days).toEqual(bySku.days);

    // Five are more than anywhere holds: no slots at all.
    const tooMany = await (await slots(store.BER.id, `?sku=${warehouseOnly.sku}&quantity=5`)).json();
    expect(tooMany).toMatchObject({ availability: { kind: 'unavailable', from: null }, days: [] });

    // Someone else's cart is as unknown as a missing one; an unknown SKU is named.
    const theirs = await makeCart(t.db, { channelId: web, userId: (await makeCustomer(t.db)).id });
    expect((await slots(store.BER.id, `?cartId=${theirs.id}`)).status).toBe(404);
    const unknown = await slots(store.BER.id, '?sku=NO-SUCH-SKU');
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ code: 'product.unknown_sku' });
  });
});
