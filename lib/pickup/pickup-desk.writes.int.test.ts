import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { placePickupOrder } from '@/lib/testing/pickup-orders';
import { locations, notificationOutbox, orderEvents, orders, stockLevels } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { listDeskOrders } from '@/lib/pickup/pickup-desk.reads';
import { actorOf, makeAdmin, makeChannel, makeProduct, makeStaff, makeStock, makeStore } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { cancelUncollectedOrders, handOverOrder } from './pickup-desk.writes';

// These tests place several guest orders paid at pickup; the guest limits have their own test.
vi.stubEnv('GUEST_ORDERS_PER_IP', '0');
vi.stubEnv('GUEST_ORDERS_PER_EMAIL', '0');

let t: TestDatabase;
let web: { id: string };
let ber: typeof locations.$inferSelect;
let ham: typeof locations.$inferSelect;
let variant: { id: string; sku: string };
let admin: Actor;
let staffBerlin: Actor;

async function stockOf() {
  const [row] = await t.db
    .select({ onHand: stockLevels.onHand, reserved: stockLevels.reserved })
    .from(stockLevels)
    .where(and(eq(stockLevels.variantId, variant.id), eq(stockLevels.locationId, ber.id)));
  return row!;
}
const statusOf = async (id: string) =>
  (await t.db.select({ status: orders.status }).from(orders).where(eq(orders.id, id)))[0]!.status;
const eventsOf = (id: string) =>
  t.db.select().from(orderEvents).where(eq(orderEvents.orderId, id)).orderBy(orderEvents.createdAt);

/** A guest pickup order at BER for one unit, moved on to `until` by the admin. */
const pickupOrder = (until: 'placed' | 'ready_for_pickup' = 'ready_for_pickup', paid = true) =>
  placePickupOrder(t.db, { channelId: web.id, store: ber, variantId: variant.id, until, paid, by: admin });

beforeAll(async () => {
  t = await createTestDatabase();
  // Room for every order of the file in one slot: only the stock may limit them.
  ber = await makeStore(t.db, { pickupSlotCapacity: 1000 });
  ham = await makeStore(t.db);
  web = await makeChannel(t.db, { locationIds: [ber.id, ham.id] });
  variant = (await makeProduct(t.db)).variants[0]!;
  await makeStock(t.db, { variantId: variant.id, locationId: ber.id, onHand: 100 });
  admin = await actorOf(t.db, await makeAdmin(t.db));
  staffBerlin = await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber.id] }));
});
afterAll(() => t.drop());

describe('hand-over with the pickup code', () => {
  it('the right code, paid at the terminal: collected, stock consumed', async () => {
    const order = await pickupOrder();
    const before = await stockOf();
    const collected = await handOverOrder(t.db, staffBerlin, { orderId: order.id, code: ` ${order.pickupCode!} ` });
    expect(collected).toMatchObject({ status: 'collected', payment: { status: 'paid' } });
    expect(await stockOf()).toEqual({ onHand: before.onHand - 1, reserved: before.reserved - 1 });
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({
      fromStatus: 'ready_for_pickup',
      toStatus: 'collected',
      actorId: staffBerlin.userId,
    });
  });

  it('a pay-at-pickup order whose terminal payment is not recorded is refused, even with the right code', async () => {
    const order = await pickupOrder('ready_for_pickup', false);
    const before = await stockOf();
    await expect(
      handOverOrder(t.db, staffBerlin, { orderId: order.id, code: order.pickupCode! }),
    ).rejects.toMatchObject({ status: 409, code: 'pickup.payment_due' });
    expect(await statusOf(order.id)).toBe('ready_for_pickup');
    expect(await stockOf()).toEqual(before);
  });

  it('a wrong code is refused and nothing changes', async () => {
    const order = await pickupOrder();
    const [before, events] = [await stockOf(), (await eventsOf(order.id)).length];
    const wrong = order.pickupCode === '000000' ? '111111' : '000000';
    await expect(handOverOrder(t.db, staffBerlin, { orderId: order.id, code: wrong })).rejects.toMatchObject({
      status: 422,
      code: 'pickup.code_mismatch',
      field: 'code',
    });
    await expect(handOverOrder(t.db, staffBerlin, { orderId: order.id, code: '' })).rejects.toMatchObject({
      status: 422,
    });
    expect(await statusOf(order.id)).toBe('ready_for_pickup');
    expect(await stockOf()).toEqual(before);
    expect(await eventsOf(order.id)).toHaveLength(events);
  });

  it('staff of another store are refused, even with the right code', async () => {
    const order = await pickupOrder();
    const staffHamburg: Actor = { ...staffBerlin, staffLocationIds: [ham.id] };
    await expect(
      handOverOrder(t.db, staffHamburg, { orderId: order.id, code: order.pickupCode! }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(handOverOrder(t.db, null, { orderId: order.id, code: order.pickupCode! })).rejects.toMatchObject({
      status: 401,
    });
    expect(await statusOf(order.id)).toBe('ready_for_pickup');
  });

  it('an order not ready yet cannot be handed over', async () => {
    const order = await pickupOrder('placed');
    await expect(
      handOverOrder(t.db, staffBerlin, { orderId: order.id, code: order.pickupCode! }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await statusOf(order.id)).toBe('placed');
  });
});

describe('cancelling uncollected orders', () => {
  it('cancels an old ready order and an order whose slot ended long ago, releases their stock, leaves a fresh one; a second run does nothing', async () => {
    const old = await pickupOrder();
    const fresh = await pickupOrder();
    const missed = await pickupOrder('placed');
    await t.db.execute(
      sql`update order_events set created_at = now() - interval '8 days' where order_id = ${old.id} and to_status = 'ready_for_pickup'`,
    );
    await t.db.execute(
      sql`update orders set pickup_slot_start = now() - interval '9 days', pickup_slot_end = now() - interval '8 days 23 hours' where id = ${missed.id}`,
    );
    const desk = await listDeskOrders(t.db, ber.id, { now: new Date(), uncollectedDays: 7 });
    expect(desk.find((o) => o.id === old.id)).toMatchObject({ overdue: true, daysWaiting: 8 });
    expect(desk.find((o) => o.id === missed.id)).toMatchObject({ overdue: true });
    expect(desk.find((o) => o.id === fresh.id)).toMatchObject({ overdue: false, daysWaiting: 0, itemsCount: 1 });
    const before = await stockOf();

    const first = await cancelUncollectedOrders(t.db, new Date(), null);
    expect(first).toMatchObject({ failed: 0, skipped: false });
    expect(first.cancelled).toBe(2);
    expect(await statusOf(old.id)).toBe('cancelled');
    expect(await statusOf(missed.id)).toBe('cancelled');
    expect(await statusOf(fresh.id)).toBe('ready_for_pickup');
    expect(await stockOf()).toEqual({ onHand: before.onHand, reserved: before.reserved - 2 });
    expect((await eventsOf(old.id)).at(-1)).toMatchObject({
      fromStatus: 'ready_for_pickup',
      toStatus: 'cancelled',
      actorId: null,
      note: 'not collected within 7 days',
    });
    const messages = await t.db.select().from(notificationOutbox).where(eq(notificationOutbox.orderId, old.id));
    expect(messages.map((m) => m.subject)).toContain(`Your order #${old.number} was cancelled: not collected`);

    const after = await stockOf();
    expect(await cancelUncollectedOrders(t.db, new Date(), null)).toEqual({ cancelled: 0, failed: 0, skipped: false });
    expect(await stockOf()).toEqual(after);
    expect(await eventsOf(old.id)).toHaveLength(5);
  });

  it('follows the uncollected-days setting and is for admins only when a person runs it', async () => {
    const order = await pickupOrder();
    await t.db.execute(
      sql`update order_events set created_at = now() - interval '3 days' where order_id = ${order.id} and to_status = 'ready_for_pickup'`,
    );
    await cancelUncollectedOrders(t.db, new Date(), null);
    expect(await statusOf(order.id)).toBe('ready_for_pickup');
    await expect(cancelUncollectedOrders(t.db, new Date(), staffBerlin)).rejects.toMatchObject({ status: 403 });
    await t.db.execute(
      sql`insert into settings (key, value) values ('pickup', '{"uncollectedDays": 2}') on conflict (key) do update set value = excluded.value`,
    );
    expect(await cancelUncollectedOrders(t.db, new Date(), admin)).toMatchObject({ cancelled: 1 });
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({
      toStatus: 'cancelled',
      actorId: admin.userId,
      note: 'not collected within 2 days',
    });
  });
});
