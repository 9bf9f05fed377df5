import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  cartLines,
  channelLocations,
  checkoutRequests,
  locations,
  notificationOutbox,
  orderEvents,
  orders,
  stockLevels,
} from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { findActiveChannel } from '@/lib/channels/channels.reads';
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
  type MadeChannel,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { checkoutInput } from '@/lib/checkout/checkout.schemas';
import { checkoutRequestHash, placeOrder } from './checkout.writes';
import { findOrderForCaller, transitionOrder } from '@/lib/orders/orders.writes';
import { recordPickupPayment } from '@/lib/pickup/pickup-payment.writes';

// The guest limits have their own test (guest-limits.int.test.ts); here they would stop the many guest orders.
vi.stubEnv('GUEST_ORDERS_PER_IP', '0');
vi.stubEnv('GUEST_ORDERS_PER_EMAIL', '0');

let t: TestDatabase;
let web: MadeChannel;
let b2bCode: string;
let ber: typeof locations.$inferSelect;
let ham: typeof locations.$inferSelect;
let warehouse: typeof locations.$inferSelect;
let variant: { id: string; sku: string };
let other: { id: string; sku: string };
let customer: Actor;
let admin: Actor;
let staffBerlin: Actor;

const CARD_OK = { method: 'test_card' as const, card: { number: '4242 4242 4242 4242' } };

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
async function newCart(
  lines: Array<{ variantId: string; quantity: number }>,
  userId: string | null = null,
  channelId = web.id,
) {
  return (await makeCart(t.db, { channelId, userId, lines })).id;
}
const orderCount = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(orders))[0]!.n;
const key = () => `key-${randomUUID()}`;

/** The next bookable slot at a store (real clock). */
function nextSlot(store: typeof locations.$inferSelect, skip = 0): string {
  const now = new Date();
  const slots = pickupSlots(store, localDateOf(now, store.timeZone), 8, { now }).filter((s) => s.bookable);
  return slots[skip]!.start.toISOString();
}

function pickupInput(cartId: string, idempotencyKey: string, extra: Record<string, unknown> = {}) {
  return {
    cartId,
    idempotencyKey,
    email: 'guest@example.com',
    fulfilment: 'pickup',
    pickupLocationId: ber.id,
    pickupSlotStart: nextSlot(ber),
    payment: { method: 'pay_at_pickup' },
    ...extra,
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  // Room for the 64 concurrent orders in one slot: only the stock may limit them.
  ber = await makeStore(t.db, { name: 'Test Store Berlin', pickupSlotCapacity: 1000 });
  ham = await makeStore(t.db);
  const muc = await makeStore(t.db);
  warehouse = await makeWarehouse(t.db);
  web = await makeChannel(t.db, { locationIds: [warehouse.id, ber.id, ham.id, muc.id] });
  b2bCode = (await makeChannel(t.db, { kind: 'b2b', locationIds: [warehouse.id, ber.id] })).code;
  [variant, other] = [(await makeProduct(t.db)).variants[0]!, (await makeProduct(t.db)).variants[0]!];
  customer = await actorOf(t.db, await makeCustomer(t.db));
  admin = await actorOf(t.db, await makeAdmin(t.db));
  staffBerlin = await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber.id] }));
});
afterAll(() => t.drop());

describe('placing orders without overselling', () => {
  it('64 concurrent orders for 10 units at one store: exactly 10 succeed, the rest get a stock conflict', async () => {
    await setStock(variant.id, ber.id, 10, 0);
    const before = await orderCount();
    const cartIds = await Promise.all(
      Array.from({ length: 64 }, () => newCart([{ variantId: variant.id, quantity: 1 }])),
    );
    const results = await Promise.allSettled(
      cartIds.map((cartId) => placeOrder(t.db, null, pickupInput(cartId, key()))),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.flatMap((r) =>
      r.status === 'rejected' ? [r.reason as { status?: number; code?: string }] : [],
    );
    expect(ok).toHaveLength(10);
    expect(failed).toHaveLength(54);
    for (const error of failed)
      expect(error).toMatchObject({
        status: 409,
        code: 'stock.insufficient',
        // Racing orders may not have committed yet: how many are free is whatever was committed then.
        params: { sku: variant.sku, available: expect.any(Number), place: 'store', store: ber.name },
      });
    expect(await stockOf(variant.id, ber.id)).toEqual({ onHand: 10, reserved: 10 });
    expect(await orderCount()).toBe(before + 10);
    // The failed checkouts left their carts intact and released their keys.
    const keysLeft = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(checkoutRequests)
      .where(sql`${checkoutRequests.orderId} is null`);
    expect(keysLeft[0]!.n).toBe(0);
    const [{ n: linesLeft }] = (await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from cart_lines where cart_id in ${cartIds}`,
    )) as unknown as [{ n: number }];
    expect(linesLeft).toBe(54);
    const [violations] = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from stock_levels where reserved < 0 or reserved > on_hand or on_hand < 0`,
    );
    expect(violations!.n).toBe(0);
  });

  it('prices lines with the engine, stores the reservation location, an event and a pickup code, and empties the cart', async () => {
    await setStock(variant.id, ber.id, 5, 0);
    const cartId = await newCart([{ variantId: variant.id, quantity: 2 }]);
    const { order, replayed } = await placeOrder(t.db, null, pickupInput(cartId, key()));
    expect(replayed).toBe(false);
    expect(order).toMatchObject({
      status: 'placed',
      fulfilment: 'pickup',
      pickupLocation: { code: ber.code },
      payment: { method: 'pay_at_pickup', status: 'pending' },
      currency: 'EUR',
      pricesIncludeVat: true,
    });
    expect(order.pickupCode).toMatch(/^\d{6}$/);
    expect(order.lines).toEqual([expect.objectContaining({ sku: variant.sku, quantity: 2, locationId: ber.id })]);
    expect(order.totalAmount).toBe(order.lines[0]!.lineAmount);
    expect(order.lines[0]!.lineAmount).toBe(order.lines[0]!.unitAmount * 2);
    expect(await stockOf(variant.id, ber.id)).toEqual({ onHand: 5, reserved: 2 });
    const events = await t.db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(events).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'placed', locationId: ber.id })]);
    expect(await t.db.select().from(cartLines).where(eq(cartLines.cartId, cartId))).toEqual([]);
  });

  it('concurrent deliveries move on to the next location when the first runs out: 12 orders, 6 units in two places, exactly 6 succeed', async () => {
    const supplying = await t.db
      .select({ locationId: channelLocations.locationId })
      .from(channelLocations)
      .where(eq(channelLocations.channelId, web.id));
    for (const { locationId } of supplying) await setStock(other.id, locationId, 0, 0);
    await setStock(other.id, warehouse.id, 3, 0);
    await setStock(other.id, ham.id, 3, 0);
    const address = {
      name: 'Chris Customer',
      street: 'Hauptstraße 1',
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
    };
    const cartIds = await Promise.all(
      Array.from({ length: 12 }, () => newCart([{ variantId: other.id, quantity: 1 }])),
    );
    const results = await Promise.allSettled(
      cartIds.map((cartId) =>
        placeOrder(t.db, null, {
          cartId,
          idempotencyKey: key(),
          email: 'guest@example.com',
          fulfilment: 'delivery',
          shippingAddress: address,
          payment: CARD_OK,
        }),
      ),
    );
    const placed = results.filter((r) => r.status === 'fulfilled');
    expect(placed).toHaveLength(6);
    for (const r of results)
      if (r.status === 'rejected')
        expect(r.reason).toMatchObject({
          status: 409,
          code: 'stock.insufficient',
          params: { sku: other.sku, available: expect.any(Number), place: 'any', store: '' },
        });
    expect(await stockOf(other.id, warehouse.id)).toEqual({ onHand: 3, reserved: 3 });
    expect(await stockOf(other.id, ham.id)).toEqual({ onHand: 3, reserved: 3 });
  });

  it('delivers from the warehouse first, then a store with enough stock', async () => {
    await setStock(other.id, warehouse.id, 1, 0);
    await setStock(other.id, ham.id, 3, 0);
    const address = {
      name: 'Chris Customer',
      street: 'Hauptstraße 1',
      postalCode: '10115',
      city: 'Berlin',
      country: 'de',
    };
    const first = await placeOrder(t.db, customer, {
      cartId: await newCart([{ variantId: other.id, quantity: 1 }], customer.userId),
      idempotencyKey: key(),
      email: customer.email,
      fulfilment: 'delivery',
      shippingAddress: address,
      payment: { method: 'invoice' },
    });
    expect(first.order).toMatchObject({
      userId: customer.userId,
      payment: { method: 'invoice', status: 'authorized' },
      shippingAddress: { ...address, country: 'DE' },
      pickupCode: null,
    });
    expect(first.order.lines[0]!.locationId).toBe(warehouse.id);
    const second = await placeOrder(t.db, customer, {
      cartId: await newCart([{ variantId: other.id, quantity: 2 }], customer.userId),
      idempotencyKey: key(),
      email: customer.email,
      fulfilment: 'delivery',
      shippingAddress: address,
      payment: CARD_OK,
    });
    expect(second.order.lines[0]!.locationId).toBe(ham.id);
    expect(await stockOf(other.id, ham.id)).toEqual({ onHand: 3, reserved: 2 });
    // Ship to store: only from a warehouse (WH1 is now fully reserved), collected at the chosen store.
    const shipToStore = {
      cartId: await newCart([{ variantId: other.id, quantity: 1 }]),
      email: 'guest@example.com',
      fulfilment: 'ship_to_store',
      pickupLocationId: ham.id,
      payment: { method: 'pay_at_pickup' },
    };
    await expect(placeOrder(t.db, null, { ...shipToStore, idempotencyKey: key() })).rejects.toMatchObject({
      status: 409,
      code: 'stock.insufficient',
      params: { sku: other.sku, available: 0, place: 'store', store: warehouse.name },
    });
    await setStock(other.id, warehouse.id, 4, 1);
    const shipped = await placeOrder(t.db, null, { ...shipToStore, idempotencyKey: key() });
    expect(shipped.order).toMatchObject({
      fulfilment: 'ship_to_store',
      pickupLocation: { code: ham.code },
      pickupSlot: null,
    });
    expect(shipped.order.pickupCode).toMatch(/^\d{6}$/);
    expect(shipped.order.lines[0]!.locationId).toBe(warehouse.id);
    expect(await stockOf(other.id, warehouse.id)).toEqual({ onHand: 4, reserved: 2 });
  });
});

describe('idempotency', () => {
  it('a replay returns the same order and creates no second one', async () => {
    await setStock(variant.id, ber.id, 20, 0);
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    const input = pickupInput(cartId, key());
    const first = await placeOrder(t.db, null, input);
    const count = await orderCount();
    const again = await placeOrder(t.db, null, { ...input });
    expect(again).toEqual({ order: first.order, replayed: true });
    expect(await orderCount()).toBe(count);
    expect(await stockOf(variant.id, ber.id)).toEqual({ onHand: 20, reserved: 1 });
  });

  it('the answer of a placed order equals the order read back: a signed-in delivery of two lines', async () => {
    await setStock(variant.id, warehouse.id, 50, 0);
    await setStock(other.id, warehouse.id, 50, 0);
    const address = {
      name: 'Chris Customer',
      street: 'Hauptstraße 1',
      postalCode: '10115',
      city: 'Berlin',
      country: 'de',
    };
    const input = {
      cartId: await newCart(
        [
          { variantId: other.id, quantity: 2 },
          { variantId: variant.id, quantity: 3 },
        ],
        customer.userId,
      ),
      idempotencyKey: key(),
      email: customer.email,
      fulfilment: 'delivery',
      shippingAddress: address,
      payment: { method: 'invoice' },
    };
    const first = await placeOrder(t.db, customer, input);
    expect(first.order.lines.map((l) => l.sku)).toEqual([variant.sku, other.sku].sort());
    expect(await findOrderForCaller(t.db, customer, first.order.id)).toEqual(first.order);
    expect(await placeOrder(t.db, customer, input)).toEqual({ order: first.order, replayed: true });
  });

  it('the same key with another payload is refused with 422', async () => {
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    const input = pickupInput(cartId, key());
    await placeOrder(t.db, null, input);
    const count = await orderCount();
    await expect(placeOrder(t.db, null, { ...input, email: 'someone.else@example.com' })).rejects.toMatchObject({
      status: 422,
      code: 'checkout.key_reused',
    });
    expect(await orderCount()).toBe(count);
  });

  it('two concurrent requests with the same key give one order; the other is a 409 or the replay', async () => {
    for (let round = 0; round < 5; round++) {
      const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
      const input = pickupInput(cartId, key());
      const results = await Promise.allSettled([
        placeOrder(t.db, null, input),
        placeOrder(t.db, null, input),
        placeOrder(t.db, null, input),
      ]);
      const orderIds = new Set(results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.order.id] : [])));
      expect(orderIds.size).toBe(1);
      for (const r of results)
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 409, code: 'checkout.in_progress' });
      expect(results.filter((r) => r.status === 'fulfilled' && !r.value.replayed)).toHaveLength(1);
      const [{ n }] = (await t.db.execute<{ n: number }>(
        sql`select count(*)::int as n from orders where cart_id = ${cartId}`,
      )) as unknown as [{ n: number }];
      expect(n).toBe(1);
    }
  });

  it('two keys for one cart at once: one order, the other finds the cart empty', async () => {
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    const results = await Promise.allSettled([
      placeOrder(t.db, null, pickupInput(cartId, key())),
      placeOrder(t.db, null, pickupInput(cartId, key())),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { status: 422, code: 'cart.empty' },
    });
  });

  it('a key in flight answers 409; a claim left by a crashed request is taken over after 10 minutes', async () => {
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    const input = pickupInput(cartId, key());
    const hash = checkoutRequestHash(checkoutInput.parse(input));
    await t.db.insert(checkoutRequests).values({ cartId, idempotencyKey: input.idempotencyKey, requestHash: hash });
    await expect(placeOrder(t.db, null, input)).rejects.toMatchObject({
      status: 409,
      code: 'checkout.in_progress',
    });
    await t.db
      .update(checkoutRequests)
      .set({ createdAt: sql`now() - interval '11 minutes'` })
      .where(eq(checkoutRequests.cartId, cartId));
    const taken = await placeOrder(t.db, null, input);
    expect(taken.replayed).toBe(false);
    expect(await placeOrder(t.db, null, input)).toEqual({ order: taken.order, replayed: true });
  });

  it('a failed checkout releases its key: the same key may be retried', async () => {
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    const k = key();
    const declined = {
      ...pickupInput(cartId, k),
      payment: { method: 'test_card', card: { number: '4000 0000 0000 0002' } },
    };
    await expect(placeOrder(t.db, null, declined)).rejects.toMatchObject({
      status: 422,
      code: 'payment.declined',
      field: 'payment.card.number',
    });
    const retried = await placeOrder(t.db, null, { ...declined, payment: CARD_OK });
    expect(retried).toMatchObject({
      replayed: false,
      order: { payment: { method: 'test_card', status: 'authorized' } },
    });
  });
});

describe('order transitions', () => {
  async function placedOrder(quantity = 2) {
    const cartId = await newCart([{ variantId: other.id, quantity }], customer.userId);
    return (await placeOrder(t.db, customer, { ...pickupInput(cartId, key()), email: customer.email })).order;
  }

  it('placed → confirmed → picking → ready_for_pickup → collected: events, outbox message, stock consumed', async () => {
    await setStock(other.id, ber.id, 6, 0);
    const order = await placedOrder(2);
    expect(await stockOf(other.id, ber.id)).toEqual({ onHand: 6, reserved: 2 });
    await transitionOrder(t.db, staffBerlin, order.id, 'confirmed');
    await transitionOrder(t.db, staffBerlin, order.id, 'picking');
    const ready = await transitionOrder(t.db, staffBerlin, order.id, 'ready_for_pickup', 'Shelf B3');
    expect(ready.status).toBe('ready_for_pickup');
    expect(await stockOf(other.id, ber.id)).toEqual({ onHand: 6, reserved: 2 });
    const messages = await t.db.select().from(notificationOutbox).where(eq(notificationOutbox.orderId, order.id));
    expect(messages).toEqual([
      expect.objectContaining({
        userId: customer.userId,
        email: customer.email,
        subject: `Your order #${order.number} is ready for pickup at ${ber.name}`,
        sentAt: null,
      }),
    ]);
    expect(messages[0]!.body).toContain(order.pickupCode!);
    // Pay at pickup: collecting is refused until the terminal payment is recorded.
    await expect(transitionOrder(t.db, staffBerlin, order.id, 'collected')).rejects.toMatchObject({
      code: 'pickup.payment_due',
    });
    await recordPickupPayment(t.db, staffBerlin, { orderId: order.id, reference: 'TID-4711' });
    const collected = await transitionOrder(t.db, staffBerlin, order.id, 'collected');
    expect(collected.payment.status).toBe('paid');
    expect(await stockOf(other.id, ber.id)).toEqual({ onHand: 4, reserved: 0 });
    const events = await t.db
      .select({
        from: orderEvents.fromStatus,
        to: orderEvents.toStatus,
        actor: orderEvents.actorId,
        note: orderEvents.note,
      })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, order.id))
      .orderBy(orderEvents.createdAt);
    expect(events.map((e) => `${e.from}→${e.to}`)).toEqual([
      'null→placed',
      'placed→confirmed',
      'confirmed→picking',
      'picking→ready_for_pickup',
      'ready_for_pickup→collected',
    ]);
    expect(events.find((e) => e.to === 'ready_for_pickup')).toMatchObject({
      actor: staffBerlin.userId,
      note: 'Shelf B3',
    });
  });

  it('cancelling releases the reservation', async () => {
    await setStock(other.id, ber.id, 6, 0);
    const order = await placedOrder(3);
    await transitionOrder(t.db, admin, order.id, 'confirmed');
    expect(await stockOf(other.id, ber.id)).toEqual({ onHand: 6, reserved: 3 });
    await transitionOrder(t.db, admin, order.id, 'cancelled', 'Customer called');
    expect(await stockOf(other.id, ber.id)).toEqual({ onHand: 6, reserved: 0 });
  });

  it('refuses an illegal transition and changes nothing', async () => {
    await setStock(other.id, ber.id, 6, 0);
    const order = await placedOrder(1);
    await expect(transitionOrder(t.db, admin, order.id, 'collected')).rejects.toMatchObject({
      status: 409,
      code: 'order.transition_invalid',
      params: { from: 'placed', to: 'collected' },
    });
    await expect(transitionOrder(t.db, admin, order.id, 'shipped')).rejects.toMatchObject({ status: 409 });
    await expect(transitionOrder(t.db, admin, order.id, 'nonsense')).rejects.toMatchObject({ status: 400 });
    const [row] = await t.db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    expect(row!.status).toBe('placed');
    expect(await stockOf(other.id, ber.id)).toEqual({ onHand: 6, reserved: 1 });
    expect(await t.db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id))).toHaveLength(1);
  });

  it('refuses staff of another store, customers and anonymous callers', async () => {
    await setStock(other.id, ber.id, 6, 0);
    const order = await placedOrder(1);
    const staffHamburg: Actor = { ...staffBerlin, staffLocationIds: [ham.id] };
    await expect(transitionOrder(t.db, staffHamburg, order.id, 'confirmed')).rejects.toMatchObject({ status: 403 });
    await expect(transitionOrder(t.db, customer, order.id, 'confirmed')).rejects.toMatchObject({ status: 403 });
    await expect(transitionOrder(t.db, null, order.id, 'confirmed')).rejects.toMatchObject({ status: 401 });
    const [row] = await t.db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    expect(row!.status).toBe('placed');
  });

  it('concurrent transitions of one order: exactly one wins', async () => {
    await setStock(other.id, ber.id, 6, 0);
    const order = await placedOrder(2);
    const results = await Promise.allSettled([
      transitionOrder(t.db, admin, order.id, 'cancelled'),
      transitionOrder(t.db, admin, order.id, 'cancelled'),
      transitionOrder(t.db, admin, order.id, 'cancelled'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 409 });
    expect(await stockOf(other.id, ber.id)).toEqual({ onHand: 6, reserved: 0 });
  });

  it('shows an order to its owner and its store staff, 404 to everyone else', async () => {
    await setStock(other.id, ber.id, 6, 0);
    const order = await placedOrder(1);
    expect((await findOrderForCaller(t.db, customer, order.id)).id).toBe(order.id);
    expect((await findOrderForCaller(t.db, staffBerlin, order.id)).id).toBe(order.id);
    expect((await findOrderForCaller(t.db, admin, order.id)).id).toBe(order.id);
    await expect(
      findOrderForCaller(t.db, { ...staffBerlin, staffLocationIds: [ham.id] }, order.id),
    ).rejects.toMatchObject({ status: 404 });
    await expect(findOrderForCaller(t.db, { ...customer, userId: randomUUID() }, order.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(findOrderForCaller(t.db, null, order.id)).rejects.toMatchObject({ status: 404 });
    await expect(findOrderForCaller(t.db, admin, 'not-a-uuid')).rejects.toMatchObject({ status: 404 });
  });
});

describe('bad input: a clear error and nothing written', () => {
  let snapshot: () => Promise<unknown>;
  beforeAll(() => {
    snapshot = async () => ({
      orders: await orderCount(),
      stock: await t.db
        .select()
        .from(stockLevels)
        .where(eq(stockLevels.variantId, variant.id))
        .orderBy(stockLevels.locationId),
      keys: (await t.db.select({ n: sql<number>`count(*)::int` }).from(checkoutRequests))[0]!.n,
    });
  });

  async function expectRefused(run: () => Promise<unknown>, expected: Record<string, unknown>) {
    const before = await snapshot();
    await expect(run()).rejects.toMatchObject(expected);
    expect(await snapshot()).toEqual(before);
  }

  it('unknown cart, tampered cart id, someone else’s cart', async () => {
    await setStock(variant.id, ber.id, 20, 0);
    await expectRefused(() => placeOrder(t.db, null, pickupInput(randomUUID(), key())), {
      status: 404,
      code: 'cart.not_found',
    });
    await expectRefused(() => placeOrder(t.db, null, pickupInput("1' or '1'='1", key())), {
      status: 400,
      code: 'request.invalid',
      fieldErrors: { cartId: [{ code: 'field.unknown_cart' }] },
    });
    const customersCart = await newCart([{ variantId: variant.id, quantity: 1 }], customer.userId);
    await expectRefused(() => placeOrder(t.db, null, pickupInput(customersCart, key())), { status: 404 });
    await expectRefused(() => placeOrder(t.db, staffBerlin, pickupInput(customersCart, key())), { status: 404 });
    const channel = (await findActiveChannel(t.db, web.code))!;
    await expectRefused(
      () => placeOrder(t.db, null, pickupInput(customersCart, key()), { channel: { ...channel, id: randomUUID() } }),
      { status: 404 },
    );
  });

  it('the publishable key of another channel', async () => {
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    const b2b = (await findActiveChannel(t.db, b2bCode))!;
    await expectRefused(() => placeOrder(t.db, null, pickupInput(cartId, key()), { channel: b2b }), { status: 403 });
  });

  it('empty cart, short key', async () => {
    await expectRefused(() => placeOrder(t.db, null, pickupInput(randomUUID(), 'short')), { status: 400 });
    const empty = await newCart([]);
    await expectRefused(() => placeOrder(t.db, null, pickupInput(empty, key())), {
      status: 422,
      code: 'cart.empty',
    });
  });

  it('pickup at a store that does not serve the channel, or without pickup', async () => {
    const outside = await makeStore(t.db, { name: 'Test Store Köln', city: 'Köln' });
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    await setStock(variant.id, outside.id, 5, 0);
    await expectRefused(
      () =>
        placeOrder(
          t.db,
          null,
          pickupInput(cartId, key(), { pickupLocationId: outside.id, pickupSlotStart: nextSlot(outside) }),
        ),
      {
        status: 422,
        code: 'pickup.not_offered',
        field: 'pickupLocationId',
        params: { store: 'Test Store Köln', channel: web.name },
      },
    );
    await expectRefused(() => placeOrder(t.db, null, pickupInput(cartId, key(), { pickupLocationId: warehouse.id })), {
      status: 422,
      code: 'pickup.not_offered',
      params: { store: warehouse.name, channel: web.name },
    });
  });

  it('a slot in the past, a closed or misaligned slot, a full slot', async () => {
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    const past = pickupSlots(ber, localDateOf(new Date(Date.now() - 7 * 24 * 3600_000), ber.timeZone), 6, {
      now: yesterday,
    })[0]!.start.toISOString();
    await expectRefused(() => placeOrder(t.db, null, pickupInput(cartId, key(), { pickupSlotStart: past })), {
      status: 422,
      code: 'slot.past',
      field: 'pickupSlotStart',
    });
    const misaligned = new Date(new Date(nextSlot(ber)).getTime() + 15 * 60_000).toISOString();
    await expectRefused(() => placeOrder(t.db, null, pickupInput(cartId, key(), { pickupSlotStart: misaligned })), {
      status: 422,
      code: 'slot.misaligned',
      params: { minutes: 60 },
    });

    // Hamburg: one order per slot. Two orders race for the last place; one gets it.
    await t.db.update(locations).set({ pickupSlotCapacity: 1 }).where(eq(locations.id, ham.id));
    await setStock(variant.id, ham.id, 10, 0);
    const slot = nextSlot(ham, 2);
    const carts2 = [
      await newCart([{ variantId: variant.id, quantity: 1 }]),
      await newCart([{ variantId: variant.id, quantity: 1 }]),
    ];
    const raced = await Promise.allSettled(
      carts2.map((c) =>
        placeOrder(t.db, null, pickupInput(c, key(), { pickupLocationId: ham.id, pickupSlotStart: slot })),
      ),
    );
    expect(raced.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(raced.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { status: 422, code: 'slot.full' },
    });
    expect(await stockOf(variant.id, ham.id)).toEqual({ onHand: 10, reserved: 1 });
    await expectRefused(
      () => placeOrder(t.db, null, pickupInput(cartId, key(), { pickupLocationId: ham.id, pickupSlotStart: slot })),
      { status: 422, code: 'slot.full' },
    );
  });

  it('a malformed address, a missing slot, a method that does not fit', async () => {
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    const delivery = {
      cartId,
      idempotencyKey: key(),
      email: 'guest@example.com',
      fulfilment: 'delivery',
      payment: CARD_OK,
    };
    await expectRefused(
      () =>
        placeOrder(t.db, null, {
          ...delivery,
          shippingAddress: { name: 'A B', street: 'Hauptstraße 1', postalCode: '1234', city: 'Berlin', country: 'DE' },
        }),
      {
        status: 400,
        fieldErrors: { 'shippingAddress.postalCode': [{ code: 'field.postal_code_de' }] },
      },
    );
    await expectRefused(
      () =>
        placeOrder(t.db, null, {
          ...delivery,
          shippingAddress: {
            name: 'A B',
            street: 'Hauptstraße 1',
            postalCode: '10115',
            city: 'Berlin',
            country: 'Germany',
          },
        }),
      { status: 400 },
    );
    await expectRefused(() => placeOrder(t.db, null, { ...delivery }), {
      status: 400,
      fieldErrors: { shippingAddress: [{ code: 'field.address_required' }] },
    });
    await expectRefused(
      () =>
        placeOrder(t.db, null, {
          ...delivery,
          email: 'not-an-email',
          shippingAddress: { name: 'A B', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
        }),
      { status: 400 },
    );
    await expectRefused(() => placeOrder(t.db, null, { ...pickupInput(cartId, key()), pickupSlotStart: undefined }), {
      status: 400,
      fieldErrors: { pickupSlotStart: [{ code: 'field.slot_required' }] },
    });
    const address = { name: 'A B', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' };
    await expectRefused(
      () => placeOrder(t.db, null, { ...delivery, shippingAddress: address, payment: { method: 'pay_at_pickup' } }),
      { status: 422, code: 'payment.pickup_only', field: 'payment.method' },
    );
    await expectRefused(
      () => placeOrder(t.db, null, { ...delivery, shippingAddress: address, payment: { method: 'invoice' } }),
      { status: 422, code: 'payment.invoice_sign_in' },
    );
  });

  it('a declined card or an invalid card number', async () => {
    await setStock(variant.id, ber.id, 20, 0);
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    await expectRefused(
      () =>
        placeOrder(t.db, null, {
          ...pickupInput(cartId, key()),
          payment: { method: 'test_card', card: { number: '4000 0000 0000 0002' } },
        }),
      { status: 422, code: 'payment.declined', field: 'payment.card.number' },
    );
    await expectRefused(
      () =>
        placeOrder(t.db, null, {
          ...pickupInput(cartId, key()),
          payment: { method: 'test_card', card: { number: '4242 4242 4242 4241' } },
        }),
      { status: 422, code: 'payment.card_invalid' },
    );
    expect(await t.db.select().from(cartLines).where(eq(cartLines.cartId, cartId))).toHaveLength(1);
  });

  it('a line no longer sold is named', async () => {
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    await t.db.execute(sql`update variants set active = false where id = ${variant.id}`);
    try {
      await expectRefused(() => placeOrder(t.db, null, pickupInput(cartId, key())), {
        status: 422,
        code: 'cart.items_unavailable',
        params: { skus: variant.sku, count: 1 },
      });
    } finally {
      await t.db.execute(sql`update variants set active = true where id = ${variant.id}`);
    }
  });

  it("a line whose product left the channel's assortment is named", async () => {
    const cartId = await newCart([{ variantId: variant.id, quantity: 1 }]);
    // The read model everyone's assortment is checked on (rebuilt from the rules in the real flow).
    await t.db.execute(
      sql`update products set listed_channel_ids = '{}' where id = (select product_id from variants where id = ${variant.id})`,
    );
    try {
      await expectRefused(() => placeOrder(t.db, null, pickupInput(cartId, key())), {
        status: 422,
        code: 'cart.items_unavailable',
        params: { skus: variant.sku, count: 1 },
      });
    } finally {
      await t.db.execute(
        sql`update products set listed_channel_ids = array(select id from channels order by id) where id = (select product_id from variants where id = ${variant.id})`,
      );
    }
  });
});
