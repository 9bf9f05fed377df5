import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cartLines, carts, checkoutRequests, orders } from '@/db/schema';
import { makeCart, makeChannel, makeCustomer, makeProduct } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { deleteAbandonedGuestCarts } from './cart-cleanup.writes';

const DAY_MS = 24 * 60 * 60_000;

let t: TestDatabase;
let webId: string;
let customerId: string;
let variantIds: string[];

/** A cart last changed `daysAgo` before `now`, with `lines` lines. */
async function cartChanged(
  now: Date,
  daysAgo: number,
  options: { userId?: string; lines?: number } = {},
): Promise<string> {
  const lines = variantIds
    .slice(0, options.lines ?? 1)
    .map((variantId) => ({ variantId, quantity: 2, unitAmountAtAdd: 1500 }));
  const changedAt = new Date(now.getTime() - daysAgo * DAY_MS);
  return (await makeCart(t.db, { channelId: webId, userId: options.userId, changedAt, lines })).id;
}

const cartIdsLeft = async (ids: string[]) =>
  (await t.db.select({ id: carts.id }).from(carts).where(inArray(carts.id, ids))).map((c) => c.id).sort();
const lineCount = async (cartId: string) =>
  (
    await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(cartLines)
      .where(eq(cartLines.cartId, cartId))
  )[0]!.n;

beforeAll(async () => {
  t = await createTestDatabase();
  webId = (await makeChannel(t.db)).id;
  customerId = (await makeCustomer(t.db)).id;
  variantIds = (await makeProduct(t.db, { variants: [{}, {}] })).variants.map((v) => v.id);
});
afterAll(() => t.drop());

describe('deleteAbandonedGuestCarts', () => {
  it.each([0, -3, 1.5, Number.NaN])('refuses a window of %s days', async (olderThanDays) => {
    await expect(deleteAbandonedGuestCarts(t.db, { olderThanDays })).rejects.toMatchObject({
      code: 'cart.cleanup_age',
      status: 400,
    });
  });

  it('deletes old guest carts with their lines, keeps recent, customer and ordered carts, and a second run deletes nothing', async () => {
    const now = new Date();
    const oldGuest = await cartChanged(now, 31, { lines: 2 });
    const oldEmptyGuest = await cartChanged(now, 45, { lines: 0 });
    const atCutoff = await cartChanged(now, 30);
    const recentGuest = await cartChanged(now, 29);
    const oldCustomer = await cartChanged(now, 400, { userId: customerId });
    // A guest who ordered from the cart and then filled it again: the order names the cart.
    const ordered = await cartChanged(now, 90);
    const [order] = await t.db
      .insert(orders)
      .values({
        channelId: webId,
        email: 'guest@example.com',
        currency: 'EUR',
        pricesIncludeVat: true,
        totalAmount: 3000,
        cartId: ordered,
        placedAt: new Date(now.getTime() - 95 * DAY_MS),
      })
      .returning();
    // A checkout whose key was claimed but never finished an order.
    const claimed = await cartChanged(now, 90);
    await t.db
      .insert(checkoutRequests)
      .values({ cartId: claimed, idempotencyKey: `key-${randomUUID()}`, requestHash: 'hash' });
    const all = [oldGuest, oldEmptyGuest, atCutoff, recentGuest, oldCustomer, ordered, claimed];

    expect(await deleteAbandonedGuestCarts(t.db, { now })).toBe(2);

    expect(await cartIdsLeft(all)).toEqual([atCutoff, recentGuest, oldCustomer, ordered, claimed].sort());
    expect(await lineCount(oldGuest)).toBe(0);
    expect(await lineCount(recentGuest)).toBe(1);
    expect(await lineCount(oldCustomer)).toBe(1);
    expect(await lineCount(ordered)).toBe(1);
    expect((await t.db.select().from(orders).where(eq(orders.id, order!.id)))[0]).toEqual(order);
    expect(
      await t.db
        .select({ cartId: checkoutRequests.cartId })
        .from(checkoutRequests)
        .where(eq(checkoutRequests.cartId, claimed)),
    ).toHaveLength(1);

    expect(await deleteAbandonedGuestCarts(t.db, { now })).toBe(0);
    expect(await cartIdsLeft(all)).toHaveLength(5);

    // A shorter window reaches the carts the default kept, but still no customer's or ordered cart.
    expect(await deleteAbandonedGuestCarts(t.db, { now, olderThanDays: 7 })).toBe(2);
    expect(await cartIdsLeft(all)).toEqual([oldCustomer, ordered, claimed].sort());
  });

  it('runs one at a time, and keeps a cart changed while the run waits for it', async () => {
    const cart = await cartChanged(new Date(), 60);
    let changing!: () => void;
    let commit!: () => void;
    const changingStarted = new Promise<void>((resolve) => (changing = resolve));
    const committed = new Promise<void>((resolve) => (commit = resolve));
    // A cart write as the cart service does it: lock the row by touching updated_at, then commit later.
    const writer = t.db.transaction(async (tx) => {
      await tx
        .update(carts)
        .set({ updatedAt: sql`now()` })
        .where(eq(carts.id, cart));
      changing();
      await committed;
    });
    await changingStarted;

    const first = deleteAbandonedGuestCarts(t.db);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const waiting = await t.db.execute(
        sql`select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%delete from carts%'`,
      );
      if (waiting.length) break;
      if (Date.now() > deadline) throw new Error('The cleanup never waited for the locked cart');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The first run holds the advisory lock while it waits: a second one skips instead of queueing.
    expect(await deleteAbandonedGuestCarts(t.db)).toBe(0);

    commit();
    await writer;
    expect(await first).toBe(0);
    expect(await cartIdsLeft([cart])).toEqual([cart]);
    expect(await lineCount(cart)).toBe(1);
  });
});
