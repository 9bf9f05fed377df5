// Returns put stock back: a returned order's goods are on hand again at each line's location, once.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations, orderEvents, orders, stockLevels } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { pickupSlots } from '@/lib/pickup/pickup-slots.rules';
import { localDateOf } from '@/lib/platform/time-zone.rules';
import {
  actorOf,
  makeAdmin,
  makeCart,
  makeChannel,
  makeCustomer,
  makeProduct,
  makeStaff,
  makeStock,
  makeStore,
  makeWarehouse,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { placeOrder } from '@/lib/checkout/checkout.writes';
import { transitionOrder } from './orders.writes';
import { recordPickupPayment } from '@/lib/pickup/pickup-payment.writes';

let t: TestDatabase;
let web: string;
let ber: typeof locations.$inferSelect;
let ham: typeof locations.$inferSelect;
let wh1: typeof locations.$inferSelect;
let first: { id: string; sku: string };
let second: { id: string; sku: string };
let customer: Actor;
let admin: Actor;
let staffBerlin: Actor;

const key = () => `key-${randomUUID()}`;
const address = { name: 'Chris Customer', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' };

async function setStock(variantId: string, locationId: string, onHand: number, reserved = 0) {
  await makeStock(t.db, { variantId, locationId, onHand, reserved });
}
async function stockOf(variantId: string, locationId: string) {
  const [row] = await t.db
    .select({ onHand: stockLevels.onHand, reserved: stockLevels.reserved })
    .from(stockLevels)
    .where(and(eq(stockLevels.variantId, variantId), eq(stockLevels.locationId, locationId)));
  return row!;
}
async function newCart(lines: Array<{ variantId: string; quantity: number }>) {
  return (await makeCart(t.db, { channelId: web, userId: customer.userId, lines })).id;
}
async function statusOf(orderId: string) {
  return (await t.db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]!.status;
}
async function eventsOf(orderId: string) {
  const rows = await t.db
    .select({ from: orderEvents.fromStatus, to: orderEvents.toStatus })
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(orderEvents.createdAt);
  return rows.map((e) => `${e.from}→${e.to}`);
}

beforeAll(async () => {
  t = await createTestDatabase();
  [ber, ham, wh1] = [await makeStore(t.db), await makeStore(t.db), await makeWarehouse(t.db)];
  web = (await makeChannel(t.db, { locationIds: [ber.id, ham.id, wh1.id] })).id;
  [first, second] = [(await makeProduct(t.db)).variants[0]!, (await makeProduct(t.db)).variants[0]!];
  customer = await actorOf(t.db, await makeCustomer(t.db));
  admin = await actorOf(t.db, await makeAdmin(t.db));
  staffBerlin = await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber.id] }));
});
afterAll(() => t.drop());

/** A click & collect order at Berlin, handed over: its stock is consumed. */
async function collectedOrder(lines: Array<{ variantId: string; quantity: number }>) {
  const now = new Date();
  const slot = pickupSlots(ber, localDateOf(now, ber.timeZone), 8, { now })
    .find((s) => s.bookable)!
    .start.toISOString();
  const { order } = await placeOrder(t.db, customer, {
    cartId: await newCart(lines),
    idempotencyKey: key(),
    email: customer.email,
    fulfilment: 'pickup',
    pickupLocationId: ber.id,
    pickupSlotStart: slot,
    payment: { method: 'pay_at_pickup' },
  });
  for (const to of ['confirmed', 'picking', 'ready_for_pickup']) await transitionOrder(t.db, staffBerlin, order.id, to);
  // Pay at pickup: paid at the terminal before it is handed over.
  await recordPickupPayment(t.db, staffBerlin, { orderId: order.id, reference: `TID-${order.number}` });
  await transitionOrder(t.db, staffBerlin, order.id, 'collected');
  return order;
}

describe('returning an order', () => {
  it('collected → returned puts every line back on hand at its store; a second return is refused and changes nothing', async () => {
    await setStock(first.id, ber.id, 6);
    await setStock(second.id, ber.id, 3);
    const order = await collectedOrder([
      { variantId: first.id, quantity: 2 },
      { variantId: second.id, quantity: 1 },
    ]);
    expect(await stockOf(first.id, ber.id)).toEqual({ onHand: 4, reserved: 0 });
    expect(await stockOf(second.id, ber.id)).toEqual({ onHand: 2, reserved: 0 });

    const returned = await transitionOrder(t.db, staffBerlin, order.id, 'returned', 'Wrong size');
    expect(returned.status).toBe('returned');
    expect(await stockOf(first.id, ber.id)).toEqual({ onHand: 6, reserved: 0 });
    expect(await stockOf(second.id, ber.id)).toEqual({ onHand: 3, reserved: 0 });
    expect((await eventsOf(order.id)).at(-1)).toBe('collected→returned');

    await expect(transitionOrder(t.db, staffBerlin, order.id, 'returned')).rejects.toMatchObject({
      status: 409,
      code: 'order.transition_invalid',
      params: { from: 'returned', to: 'returned' },
    });
    expect(await statusOf(order.id)).toBe('returned');
    expect(await stockOf(first.id, ber.id)).toEqual({ onHand: 6, reserved: 0 });
    expect(await stockOf(second.id, ber.id)).toEqual({ onHand: 3, reserved: 0 });
    expect(await eventsOf(order.id)).toHaveLength(6);
  });

  it('adds to the stock as counted now, even after the shelf was sold out meanwhile', async () => {
    await setStock(first.id, ber.id, 2);
    const order = await collectedOrder([{ variantId: first.id, quantity: 2 }]);
    expect(await stockOf(first.id, ber.id)).toEqual({ onHand: 0, reserved: 0 });
    await setStock(first.id, ber.id, 1, 1); // restocked by a delivery, one unit reserved by another order
    await transitionOrder(t.db, staffBerlin, order.id, 'returned');
    expect(await stockOf(first.id, ber.id)).toEqual({ onHand: 3, reserved: 1 });
  });

  it('delivered → returned restocks each line where it was shipped from (a warehouse and a store)', async () => {
    await setStock(first.id, wh1.id, 5);
    await setStock(second.id, wh1.id, 0); // so the second line is supplied by a store
    await setStock(second.id, ham.id, 3);
    const { order } = await placeOrder(t.db, customer, {
      cartId: await newCart([
        { variantId: first.id, quantity: 1 },
        { variantId: second.id, quantity: 2 },
      ]),
      idempotencyKey: key(),
      email: customer.email,
      fulfilment: 'delivery',
      shippingAddress: address,
      payment: { method: 'invoice' },
    });
    const from = Object.fromEntries(order.lines.map((l) => [l.sku, l.locationId!]));
    expect(from[first.sku]).toBe(wh1.id);
    expect(from[second.sku]).not.toBe(wh1.id);
    const before = { first: await stockOf(first.id, wh1.id), second: await stockOf(second.id, from[second.sku]!) };
    for (const to of ['confirmed', 'shipped', 'delivered']) await transitionOrder(t.db, admin, order.id, to);
    expect(await stockOf(first.id, wh1.id)).toEqual({
      onHand: before.first.onHand - 1,
      reserved: before.first.reserved - 1,
    });
    expect(await stockOf(second.id, from[second.sku]!)).toEqual({
      onHand: before.second.onHand - 2,
      reserved: before.second.reserved - 2,
    });

    await transitionOrder(t.db, admin, order.id, 'returned');
    expect(await stockOf(first.id, wh1.id)).toEqual({
      onHand: before.first.onHand,
      reserved: before.first.reserved - 1,
    });
    expect(await stockOf(second.id, from[second.sku]!)).toEqual({
      onHand: before.second.onHand,
      reserved: before.second.reserved - 2,
    });
    expect(await stockOf(second.id, wh1.id)).toEqual({ onHand: 0, reserved: 0 });
  });

  it('only after hand-over: an order that was not collected cannot be returned, and its stock stays reserved', async () => {
    await setStock(first.id, ber.id, 5);
    const now = new Date();
    const slot = pickupSlots(ber, localDateOf(now, ber.timeZone), 8, { now })
      .find((s) => s.bookable)!
      .start.toISOString();
    const { order } = await placeOrder(t.db, customer, {
      cartId: await newCart([{ variantId: first.id, quantity: 1 }]),
      idempotencyKey: key(),
      email: customer.email,
      fulfilment: 'pickup',
      pickupLocationId: ber.id,
      pickupSlotStart: slot,
      payment: { method: 'pay_at_pickup' },
    });
    await expect(transitionOrder(t.db, admin, order.id, 'returned')).rejects.toMatchObject({ status: 409 });
    expect(await stockOf(first.id, ber.id)).toEqual({ onHand: 5, reserved: 1 });
  });

  it('concurrent returns of one order: exactly one wins and the goods are restocked once', async () => {
    await setStock(first.id, ber.id, 4);
    const order = await collectedOrder([{ variantId: first.id, quantity: 3 }]);
    expect(await stockOf(first.id, ber.id)).toEqual({ onHand: 1, reserved: 0 });
    const results = await Promise.allSettled([1, 2, 3].map(() => transitionOrder(t.db, admin, order.id, 'returned')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 409 });
    expect(await stockOf(first.id, ber.id)).toEqual({ onHand: 4, reserved: 0 });
  });
});
