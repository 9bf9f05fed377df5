// The counter: terminal payment before hand-over, the receipt link, the lookups and "collected today",
// and the store scope of every action and order page (Hamburg staff never see or touch Berlin's orders).
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, locations, orders, variants } from '@/db/schema';
import { parseDeskLookup } from '@/lib/pickup/desk-lookup.rules';
import { findDeskOrder, findDeskOrders, listCollectedToday } from '@/lib/pickup/desk-orders.reads';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { placePickupOrder } from '@/lib/testing/pickup-orders';
import { actorOf, makeAdmin, makeChannel, makeProduct, makeStaff, makeStock, makeStore } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/platform/auth/auth', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn() }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: <F>(fn: F) => fn,
}));
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new Error('403');
  },
  notFound: () => {
    throw new Error('404');
  },
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

vi.stubEnv('GUEST_ORDERS_PER_IP', '0');
vi.stubEnv('GUEST_ORDERS_PER_EMAIL', '0');

let t: TestDatabase;
let web: { id: string };
let ber: typeof locations.$inferSelect;
let ham: typeof locations.$inferSelect;
let variantId: string;
let admin: Actor;
let berStaff: Actor;
let hamStaff: Actor;

type Result = { ok: boolean; formError?: string; fieldErrors?: Record<string, string[]>; data?: unknown };
async function call(name: string, fields: Record<string, string>): Promise<Result> {
  const mod = (await import('@/app/store-desk/[code]/actions')) as unknown as Record<
    string,
    (state: null, form: FormData) => Promise<Result>
  >;
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return mod[name]!(null, form);
}

const readyOrder = (email?: string) =>
  placePickupOrder(t.db, { channelId: web.id, store: ber, variantId, until: 'ready_for_pickup', by: admin, email });
const orderRow = async (id: string) => (await t.db.select().from(orders).where(eq(orders.id, id)))[0]!;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  ber = await makeStore(t.db, { pickupSlotCapacity: 1000 });
  ham = await makeStore(t.db, { pickupSlotCapacity: 1000 });
  web = await makeChannel(t.db, { locationIds: [ber.id, ham.id] });
  const product = await makeProduct(t.db, { name: 'Touring Bike', variants: [{ options: { color: 'Red' } }] });
  variantId = product.variants[0]!.id;
  await t.db.execute(sql`update products set translations = '{"de":{"name":"Tourenrad"}}' where id = ${product.id}`);
  await t.db.execute(
    sql`update option_types set translations = '{"de":{"name":"Farbe","values":{"Red":"Rot"}}}' where code = 'color'`,
  );
  await makeStock(t.db, { variantId, locationId: ber.id, onHand: 100 });
  admin = await actorOf(t.db, await makeAdmin(t.db));
  berStaff = await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber.id] }));
  hamStaff = await actorOf(t.db, await makeStaff(t.db, { locationIds: [ham.id] }));
});
afterAll(() => t.drop());

describe('payment at the terminal, then the hand-over', () => {
  it('refuses the hand-over while a pay-at-pickup order is unpaid; records the payment; hands over with a receipt', async () => {
    const order = await readyOrder();
    state.actor = berStaff;
    expect(await call('handOverAction', { orderId: order.id, code: order.pickupCode! })).toMatchObject({
      ok: false,
      formError: expect.stringContaining('record the payment at the terminal'),
    });
    expect((await orderRow(order.id)).status).toBe('ready_for_pickup');

    for (const reference of ['', 'ab', '<b>4711</b>', 'x'.repeat(41)])
      expect(await call('recordPaymentAction', { orderId: order.id, reference })).toMatchObject({
        ok: false,
        fieldErrors: { reference: [expect.stringContaining('terminal')] },
      });
    expect((await orderRow(order.id)).paymentStatus).toBe('pending');

    expect(await call('recordPaymentAction', { orderId: order.id, reference: '  TID 0815-4711 ' })).toMatchObject({
      ok: true,
    });
    expect(await orderRow(order.id)).toMatchObject({
      status: 'ready_for_pickup',
      paymentStatus: 'paid',
      paymentReference: 'TID 0815-4711',
      paidAt: expect.any(Date),
      paidById: berStaff.userId,
      paidLocationId: ber.id,
    });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'order'), eq(auditLog.entityId, order.id)));
    expect(audits).toEqual([
      expect.objectContaining({
        actorId: berStaff.userId,
        action: 'order.payment_recorded',
        before: { paymentStatus: 'pending' },
        after: expect.objectContaining({ reference: 'TID 0815-4711', amount: order.totalAmount, locationId: ber.id }),
      }),
    ]);
    // Once is enough: a second recording is refused and the first reference stays.
    expect(await call('recordPaymentAction', { orderId: order.id, reference: 'TID-9999' })).toMatchObject({
      ok: false,
      formError: 'This order is already paid.',
    });
    expect((await orderRow(order.id)).paymentReference).toBe('TID 0815-4711');

    expect(await call('handOverAction', { orderId: order.id, code: order.pickupCode! })).toMatchObject({
      ok: true,
      data: { receipt: `/store-desk/${ber.code}/orders/${order.number}/receipt` },
    });
    expect((await orderRow(order.id)).status).toBe('collected');
  });

  it('refuses a payment for an order that is not paid at pickup or no longer open', async () => {
    const order = await readyOrder();
    state.actor = berStaff;
    await t.db.update(orders).set({ status: 'cancelled' }).where(eq(orders.id, order.id));
    expect(await call('recordPaymentAction', { orderId: order.id, reference: 'TID-1' })).toMatchObject({ ok: false });
    await t.db
      .update(orders)
      .set({ status: 'ready_for_pickup', paymentMethod: 'invoice', paymentStatus: 'authorized' })
      .where(eq(orders.id, order.id));
    expect(await call('recordPaymentAction', { orderId: order.id, reference: 'TID-1' })).toMatchObject({
      ok: false,
      formError: expect.stringContaining('not paid at pickup'),
    });
    expect(await orderRow(order.id)).toMatchObject({ paymentStatus: 'authorized', paymentReference: null });
    // An invoice order needs no terminal payment: it is handed over with the code alone.
    expect(await call('handOverAction', { orderId: order.id, code: order.pickupCode! })).toMatchObject({ ok: true });
  });

  it('Hamburg staff can neither record the payment of a Berlin order nor hand it over; nothing changes', async () => {
    const order = await readyOrder();
    state.actor = hamStaff;
    const otherStore = 'You can only work on orders collected at your own store.';
    expect(await call('recordPaymentAction', { orderId: order.id, reference: 'TID-0001' })).toMatchObject({
      ok: false,
      formError: otherStore,
    });
    state.actor = berStaff;
    await call('recordPaymentAction', { orderId: order.id, reference: 'TID-0001' });
    state.actor = hamStaff;
    expect(await call('handOverAction', { orderId: order.id, code: order.pickupCode! })).toMatchObject({
      ok: false,
      formError: otherStore,
    });
    expect(await orderRow(order.id)).toMatchObject({ status: 'ready_for_pickup', paidById: berStaff.userId });
    state.actor = null;
    expect(await call('recordPaymentAction', { orderId: order.id, reference: 'TID-0002' })).toMatchObject({
      ok: false,
      formError: 'Please sign in first.',
    });
  });
});

describe('finding orders at the counter', () => {
  it('by the scanned QR (the pickup code), the number, the e-mail; only in the store the order is collected at', async () => {
    const order = await readyOrder(`scan-${Date.now()}@example.com`);
    const byCode = await findDeskOrders(t.db, ber.id, parseDeskLookup(order.pickupCode!));
    expect(byCode.find((o) => o.id === order.id)).toMatchObject({ number: order.number, matchedCode: true });
    expect(await findDeskOrders(t.db, ber.id, parseDeskLookup(`#${order.number}`))).toEqual([
      expect.objectContaining({ id: order.id, matchedCode: false, itemsCount: 1, customerName: null }),
    ]);
    expect(await findDeskOrders(t.db, ber.id, parseDeskLookup(order.email.slice(0, 12).toUpperCase()))).toEqual([
      expect.objectContaining({ id: order.id }),
    ]);
    expect(await findDeskOrders(t.db, ham.id, parseDeskLookup(order.pickupCode!))).toEqual([]);
    expect(await findDeskOrders(t.db, ham.id, parseDeskLookup(String(order.number)))).toEqual([]);
    expect(await findDeskOrders(t.db, ber.id, parseDeskLookup('%'))).toEqual([]);
  });

  it('an order in the reader language with options, amount due, and in "collected today" once handed over', async () => {
    const order = await readyOrder();
    const sku = (await t.db.select({ sku: variants.sku }).from(variants).where(eq(variants.id, variantId)))[0]!.sku;
    expect(await findDeskOrder(t.db, ber.id, order.number, 'de')).toMatchObject({
      status: 'ready_for_pickup',
      totalAmount: order.totalAmount,
      payment: { method: 'pay_at_pickup', status: 'pending' },
      lines: [{ sku, name: 'Tourenrad', options: [{ name: 'Farbe', value: 'Rot' }], quantity: 1 }],
      paid: null,
      collected: null,
    });
    expect((await findDeskOrder(t.db, ber.id, order.number, 'en'))!.lines[0]).toMatchObject({
      name: 'Touring Bike',
      options: [{ name: 'color', value: 'Red' }],
    });
    expect(await findDeskOrder(t.db, ham.id, order.number, 'en')).toBeNull();

    state.actor = berStaff;
    await call('recordPaymentAction', { orderId: order.id, reference: 'TID-7' });
    await call('handOverAction', { orderId: order.id, code: order.pickupCode! });
    const now = new Date();
    expect((await listCollectedToday(t.db, ber.id, now)).map((o) => o.id)).toContain(order.id);
    expect(await listCollectedToday(t.db, ham.id, now)).toEqual([]);
    // Handed over yesterday (in the store's day): not today's.
    await t.db.execute(
      sql`update order_events set created_at = now() - interval '1 day 1 hour' where order_id = ${order.id} and to_status = 'collected'`,
    );
    expect((await listCollectedToday(t.db, ber.id, now)).map((o) => o.id)).not.toContain(order.id);
    expect(await findDeskOrder(t.db, ber.id, order.number, 'en')).toMatchObject({
      status: 'collected',
      paid: { reference: 'TID-7', by: expect.any(String) },
      collected: { by: expect.any(String) },
    });
  });
});

describe('order pages are bound to the staff member’s stores', () => {
  it('Hamburg staff get 403 on Berlin’s desk and 404 for a Berlin order through their own desk', async () => {
    const order = await readyOrder();
    const { requireDeskOrder } = await import('@/app/store-desk/[code]/orders/[number]/require-desk-order');
    const open = (code: string) => requireDeskOrder(code, String(order.number), '/store-desk', 'en');
    state.actor = hamStaff;
    await expect(open(ber.code)).rejects.toThrow('403');
    await expect(open(ham.code)).rejects.toThrow('404');
    state.actor = berStaff;
    expect((await open(ber.code)).order.id).toBe(order.id);
    await expect(requireDeskOrder(ber.code, '12x', '/store-desk', 'en')).rejects.toThrow('404');
  });
});
