// A real guest pay-at-pickup order, placed through the checkout (stock reserved, slot booked) in the
// next bookable slot of a store, and moved on by an actor who may work it: the desk and scope walks use it.
import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import type { locations } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/checkout.writes';
import { transitionOrder } from '@/lib/orders/orders.writes';
import { recordPickupPayment } from '@/lib/pickup/pickup-payment.writes';
import { pickupSlots } from '@/lib/pickup/pickup-slots.rules';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { localDateOf } from '@/lib/platform/time-zone.rules';
import { makeCart } from './factories';

export async function placePickupOrder(
  db: Database,
  input: {
    channelId: string;
    store: typeof locations.$inferSelect;
    variantId: string;
    /** Default `placed`; `ready_for_pickup` moves it on as `by`. */
    until?: 'placed' | 'ready_for_pickup';
    /** Records its payment at the terminal as `by` (reference `TID-<number>`), so it can be handed over. */
    paid?: boolean;
    by?: Actor;
    email?: string;
  },
) {
  const { store } = input;
  const cart = await makeCart(db, { channelId: input.channelId, lines: [{ variantId: input.variantId, quantity: 1 }] });
  const now = new Date();
  const slot = pickupSlots(store, localDateOf(now, store.timeZone), 8, { now }).find((s) => s.bookable)!;
  const { order } = await placeOrder(db, null, {
    cartId: cart.id,
    idempotencyKey: `key-${randomUUID()}`,
    email: input.email ?? 'guest@example.com',
    fulfilment: 'pickup',
    pickupLocationId: store.id,
    pickupSlotStart: slot.start.toISOString(),
    payment: { method: 'pay_at_pickup' },
  });
  if (input.until === 'ready_for_pickup')
    for (const to of ['confirmed', 'picking', 'ready_for_pickup'] as const)
      await transitionOrder(db, input.by!, order.id, to);
  if (input.paid) await recordPickupPayment(db, input.by!, { orderId: order.id, reference: `TID-${order.number}` });
  return order;
}
