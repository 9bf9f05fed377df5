// Shipping on real PostgreSQL: what the checkout charges (order total = goods + shipping, stored with
// its VAT rate), free above the threshold, the bulky surcharge, pickup free, the rate editor's audit,
// and the API (GET /api/v1/carts/{id}/shipping, the order's shipping in GET /api/v1/orders/{id}).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, orders } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { placeOrder } from '@/lib/checkout/checkout.writes';
import {
  actorOf,
  makeAdmin,
  makeCart,
  makeChannel,
  makeCustomer,
  makeProduct,
  makeStock,
  makeStore,
  makeWarehouse,
  type MadeChannel,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { listShippingQuotes, listShippingRates, getProductShippingNote } from './shipping.reads';
import { shippingRateInput } from './shipping.schemas';
import { saveShippingRate } from './shipping.writes';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: <F>(fn: F) => fn,
}));
vi.mock('next/headers', () => import('@/lib/testing/cookie-jar'));
vi.stubEnv('GUEST_ORDERS_PER_IP', '0');
vi.stubEnv('GUEST_ORDERS_PER_EMAIL', '0');

let t: TestDatabase;
let web: MadeChannel;
let store: Awaited<ReturnType<typeof makeStore>>;
let admin: Actor;
let customer: Actor;
/** €20.00 at 19 %, €10.00 at 7 % (a book), a €2,000.00 cargo bike tagged bulky. */
let tube: { id: string; sku: string };
let book: { id: string; sku: string };
let cargo: { id: string; sku: string; productId: string };

const address = { name: 'Chris Customer', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' };
const delivery = (cartId: string) => ({
  cartId,
  idempotencyKey: `key-${randomUUID()}`,
  email: 'guest@example.com',
  fulfilment: 'delivery',
  shippingAddress: address,
  payment: { method: 'test_card', card: { number: '4242 4242 4242 4242' } },
});
const cart = async (lines: Array<{ variantId: string; quantity: number }>) =>
  (await makeCart(t.db, { channelId: web.id, lines })).id;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  const warehouse = await makeWarehouse(t.db);
  store = await makeStore(t.db, { pickupSlotCapacity: 100 });
  web = await makeChannel(t.db, { locationIds: [warehouse.id, store.id] });
  tube = (await makeProduct(t.db, { variants: [{ price: 2_000 }] })).variants[0]!;
  book = (await makeProduct(t.db, { taxClassCode: 'reduced', variants: [{ price: 1_000 }] })).variants[0]!;
  const cargoProduct = await makeProduct(t.db, { tags: ['bulky'], variants: [{ price: 200_000 }] });
  cargo = { ...cargoProduct.variants[0]!, productId: cargoProduct.id };
  for (const v of [tube, book, cargo])
    for (const location of [warehouse, store])
      await makeStock(t.db, { variantId: v.id, locationId: location.id, onHand: 500 });
  admin = await actorOf(t.db, await makeAdmin(t.db));
  customer = await actorOf(t.db, await makeCustomer(t.db));
  await saveShippingRate(
    t.db,
    admin,
    shippingRateInput.parse({
      channelId: web.id,
      method: 'delivery',
      flatAmount: '4,95',
      freeFromAmount: '50',
      bulkyTag: 'bulky',
      bulkySurchargeAmount: '39.00',
    }),
  );
  await saveShippingRate(
    t.db,
    admin,
    shippingRateInput.parse({ channelId: web.id, method: 'ship_to_store', flatAmount: '2.50', freeFromAmount: '' }),
  );
});
afterAll(() => t.drop());

async function stored(orderId: string) {
  const [row] = await t.db
    .select({
      total: orders.totalAmount,
      shipping: orders.shippingAmount,
      vat: orders.shippingVatRateBp,
    })
    .from(orders)
    .where(eq(orders.id, orderId));
  return row!;
}

describe('the checkout charges shipping', () => {
  it('below the threshold: order total = lines + flat rate, stored with the highest VAT rate of the goods', async () => {
    const { order } = await placeOrder(
      t.db,
      null,
      delivery(
        await cart([
          { variantId: tube.id, quantity: 1 },
          { variantId: book.id, quantity: 2 },
        ]),
      ),
    );
    expect(order.totalAmount).toBe(2_000 + 2 * 1_000 + 495);
    expect(order.shipping).toEqual({ amount: 495, vatRateBp: 1_900 });
    expect(await stored(order.id)).toEqual({ total: 4_495, shipping: 495, vat: 1_900 });
  });

  it('only reduced-rate goods: shipping carries the reduced rate', async () => {
    const { order } = await placeOrder(t.db, null, delivery(await cart([{ variantId: book.id, quantity: 1 }])));
    expect(order.shipping).toEqual({ amount: 495, vatRateBp: 700 });
    expect(order.totalAmount).toBe(1_495);
  });

  it('exactly at the threshold: free delivery', async () => {
    const { order } = await placeOrder(t.db, null, delivery(await cart([{ variantId: tube.id, quantity: 5 }])));
    expect(order.totalAmount).toBe(10_000);
    expect(order.shipping.amount).toBe(0);
    const { order: below } = await placeOrder(
      t.db,
      null,
      delivery(
        await cart([
          { variantId: tube.id, quantity: 2 },
          { variantId: book.id, quantity: 1 },
        ]),
      ),
    );
    // 2 × 20.00 + 10.00 is exactly 50.00 again: free; one unit less is not.
    expect(below.shipping.amount).toBe(0);
    const { order: under } = await placeOrder(t.db, null, delivery(await cart([{ variantId: tube.id, quantity: 2 }])));
    expect(under).toMatchObject({ totalAmount: 4_495, shipping: { amount: 495 } });
  });

  it('bulky goods: the surcharge per unit also above the threshold', async () => {
    const cartId = await cart([
      { variantId: cargo.id, quantity: 2 },
      { variantId: tube.id, quantity: 1 },
    ]);
    const { order } = await placeOrder(t.db, null, delivery(cartId));
    expect(order.shipping.amount).toBe(2 * 3_900);
    expect(order.totalAmount).toBe(2 * 200_000 + 2_000 + 2 * 3_900);
    expect(await stored(order.id)).toMatchObject({ shipping: 7_800, total: 409_800 });
  });

  it('pickup is free, even for bulky goods; ship to store charges its own rate', async () => {
    const { order: pickup } = await placeOrder(t.db, null, {
      ...delivery(await cart([{ variantId: cargo.id, quantity: 1 }])),
      fulfilment: 'pickup',
      shippingAddress: undefined,
      pickupLocationId: store.id,
      payment: { method: 'pay_at_pickup' },
      pickupSlotStart: (await nextSlot()).toISOString(),
    });
    expect(pickup.shipping.amount).toBe(0);
    expect(pickup.totalAmount).toBe(200_000);
    const { order: toStore } = await placeOrder(t.db, null, {
      ...delivery(await cart([{ variantId: tube.id, quantity: 1 }])),
      fulfilment: 'ship_to_store',
      shippingAddress: undefined,
      pickupLocationId: store.id,
      payment: { method: 'pay_at_pickup' },
    });
    expect(toStore.shipping.amount).toBe(250);
    expect(toStore.totalAmount).toBe(2_250);
  });
});

async function nextSlot(): Promise<Date> {
  const { pickupSlots } = await import('@/lib/pickup/pickup-slots.rules');
  const { localDateOf } = await import('@/lib/platform/time-zone.rules');
  const now = new Date();
  return pickupSlots(store, localDateOf(now, store.timeZone), 8, { now }).find((s) => s.bookable)!.start;
}

describe('quotes for carts and product pages', () => {
  it('lists every method for a cart: delivery with the bulky surcharge, pickup free, ship to store', async () => {
    const quotes = await listShippingQuotes(t.db, web.id, [{ variantId: cargo.id, quantity: 1, lineAmount: 200_000 }]);
    expect(quotes.map((q) => [q.method, q.amount, q.flatWaived, q.bulkyUnits])).toEqual([
      ['delivery', 3_900, true, 1],
      ['pickup', 0, false, 0],
      ['ship_to_store', 250, false, 0],
    ]);
  });

  it('the product note: plus shipping with the threshold, and the surcharge for bulky goods', async () => {
    expect(await getProductShippingNote(t.db, web.id, cargo.productId)).toEqual({
      kind: 'plus',
      freeFromAmount: 5_000,
      bulkySurchargeAmount: 3_900,
    });
    const other = await makeChannel(t.db);
    expect(await getProductShippingNote(t.db, other.id, cargo.productId)).toEqual({ kind: 'free' });
  });
});

describe('editing rates', () => {
  it('saves a rate with an audit entry of before and after; customers may not', async () => {
    const channel = await makeChannel(t.db);
    const input = shippingRateInput.parse({
      channelId: channel.id,
      method: 'delivery',
      flatAmount: '5',
      freeFromAmount: '',
    });
    await saveShippingRate(t.db, admin, input);
    await saveShippingRate(t.db, admin, { ...input, flatAmount: 600 });
    expect(await listShippingRates(t.db, channel.id)).toEqual([
      { method: 'delivery', flatAmount: 600, freeFromAmount: null, bulkyTag: null, bulkySurchargeAmount: 0 },
    ]);
    const audits = await t.db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'shipping_rate'), eq(auditLog.entityId, `${channel.id}:delivery`)))
      .orderBy(auditLog.createdAt);
    expect(audits).toHaveLength(2);
    expect(audits[0]!.before).toBeNull();
    expect(audits[1]).toMatchObject({ before: { flatAmount: 500 }, after: { flatAmount: 600 } });
    await expect(saveShippingRate(t.db, customer, { ...input, flatAmount: 0 })).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    expect((await listShippingRates(t.db, channel.id))[0]!.flatAmount).toBe(600);
  });

  it.each([
    [{ flatAmount: '-1' }, 'flatAmount'],
    [{ flatAmount: '4.955' }, 'flatAmount'],
    [{ freeFromAmount: 'fifty' }, 'freeFromAmount'],
    [{ bulkyTag: 'Big Things' }, 'bulkyTag'],
    [{ bulkySurchargeAmount: '10' }, 'bulkyTag'],
    [{ method: 'pickup' }, 'method'],
    [{ flatAmount: 'two', bulkySurchargeAmount: '10' }, 'bulkyTag'],
  ])('refuses %j', (fields, path) => {
    const parsed = shippingRateInput.safeParse({ channelId: web.id, method: 'delivery', flatAmount: '1', ...fields });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path[0])).toContain(path);
  });
});

describe('the API', () => {
  const keyed = () => ({ headers: { 'x-publishable-key': web.key! } });
  const params = <P>(value: P) => ({ params: Promise.resolve(value) });

  it('GET /api/v1/carts/{id}/shipping answers the options of the cart', async () => {
    state.actor = null;
    const { GET } = await import('@/app/api/v1/carts/[id]/shipping/route');
    const cartId = await cart([{ variantId: tube.id, quantity: 1 }]);
    const answer = await GET(
      new Request(`http://localhost/api/v1/carts/${cartId}/shipping`, keyed()),
      params({ id: cartId }),
    );
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      subtotal: { amount: 2_000, currency: 'EUR' },
      pricesIncludeVat: true,
      options: [
        expect.objectContaining({
          method: 'delivery',
          price: { amount: 495, currency: 'EUR' },
          freeFrom: { amount: 5_000, currency: 'EUR' },
          vatRateBp: 1_900,
        }),
        expect.objectContaining({ method: 'pickup', price: { amount: 0, currency: 'EUR' } }),
        expect.objectContaining({ method: 'ship_to_store', price: { amount: 250, currency: 'EUR' }, freeFrom: null }),
      ],
    });
    const unknown = randomUUID();
    expect(
      (await GET(new Request(`http://localhost/api/v1/carts/${unknown}/shipping`, keyed()), params({ id: unknown })))
        .status,
    ).toBe(404);
  });

  it('GET /api/v1/orders/{id} carries the shipping, included in the total', async () => {
    const { POST } = await import('@/app/api/v1/carts/[id]/checkout/route');
    const { GET } = await import('@/app/api/v1/orders/[id]/route');
    state.actor = customer;
    const cartId = (
      await makeCart(t.db, { channelId: web.id, userId: customer.userId, lines: [{ variantId: book.id, quantity: 1 }] })
    ).id;
    const {
      idempotencyKey,
      cartId: _cart,
      ...body
    } = {
      ...delivery(cartId),
      email: customer.email,
      payment: { method: 'invoice' },
    };
    const placed = await POST(
      new Request(`http://localhost/api/v1/carts/${cartId}/checkout`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { ...keyed().headers, 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      }),
      params({ id: cartId }),
    );
    expect(placed.status).toBe(201);
    const order = (await placed.json()) as { id: string };
    const read = await GET(new Request(`http://localhost/api/v1/orders/${order.id}`), params({ id: order.id }));
    expect(await read.json()).toMatchObject({
      total: { amount: 1_495, currency: 'EUR' },
      shipping: { price: { amount: 495, currency: 'EUR' }, vatRateBp: 700 },
    });
  });
});
