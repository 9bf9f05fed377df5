// Guest orders paid at pickup on real PostgreSQL, in parallel: the per-SKU cap, the counts per client
// address and per e-mail address (exact under concurrency), and the pickup-slot window.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders, stockLevels, type locations } from '@/db/schema';
import { pickupSlots } from '@/lib/pickup/pickup-slots.rules';
import { PICKUP_SLOT_DAYS } from '@/lib/pickup/store-api.schemas';
import { addDays, localDateOf } from '@/lib/platform/time-zone.rules';
import {
  actorOf,
  makeCart,
  makeChannel,
  makeCustomer,
  makeProduct,
  makeStock,
  makeStore,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import type { GuestLimits } from './guest-limits.rules';
import { placeOrder } from './checkout.writes';

let t: TestDatabase;
let store: typeof locations.$inferSelect;
let channelId: string;

const LIMITS: GuestLimits = {
  perIp: { limit: 3, windowMinutes: 10 },
  perEmail: { limit: 2, windowMinutes: 60 },
  unitsPerSku: 5,
};
const NO_COUNTS: GuestLimits = {
  ...LIMITS,
  perIp: { limit: 0, windowMinutes: 10 },
  perEmail: { limit: 0, windowMinutes: 60 },
};

beforeAll(async () => {
  t = await createTestDatabase();
  store = await makeStore(t.db, { pickupSlotCapacity: 1000 });
  channelId = (await makeChannel(t.db, { locationIds: [store.id] })).id;
});
afterAll(() => t.drop());

function bookableSlots(days: number) {
  const now = new Date();
  return pickupSlots(store, localDateOf(now, store.timeZone), days, { now }).filter((s) => s.bookable);
}

async function productWithStock(onHand: number) {
  const variant = (await makeProduct(t.db)).variants[0]!;
  await makeStock(t.db, { variantId: variant.id, locationId: store.id, onHand, reserved: 0 });
  return variant;
}

async function guestOrder(
  variantId: string,
  quantity: number,
  options: { email?: string; ip?: string; limits?: GuestLimits; userId?: string | null; slot?: string } = {},
) {
  const cartId = (await makeCart(t.db, { channelId, userId: options.userId ?? null, lines: [{ variantId, quantity }] }))
    .id;
  return {
    cartId,
    place: (actor: Parameters<typeof placeOrder>[1] = null) =>
      placeOrder(
        t.db,
        actor,
        {
          cartId,
          idempotencyKey: `key-${randomUUID()}`,
          email: options.email ?? `guest-${randomUUID()}@example.com`,
          fulfilment: 'pickup',
          pickupLocationId: store.id,
          pickupSlotStart: options.slot ?? bookableSlots(3)[0]!.start.toISOString(),
          payment: { method: 'pay_at_pickup' },
        },
        {
          clientIp: options.ip ?? `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
          guestLimits: options.limits ?? LIMITS,
        },
      ),
  };
}

const reserved = async (variantId: string) =>
  (await t.db.select({ n: stockLevels.reserved }).from(stockLevels).where(eq(stockLevels.variantId, variantId)))[0]!.n;

describe('guest orders paid at pickup', () => {
  it('take at most the cap per SKU, even in parallel; a signed-in customer is not capped', async () => {
    const variant = await productWithStock(100);
    const over = await Promise.all(Array.from({ length: 8 }, () => guestOrder(variant.id, 6, { limits: NO_COUNTS })));
    const results = await Promise.allSettled(over.map((o) => o.place()));
    for (const result of results)
      expect(result).toMatchObject({
        status: 'rejected',
        reason: { status: 422, code: 'checkout.guest_units_per_sku', params: { limit: 5, sku: variant.sku } },
      });
    expect(await reserved(variant.id)).toBe(0);

    const atCap = await Promise.all(Array.from({ length: 4 }, () => guestOrder(variant.id, 5, { limits: NO_COUNTS })));
    expect((await Promise.allSettled(atCap.map((o) => o.place()))).every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await reserved(variant.id)).toBe(20);

    const customer = await makeCustomer(t.db);
    const own = await guestOrder(variant.id, 12, { limits: NO_COUNTS, userId: customer.id, email: customer.email });
    await expect(own.place(await actorOf(t.db, customer))).resolves.toMatchObject({ replayed: false });
    expect(await reserved(variant.id)).toBe(32);
  });

  it('are counted exactly per client address under parallel calls: 12 at once from one address, 3 placed, 9 answered 429', async () => {
    const variant = await productWithStock(100);
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () => guestOrder(variant.id, 1, { ip: '203.0.113.7' })),
    );
    const results = await Promise.allSettled(attempts.map((o) => o.place()));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(refused).toHaveLength(9);
    for (const error of refused) {
      expect(error).toMatchObject({ status: 429, code: 'checkout.guest_rate_limited' });
      expect([9, 10]).toContain(error.params.minutes);
    }
    // Refused orders reserved nothing; another address still orders.
    expect(await reserved(variant.id)).toBe(3);
    await expect((await guestOrder(variant.id, 1, { ip: '203.0.113.8' })).place()).resolves.toMatchObject({
      replayed: false,
    });
  });

  it('are counted per e-mail address across addresses; card payments and failed orders do not count', async () => {
    const variant = await productWithStock(100);
    const email = `repeat-${randomUUID()}@example.com`;
    // A failed order (a slot in the past) counts nothing: its transaction rolls the count back.
    const failing = await guestOrder(variant.id, 1, { email, slot: new Date(Date.now() - 86_400_000).toISOString() });
    await expect(failing.place()).rejects.toMatchObject({ status: 422 });
    const attempts = await Promise.all(Array.from({ length: 6 }, () => guestOrder(variant.id, 1, { email })));
    const results = await Promise.allSettled(attempts.map((o) => o.place()));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.status),
    ).toEqual([429, 429, 429, 429]);
    const placed = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(orders)
      .where(eq(orders.email, email));
    expect(placed[0]!.n).toBe(2);
  });

  it(`refuse a pickup slot beyond the ${PICKUP_SLOT_DAYS.max} days the slots API offers, at the slot field`, async () => {
    const variant = await productWithStock(10);
    const today = localDateOf(new Date(), store.timeZone);
    const lastDay = addDays(today, PICKUP_SLOT_DAYS.max - 1);
    const slots = bookableSlots(PICKUP_SLOT_DAYS.max + 7);
    const inside = slots.filter((s) => localDateOf(s.start, store.timeZone) <= lastDay).at(-1)!;
    const beyond = slots.find((s) => localDateOf(s.start, store.timeZone) > lastDay)!;
    await expect(
      (await guestOrder(variant.id, 1, { limits: NO_COUNTS, slot: beyond.start.toISOString() })).place(),
    ).rejects.toMatchObject({
      status: 422,
      code: 'slot.beyond_window',
      field: 'pickupSlotStart',
      params: { days: PICKUP_SLOT_DAYS.max },
    });
    await expect(
      (await guestOrder(variant.id, 1, { limits: NO_COUNTS, slot: inside.start.toISOString() })).place(),
    ).resolves.toMatchObject({ replayed: false });
  });
});
