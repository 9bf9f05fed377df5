// The availability answer through every consumer, on real PostgreSQL: the rule, the product page's read,
// the checkout's slot list (and so the pickup-slots API) and order placement must agree, for stock in
// the store / only in the warehouse / nowhere, before and after the cut-off, and with closed days.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findProductDetail } from '@/lib/catalog/product-detail.reads';
import { placeOrder } from '@/lib/checkout/checkout.writes';
import { findPickupStoreWithSlots } from '@/lib/pickup/pickup.reads';
import type { OpeningHours } from '@/lib/pickup/pickup-slots.rules';
import {
  makeCart,
  makeChannel,
  makeProduct,
  makeStock,
  makeStore,
  makeWarehouse,
  STORE_HOURS,
  type MadeChannel,
  type MadeLocation,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { listVariantStock } from './stock.reads';
import {
  resolveAvailability,
  resolveFulfilmentPromise,
  type AvailabilitySettings,
  type PromiseStore,
} from './fulfilment-promise.rules';

vi.stubEnv('GUEST_ORDERS_PER_IP', '0');
vi.stubEnv('GUEST_ORDERS_PER_EMAIL', '0');

const SETTINGS: AvailabilitySettings = { transferBusinessDays: 2, leadMinutes: 120 };
/** Closed on Tuesday and Wednesday: a transfer arriving on Wednesday waits until Thursday. */
const CLOSED_MIDWEEK: OpeningHours = { ...STORE_HOURS, '2': [], '3': [] };
// 2030-01-07 is a Monday (CET, UTC+1). 10:00 is before the cut-off; at 17:30 a pickup ready after the
// two-hour lead time would be after closing (19:00).
const BEFORE_CUT_OFF = new Date('2030-01-07T09:00:00Z');
const AFTER_CUT_OFF = new Date('2030-01-07T16:30:00Z');

type Where = 'store' | 'warehouse' | 'nowhere';
type Expected = { kind: 'in_store' | 'transfer' | 'unavailable'; date: string | null };
const MATRIX: Array<[Where, 'before' | 'after', 'regular' | 'closed midweek', Expected]> = [
  ['store', 'before', 'regular', { kind: 'in_store', date: '2030-01-07' }],
  ['store', 'after', 'regular', { kind: 'in_store', date: '2030-01-08' }],
  ['store', 'before', 'closed midweek', { kind: 'in_store', date: '2030-01-07' }],
  ['store', 'after', 'closed midweek', { kind: 'in_store', date: '2030-01-10' }],
  ['warehouse', 'before', 'regular', { kind: 'transfer', date: '2030-01-09' }],
  ['warehouse', 'after', 'regular', { kind: 'transfer', date: '2030-01-09' }],
  ['warehouse', 'before', 'closed midweek', { kind: 'transfer', date: '2030-01-10' }],
  ['warehouse', 'after', 'closed midweek', { kind: 'transfer', date: '2030-01-10' }],
  ['nowhere', 'before', 'regular', { kind: 'unavailable', date: null }],
  ['nowhere', 'after', 'regular', { kind: 'unavailable', date: null }],
  ['nowhere', 'before', 'closed midweek', { kind: 'unavailable', date: null }],
  ['nowhere', 'after', 'closed midweek', { kind: 'unavailable', date: null }],
];

let t: TestDatabase;
let channel: MadeChannel;
let warehouse: MadeLocation;
/** One store per row, so that the rows' orders never share a slot's capacity. */
const stores = new Map<number, MadeLocation>();

const promiseStore = (s: MadeLocation): PromiseStore => ({
  code: s.code,
  name: s.name,
  timeZone: s.timeZone,
  openingHours: s.openingHours,
});

beforeAll(async () => {
  t = await createTestDatabase();
  warehouse = await makeWarehouse(t.db);
  for (const [i, row] of MATRIX.entries())
    stores.set(i, await makeStore(t.db, { openingHours: row[2] === 'regular' ? STORE_HOURS : CLOSED_MIDWEEK }));
  channel = await makeChannel(t.db, { locationIds: [warehouse, ...stores.values()].map((l) => l.id) });
});
afterAll(() => t.drop());

describe('one availability answer', () => {
  it.each(MATRIX.map((row, i) => [i, ...row] as const))(
    '#%i stock in %s, %s the cut-off, %s store: rule, product page, slots and order agree',
    async (i, where, moment, _hours, expected) => {
      const now = moment === 'before' ? BEFORE_CUT_OFF : AFTER_CUT_OFF;
      const store = stores.get(i)!;
      const product = await makeProduct(t.db, { variants: [{ price: 4_990 }] });
      const variant = product.variants[0]!;
      await makeStock(t.db, { variantId: variant.id, locationId: store.id, onHand: where === 'store' ? 3 : 0 });
      await makeStock(t.db, { variantId: variant.id, locationId: warehouse.id, onHand: where === 'warehouse' ? 3 : 0 });

      // The rule, on the stock as the database holds it.
      const stock = (await listVariantStock(t.db, channel, [variant.id])).get(variant.id)!;
      const rule = resolveAvailability({
        lines: [{ key: variant.id, quantity: 1, stock }],
        store: promiseStore(store),
        now,
        settings: SETTINGS,
      }).pickup!;
      expect({ kind: rule.kind, date: rule.kind === 'unavailable' ? null : rule.date }).toEqual(expected);

      // The product page: its read's stock through the same rule.
      const detail = (await findProductDetail(t.db, channel, product.slug, undefined, now))!;
      const page = resolveFulfilmentPromise({
        stock: detail.variants[0]!.stock,
        store: promiseStore(store),
        now,
        settings: SETTINGS,
      }).pickup!;
      expect({ kind: page.kind, date: page.kind === 'unavailable' ? null : page.date }).toEqual(expected);

      // The checkout's slot list (and the pickup-slots API, which reads the same).
      const lines = [{ variantId: variant.id, quantity: 1 }];
      const slots = (await findPickupStoreWithSlots(t.db, channel, store.id, {
        now,
        days: 7,
        lines,
        settings: SETTINGS,
      }))!;
      expect(slots.availability).toEqual({ kind: expected.kind, from: expected.date });
      expect(slots.days[0]?.date ?? null).toBe(expected.date);

      // Placing the order: a slot the list offers is taken, and the order is what was promised.
      const cartId = (await makeCart(t.db, { channelId: channel.id, userId: null, lines })).id;
      // The store's first slot regardless of stock (what the list offered before it asked the answer).
      const firstDay = (await findPickupStoreWithSlots(t.db, channel, store.id, { now, days: 7 }))!.days[0]!;
      const anySlot = firstDay.slots[0]!;
      const request = (start: string) => ({
        cartId,
        idempotencyKey: `key-${randomUUID()}`,
        email: 'matrix@example.com',
        fulfilment: 'pickup',
        pickupLocationId: store.id,
        pickupSlotStart: start,
        payment: { method: 'pay_at_pickup' },
      });
      const options = { channel, now, availability: SETTINGS };
      if (expected.kind === 'unavailable') {
        await expect(placeOrder(t.db, null, request(anySlot.start), options)).rejects.toMatchObject({
          status: 409,
          code: 'stock.insufficient',
          params: { product: product.name, sku: variant.sku, available: 0 },
        });
        return;
      }
      if (expected.kind === 'transfer' && firstDay.date < expected.date!)
        // A slot before the arrival day is refused, naming the day.
        await expect(placeOrder(t.db, null, request(anySlot.start), options)).rejects.toMatchObject({
          status: 422,
          code: 'slot.before_arrival',
          params: { date: expected.date },
        });
      const { order } = await placeOrder(t.db, null, request(slots.days[0]!.slots[0]!.start), options);
      expect(order.fulfilment).toBe(expected.kind === 'in_store' ? 'pickup' : 'ship_to_store');
      expect(order.pickupLocation?.id).toBe(store.id);
      expect(order.pickupSlot?.start).toBe(slots.days[0]!.slots[0]!.start);
      expect(order.lines[0]!.locationId).toBe(expected.kind === 'in_store' ? store.id : warehouse.id);
    },
  );

  it('answers for a whole cart: one line in the store, one only in the warehouse → ship to store, each reserved where it is', async () => {
    const store = await makeStore(t.db);
    const cartChannel = await makeChannel(t.db, { locationIds: [warehouse.id, store.id] });
    const [a, b] = [await makeProduct(t.db), await makeProduct(t.db)].map((p) => p.variants[0]!);
    await makeStock(t.db, { variantId: a!.id, locationId: store.id, onHand: 2 });
    await makeStock(t.db, { variantId: b!.id, locationId: store.id, onHand: 1 });
    await makeStock(t.db, { variantId: b!.id, locationId: warehouse.id, onHand: 5 });
    const lines = [
      { variantId: a!.id, quantity: 2 },
      // More than the store holds: the warehouse supplies the whole line.
      { variantId: b!.id, quantity: 3 },
    ];
    const slots = (await findPickupStoreWithSlots(t.db, cartChannel, store.id, {
      now: BEFORE_CUT_OFF,
      lines,
      settings: SETTINGS,
    }))!;
    expect(slots.availability).toEqual({ kind: 'transfer', from: '2030-01-09' });
    const cartId = (await makeCart(t.db, { channelId: cartChannel.id, userId: null, lines })).id;
    const { order } = await placeOrder(
      t.db,
      null,
      {
        cartId,
        idempotencyKey: `key-${randomUUID()}`,
        email: 'cart@example.com',
        fulfilment: 'pickup',
        pickupLocationId: store.id,
        pickupSlotStart: slots.days[0]!.slots[0]!.start,
        payment: { method: 'pay_at_pickup' },
      },
      { channel: cartChannel, now: BEFORE_CUT_OFF, availability: SETTINGS },
    );
    expect(order.fulfilment).toBe('ship_to_store');
    const where = Object.fromEntries(order.lines.map((l) => [l.sku, l.locationId]));
    expect(where).toEqual({ [a!.sku]: store.id, [b!.sku]: warehouse.id });
  });

  it('parallel pickups of a warehouse-only item at a store: exactly the warehouse stock is taken, as ship to store', async () => {
    const store = await makeStore(t.db, { pickupSlotCapacity: 50 });
    const parallelChannel = await makeChannel(t.db, { locationIds: [warehouse.id, store.id] });
    const variant = (await makeProduct(t.db)).variants[0]!;
    await makeStock(t.db, { variantId: variant.id, locationId: warehouse.id, onHand: 3 });
    const lines = [{ variantId: variant.id, quantity: 1 }];
    const slot = (await findPickupStoreWithSlots(t.db, parallelChannel, store.id, {
      now: BEFORE_CUT_OFF,
      lines,
      settings: SETTINGS,
    }))!.days[0]!.slots[0]!.start;
    const carts = await Promise.all(
      Array.from({ length: 8 }, () => makeCart(t.db, { channelId: parallelChannel.id, userId: null, lines })),
    );
    const results = await Promise.allSettled(
      carts.map((cart) =>
        placeOrder(
          t.db,
          null,
          {
            cartId: cart.id,
            idempotencyKey: `key-${randomUUID()}`,
            email: 'race@example.com',
            fulfilment: 'pickup',
            pickupLocationId: store.id,
            pickupSlotStart: slot,
            payment: { method: 'pay_at_pickup' },
          },
          { channel: parallelChannel, now: BEFORE_CUT_OFF, availability: SETTINGS },
        ),
      ),
    );
    const placed = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.order] : []));
    expect(placed).toHaveLength(3);
    for (const order of placed) expect(order.fulfilment).toBe('ship_to_store');
    for (const r of results)
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 409, code: 'stock.insufficient' });
    const after = (await listVariantStock(t.db, parallelChannel, [variant.id])).get(variant.id)!;
    expect(after.find((s) => s.kind === 'warehouse')?.quantity).toBe(0);
  });
});
