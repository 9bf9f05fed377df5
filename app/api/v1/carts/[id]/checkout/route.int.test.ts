import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { locations, stockLevels } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { pickupSlots } from '@/lib/pickup/pickup-slots.rules';
import { localDateOf } from '@/lib/platform/time-zone.rules';
import {
  actorOf,
  makeCart,
  makeChannel,
  makeCustomer,
  makeProduct,
  makeStaff,
  makeStock,
  makeStore,
  uniqueSuffix,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ db: null as unknown, actor: null as unknown }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('next/cache', () => ({ unstable_cache: <F>(fn: F) => fn, revalidateTag: vi.fn(), updateTag: vi.fn() }));

let t: TestDatabase;
let cartId: string;
let ber: typeof locations.$inferSelect;
let customer: Actor;
let staffBerlin: Actor;
let webId: string;

const WEB_KEY = `pk_test_${uniqueSuffix()}`;
const B2B_KEY = `pk_test_${uniqueSuffix()}`;

const params = (id: string) => ({ params: Promise.resolve({ id }) });
function post(id: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`http://localhost/api/v1/carts/${id}/checkout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-publishable-key': WEB_KEY, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  ber = await makeStore(t.db);
  const web = await makeChannel(t.db, { key: WEB_KEY, locationIds: [ber.id] });
  webId = web.id;
  await makeChannel(t.db, { kind: 'b2b', key: B2B_KEY, locationIds: [ber.id] });
  const v = (await makeProduct(t.db)).variants[0]!;
  await makeStock(t.db, { variantId: v.id, locationId: ber.id, onHand: 5 });
  customer = await actorOf(t.db, await makeCustomer(t.db));
  staffBerlin = await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber.id] }));
  cartId = (
    await makeCart(t.db, { channelId: web.id, userId: customer.userId, lines: [{ variantId: v.id, quantity: 1 }] })
  ).id;
});
afterAll(() => t.drop());

describe('POST /api/v1/carts/{id}/checkout and GET /api/v1/orders/{id}', () => {
  it('needs an Idempotency-Key, a key of the cart channel and a valid body; 201, then 200 on replay; the order for owner and staff', async () => {
    const { POST } = await import('./route');
    const { GET } = await import('@/app/api/v1/orders/[id]/route');
    state.actor = customer;
    const now = new Date();
    const slot = pickupSlots(ber, localDateOf(now, ber.timeZone), 8, { now })
      .find((s) => s.bookable)!
      .start.toISOString();
    const body = {
      email: customer.email,
      fulfilment: 'pickup',
      pickupLocationId: ber.id,
      pickupSlotStart: slot,
      payment: { method: 'pay_at_pickup' },
    };
    const idem = { 'idempotency-key': `order-${randomUUID()}` };

    const missing = await POST(post(cartId, body), params(cartId));
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(await missing.json()).toMatchObject({
      code: 'checkout.key_missing',
      detail: expect.stringMatching(/^Send an Idempotency-Key header/),
    });
    const short = await POST(post(cartId, body, { 'idempotency-key': 'short' }), params(cartId));
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({
      code: 'request.invalid',
      errors: { 'idempotency-key': ['An Idempotency-Key has 8 to 200 visible ASCII characters.'] },
    });
    expect((await POST(post(cartId, body, { ...idem, 'x-publishable-key': B2B_KEY }), params(cartId))).status).toBe(
      403,
    );
    expect((await POST(post(cartId, body, { ...idem, 'x-publishable-key': '' }), params(cartId))).status).toBe(401);
    expect((await POST(post('not-a-uuid', body, idem), params('not-a-uuid'))).status).toBe(404);
    expect((await POST(post(randomUUID(), body, idem), params(randomUUID()))).status).toBe(404);
    expect((await POST(post(cartId, '{not json', idem), params(cartId))).status).toBe(400);
    const invalid = await POST(post(cartId, { ...body, email: 'nope' }, idem), params(cartId));
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors).toHaveProperty('email');

    const created = await POST(post(cartId, body, idem), params(cartId));
    expect(created.status).toBe(201);
    const order = await created.json();
    expect(order).toMatchObject({
      status: 'placed',
      fulfilment: 'pickup',
      pickupLocation: { code: ber.code },
      payment: { method: 'pay_at_pickup', status: 'pending' },
      pickupSlot: { start: slot },
    });
    expect(order.total.amount).toBe(order.lines[0].lineTotal.amount);
    expect(created.headers.get('location')).toBe(`/api/v1/orders/${order.id}`);

    const replay = await POST(post(cartId, body, idem), params(cartId));
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(order);
    const other = await POST(post(cartId, { ...body, email: 'x@example.com' }, idem), params(cartId));
    expect(other.status).toBe(422);
    const [{ n }] = (await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from orders where cart_id = ${cartId}`,
    )) as unknown as [{ n: number }];
    expect(n).toBe(1);

    const get = (id: string) => GET(new Request(`http://localhost/api/v1/orders/${id}`), params(id));
    expect(await (await get(order.id)).json()).toEqual(order);
    state.actor = staffBerlin;
    expect((await get(order.id)).status).toBe(200);
    state.actor = null;
    expect((await get(order.id)).status).toBe(404);
    state.actor = { ...customer, userId: randomUUID() };
    expect((await get(order.id)).status).toBe(404);
    expect((await get('nope')).status).toBe(404);
    const [stock] = await t.db
      .select()
      .from(stockLevels)
      .where(and(eq(stockLevels.locationId, ber.id), eq(stockLevels.reserved, 1)));
    expect(stock).toBeDefined();
  });

  it('answers 429 with problem details when a guest address ordered too often (paid at pickup)', async () => {
    const { POST } = await import('./route');
    vi.stubEnv('GUEST_ORDERS_PER_IP', '1');
    state.actor = null;
    const now = new Date();
    const slot = pickupSlots(ber, localDateOf(now, ber.timeZone), 8, { now }).find((s) => s.bookable)!;
    const v = (await makeProduct(t.db)).variants[0]!;
    await makeStock(t.db, { variantId: v.id, locationId: ber.id, onHand: 5 });
    const order = async (email: string) => {
      const cart = (await makeCart(t.db, { channelId: webId, lines: [{ variantId: v.id, quantity: 1 }] })).id;
      const body = {
        email,
        fulfilment: 'pickup',
        pickupLocationId: ber.id,
        pickupSlotStart: slot.start.toISOString(),
        payment: { method: 'pay_at_pickup' },
      };
      return POST(
        post(cart, body, { 'idempotency-key': `order-${randomUUID()}`, 'x-forwarded-for': '198.51.100.9' }),
        params(cart),
      );
    };
    try {
      expect((await order('first.guest@example.com')).status).toBe(201);
      const refused = await order('second.guest@example.com');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
      expect(await refused.json()).toMatchObject({
        status: 429,
        code: 'checkout.guest_rate_limited',
        detail: expect.stringMatching(/^Too many orders without an account\. Please try again in \d+ minutes/),
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
