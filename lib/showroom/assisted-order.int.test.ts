// Assisted selling on real PostgreSQL: staff in the showroom order for the customer in context (their
// prices, their account), pay at the terminal, and hand a cart to the customer's phone once.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cartHandoffs, cartLines, carts, customerProfiles, locations, orderEvents, orders } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { pickupSlots } from '@/lib/pickup/pickup-slots.rules';
import { localDateOf } from '@/lib/platform/time-zone.rules';
import {
  actorOf,
  makeCart,
  makeChannel,
  makeCustomer,
  makeCustomerGroup,
  makePriceList,
  makeProduct,
  makeStaff,
  makeStock,
  makeStore,
  type MadeChannel,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { placeOrder } from '@/lib/checkout/checkout.writes';
import { findAssistedCart } from './assisted-context.reads';
import { createHandoff, redeemHandoff } from './handoff.writes';

let t: TestDatabase;
let showroom: MadeChannel;
let ber: typeof locations.$inferSelect;
let ham: typeof locations.$inferSelect;
let variant: { id: string; sku: string };
let staffBerlin: Actor;
let staffHamburg: Actor;
let member: { id: string; email: string };
let memberProfileId: string;

const key = () => `key-${randomUUID()}`;
function nextSlot(store: typeof locations.$inferSelect): string {
  const now = new Date();
  return pickupSlots(store, localDateOf(now, store.timeZone), 8, { now })
    .find((s) => s.bookable)!
    .start.toISOString();
}
const staffCart = async (staff: Actor, quantity = 1) =>
  (await makeCart(t.db, { channelId: showroom.id, userId: staff.userId, lines: [{ variantId: variant.id, quantity }] }))
    .id;

beforeAll(async () => {
  t = await createTestDatabase();
  ber = await makeStore(t.db, { pickupSlotCapacity: 100 });
  ham = await makeStore(t.db);
  showroom = await makeChannel(t.db, { kind: 'showroom', locationIds: [ber.id, ham.id] });
  variant = (await makeProduct(t.db, { variants: [{ price: 10_000 }] })).variants[0]!;
  await makeStock(t.db, { variantId: variant.id, locationId: ber.id, onHand: 50, reserved: 0 });
  staffBerlin = await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber.id] }));
  staffHamburg = await actorOf(t.db, await makeStaff(t.db, { locationIds: [ham.id] }));
  // A customer with an account in a group that gets 10 % off in the showroom.
  member = await makeCustomer(t.db);
  const group = await makeCustomerGroup(t.db, { userIds: [member.id] });
  await makePriceList(t.db, {
    channelIds: [showroom.id],
    groupIds: [group.id],
    entries: [{ all: true, kind: 'percent', value: 1000 }],
  });
  [{ id: memberProfileId }] = (await t.db
    .select({ id: customerProfiles.id })
    .from(customerProfiles)
    .where(eq(customerProfiles.userId, member.id))) as [{ id: string }];
});
afterAll(() => t.drop());

describe('orders staff place in the showroom', () => {
  it("are the customer's, at their prices, paid at the terminal, and record the store and the staff member", async () => {
    const cartId = await staffCart(staffBerlin, 2);
    const { order } = await placeOrder(
      t.db,
      staffBerlin,
      {
        cartId,
        idempotencyKey: key(),
        email: member.email,
        fulfilment: 'pickup',
        pickupLocationId: ber.id,
        pickupSlotStart: nextSlot(ber),
        payment: { method: 'terminal', reference: ' TX  4711-0815 ' },
      },
      {
        channel: undefined,
        assisted: {
          soldById: staffBerlin.userId,
          soldLocationId: ber.id,
          customer: { profileId: memberProfileId, userId: member.id },
        },
      },
    );
    expect(order.totalAmount).toBe(18_000); // 2 × 100.00 less the group's 10 %
    const [row] = await t.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({
      userId: member.id,
      channelId: showroom.id,
      soldById: staffBerlin.userId,
      soldLocationId: ber.id,
      paymentMethod: 'terminal',
      paymentStatus: 'paid',
      paymentReference: 'TX 4711-0815',
      paidById: staffBerlin.userId,
      paidLocationId: ber.id,
    });
    const [event] = await t.db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(event).toMatchObject({ actorId: staffBerlin.userId, channelId: showroom.id, locationId: ber.id });
  });

  it('a walk-in (no customer in context) pays the channel price; invoice needs a customer with an account', async () => {
    const base = {
      email: 'walk-in@example.com',
      fulfilment: 'pickup' as const,
      pickupLocationId: ber.id,
      pickupSlotStart: nextSlot(ber),
    };
    const assisted = { soldById: staffBerlin.userId, soldLocationId: ber.id, customer: null };
    await expect(
      placeOrder(
        t.db,
        staffBerlin,
        { ...base, cartId: await staffCart(staffBerlin), idempotencyKey: key(), payment: { method: 'invoice' } },
        { assisted },
      ),
    ).rejects.toMatchObject({ code: 'payment.invoice_sign_in' });
    const { order } = await placeOrder(
      t.db,
      staffBerlin,
      { ...base, cartId: await staffCart(staffBerlin), idempotencyKey: key(), payment: { method: 'pay_at_pickup' } },
      { assisted },
    );
    expect(order.totalAmount).toBe(10_000);
    const [row] = await t.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ userId: null, soldById: staffBerlin.userId, paymentStatus: 'pending', paidAt: null });
  });

  it('refuses the terminal without a reference, and outside a store', async () => {
    const cartId = await staffCart(staffBerlin);
    const input = {
      cartId,
      idempotencyKey: key(),
      email: 'walk-in@example.com',
      fulfilment: 'pickup',
      pickupLocationId: ber.id,
      pickupSlotStart: nextSlot(ber),
      payment: { method: 'terminal' },
    };
    await expect(placeOrder(t.db, staffBerlin, input)).rejects.toMatchObject({ code: 'request.invalid' });
    await expect(
      placeOrder(t.db, staffBerlin, { ...input, payment: { method: 'terminal', reference: 'TX-1234' } }),
    ).rejects.toMatchObject({ code: 'payment.terminal_in_store' });
    const lines = await t.db.select().from(cartLines).where(eq(cartLines.cartId, cartId));
    expect(lines).toHaveLength(1);
  });
});

describe('handing a cart off to the customer’s phone', () => {
  const handOff = async (staff: Actor, storeId: string, now = new Date()) => {
    const staffCartId = await staffCart(staff);
    const made = await createHandoff(
      t.db,
      staff,
      { storeId, channelId: showroom.id, staffCartId, profileId: memberProfileId, minutes: 15 },
      now,
    );
    return { ...made, staffCartId };
  };

  it('moves the lines to a guest cart that records the sale, opens once, and keeps only the hash', async () => {
    const { token, cartId, staffCartId } = await handOff(staffBerlin, ber.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const [cart] = await t.db.select().from(carts).where(eq(carts.id, cartId));
    expect(cart).toMatchObject({
      userId: null,
      soldById: staffBerlin.userId,
      soldLocationId: ber.id,
      profileId: memberProfileId,
    });
    expect(await t.db.select().from(cartLines).where(eq(cartLines.cartId, staffCartId))).toHaveLength(0);
    expect(await t.db.select().from(cartLines).where(eq(cartLines.cartId, cartId))).toHaveLength(1);
    const [stored] = await t.db.select().from(cartHandoffs).where(eq(cartHandoffs.cartId, cartId));
    expect(stored!.tokenHash).not.toContain(token);

    // Two phones at once: one opens it, the other is told it was used.
    const results = await Promise.allSettled([
      redeemHandoff(t.db, token, '10.0.0.1'),
      redeemHandoff(t.db, token, '10.0.0.2'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toEqual([{ status: 'fulfilled', value: { cartId } }]);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'handoff.used' } });
    await expect(redeemHandoff(t.db, token, '10.0.0.3')).rejects.toMatchObject({ code: 'handoff.used', status: 410 });
  });

  it('refuses an expired or unknown token', async () => {
    const { token } = await handOff(staffBerlin, ber.id, new Date(Date.now() - 16 * 60_000));
    await expect(redeemHandoff(t.db, token, '10.0.0.4')).rejects.toMatchObject({ code: 'handoff.expired' });
    await expect(redeemHandoff(t.db, 'A'.repeat(32), '10.0.0.4')).rejects.toMatchObject({ code: 'handoff.not_found' });
    await expect(redeemHandoff(t.db, '../../etc', '10.0.0.4')).rejects.toMatchObject({ code: 'handoff.not_found' });
  });

  it('staff hand off only in their own stores', async () => {
    await expect(handOff(staffHamburg, ber.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it("the phone's order is the showroom's, with the store and the staff member, and the cart is done", async () => {
    const { token, cartId } = await handOff(staffBerlin, ber.id);
    await redeemHandoff(t.db, token, '10.0.0.5');
    expect(await findAssistedCart(t.db, cartId, null)).toMatchObject({ id: cartId, channelCode: showroom.code });
    const { order } = await placeOrder(t.db, null, {
      cartId,
      idempotencyKey: key(),
      email: 'phone@example.com',
      fulfilment: 'pickup',
      pickupLocationId: ber.id,
      pickupSlotStart: nextSlot(ber),
      payment: { method: 'pay_at_pickup' },
    });
    const [row] = await t.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({
      channelId: showroom.id,
      soldById: staffBerlin.userId,
      soldLocationId: ber.id,
      userId: null,
    });
    // Ordered: the cookie no longer makes the device shop this cart.
    expect(await findAssistedCart(t.db, cartId, null)).toBeNull();
    // Nobody else's cart is taken for an assisted one, and a signed-in customer's is only theirs.
    expect(await findAssistedCart(t.db, await staffCart(staffBerlin), null)).toBeNull();
  });
});
