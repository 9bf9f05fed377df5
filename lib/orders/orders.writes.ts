import 'server-only';
import { DEFAULT_LOCALE, isLocale } from '@/lib/platform/i18n/locales';
import { translatorFor } from '@/lib/platform/i18n/messages';
import { wordOrderMessage, type OrderMessage } from '@/lib/notifications/order-messages.rules';
import { asc, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { locations, notificationOutbox, orderEvents, orderLines, orders } from '@/db/schema';
import { requirePermission, storesWhere, type Actor } from '@/lib/platform/auth/permissions.rules';
import { findOrderLocationIds, findOrderSummary, type OrderSummary } from '@/lib/orders/orders.reads';
import { assertTransition, isOrderStatus, stockEffect, type OrderStatus } from '@/lib/orders/order-status.rules';
import { AppError } from '@/lib/platform/errors';
import { isUuid } from '@/lib/checkout/checkout.writes';
import { handOverPaymentBlocker } from '@/lib/pickup/pickup-payment.rules';

/** Staff may see the orders of their stores; admins every order. */
async function worksOrder(db: Executor, actor: Actor, orderId: string): Promise<boolean> {
  const stores = storesWhere(actor, 'orders:manage');
  if (stores === 'all') return true;
  const where = await findOrderLocationIds(db, orderId);
  return where.some((id) => stores.includes(id));
}

/**
 * The desk works an order at its pickup store: staff only at theirs, admins at any. An order without a
 * pickup store (delivery) is for those who act at every store.
 */
export function requireDeskStore(actor: Actor | null, pickupLocationId: string | null): asserts actor is Actor {
  requirePermission(
    actor,
    'orders:manage',
    // No store id is '' (never assigned to anyone), so only a role that acts everywhere passes.
    { store: pickupLocationId ?? '' },
    'order.other_store',
  );
}

/** An order for its owner (the signed-in buyer) or the staff who work it; 404 for everyone else. */
export async function findOrderForCaller(db: Executor, actor: Actor | null, orderId: string): Promise<OrderSummary> {
  if (!actor || !isUuid(orderId)) throw new AppError('order.not_found');
  const order = await findOrderSummary(db, orderId);
  if (!order) throw new AppError('order.not_found');
  if (order.userId === actor.userId || (await worksOrder(db, actor, orderId))) return order;
  throw new AppError('order.not_found');
}

/**
 * Releases (cancellation), consumes (hand-over, shipping) or restocks (return) the stock of an order's
 * lines, line by line at the line's location, in the caller's transaction. A release or consumption
 * that no longer matches the reservation is a conflict. A return puts the goods back on hand where they
 * left (a stock row deleted meanwhile is recreated); nothing is reserved for them.
 */
export async function applyStockEffect(
  tx: Executor,
  orderId: string,
  effect: 'release' | 'consume' | 'restock',
): Promise<void> {
  const lines = await tx
    .select({
      variantId: orderLines.variantId,
      locationId: orderLines.locationId,
      quantity: orderLines.quantity,
      sku: orderLines.sku,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.variantId), asc(orderLines.locationId));
  for (const line of lines) {
    if (!line.locationId) continue; // demo history from before checkout names no location: its stock never moved
    if (effect === 'restock') {
      await tx.execute(sql`
        insert into stock_levels (variant_id, location_id, on_hand, reserved) values (${line.variantId}, ${line.locationId}, ${line.quantity}, 0)
        on conflict (variant_id, location_id) do update set on_hand = stock_levels.on_hand + excluded.on_hand`);
      continue;
    }
    const rows =
      effect === 'release'
        ? await tx.execute(sql`
            update stock_levels set reserved = reserved - ${line.quantity}
            where variant_id = ${line.variantId} and location_id = ${line.locationId} and reserved >= ${line.quantity}
            returning variant_id`)
        : await tx.execute(sql`
            update stock_levels set on_hand = on_hand - ${line.quantity}, reserved = reserved - ${line.quantity}
            where variant_id = ${line.variantId} and location_id = ${line.locationId} and reserved >= ${line.quantity} and on_hand >= ${line.quantity}
            returning variant_id`);
    if (!rows.length) throw new AppError('order.stock_mismatch', { params: { sku: line.sku } });
  }
}

/**
 * Moves an order to its next status (orders:manage; staff only at their own pickup store): checks the
 * state machine, updates with a guard on the current status, releases, consumes or restocks the stock
 * of its lines (stockEffect), records the event and, when it is ready for pickup, queues the customer's message.
 */
export async function transitionOrder(
  db: Database,
  actor: Actor | null,
  orderId: string,
  to: string,
  note?: string,
): Promise<OrderSummary> {
  requirePermission(actor, 'orders:manage');
  if (!isUuid(orderId)) throw new AppError('order.not_found');
  if (!isOrderStatus(to)) throw new AppError('order.status_unknown', { params: { status: to } });
  const cleanNote = note?.trim().slice(0, 500) || null;

  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        fulfilment: orders.fulfilment,
        channelId: orders.channelId,
        pickupLocationId: orders.pickupLocationId,
        userId: orders.userId,
        email: orders.email,
        locale: orders.locale,
        paymentMethod: orders.paymentMethod,
        paymentStatus: orders.paymentStatus,
        pickupCode: orders.pickupCode,
      })
      .from(orders)
      .where(eq(orders.id, orderId));
    if (!order) throw new AppError('order.not_found');
    requireDeskStore(actor, order.pickupLocationId);
    const from: OrderStatus = order.status;
    assertTransition(from, to, order.fulfilment);

    // Pay at pickup: the terminal payment is recorded first (recordPickupPayment), never implied.
    const blocker = to === 'collected' ? handOverPaymentBlocker(order) : null;
    if (blocker) throw new AppError(blocker);
    const updated = await tx
      .update(orders)
      .set({ status: to })
      .where(sql`${orders.id} = ${orderId} and ${orders.status} = ${from}`)
      .returning({ id: orders.id });
    if (!updated.length) throw new AppError('order.changed_meanwhile');

    const effect = stockEffect(from, to);
    if (effect !== 'none') await applyStockEffect(tx, orderId, effect);

    await tx.insert(orderEvents).values({
      orderId,
      fromStatus: from,
      toStatus: to,
      actorId: actor.userId,
      channelId: order.channelId,
      locationId: order.pickupLocationId,
      note: cleanNote,
    });

    if (to === 'ready_for_pickup' && order.pickupLocationId) {
      const [store] = await tx
        .select({
          name: locations.name,
          street: locations.street,
          postalCode: locations.postalCode,
          city: locations.city,
        })
        .from(locations)
        .where(eq(locations.id, order.pickupLocationId));
      const message: OrderMessage = {
        kind: 'readyForPickup',
        number: order.number,
        store: store?.name ?? null,
        address: store ? `, ${store.street}, ${store.postalCode} ${store.city}` : '',
        pickupCode: order.pickupCode,
      };
      const t = translatorFor(isLocale(order.locale) ? order.locale : DEFAULT_LOCALE);
      await tx
        .insert(notificationOutbox)
        .values({ orderId, userId: order.userId, email: order.email, message, ...wordOrderMessage(t, message) });
    }
    return (await findOrderSummary(tx, orderId))!;
  });
}
