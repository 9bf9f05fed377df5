import 'server-only';
import { DEFAULT_LOCALE, isLocale } from '@/lib/platform/i18n/locales';
import { translatorFor } from '@/lib/platform/i18n/messages';
import { wordOrderMessage, type OrderMessage } from '@/lib/notifications/order-messages.rules';
import { createHash, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { notificationOutbox, orderEvents, orders } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import type { OrderSummary } from '@/lib/orders/orders.reads';
import { overdueCondition } from '@/lib/pickup/pickup-desk.reads';
import { getPickupSettings } from '@/lib/pickup/pickup-settings.reads';
import { assertTransition, type OrderStatus } from '@/lib/orders/order-status.rules';
import { AppError } from '@/lib/platform/errors';
import { isUuid } from '@/lib/checkout/checkout.writes';
import { handOverPaymentBlocker } from '@/lib/pickup/pickup-payment.rules';
import { applyStockEffect, requireDeskStore, transitionOrder } from '@/lib/orders/orders.writes';

const DAY_MS = 86_400_000;
const EXPIRY_LOCK = 7_231_201; // pg advisory lock: one expiry run at a time across all workers and instances

/** Compares two codes in constant time (hashing first makes the lengths equal). */
function codesMatch(expected: string, given: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/**
 * Hands a ready order over at the desk: only when the pickup code the customer shows matches the
 * order's, and a pay-at-pickup order's terminal payment is recorded (recordPickupPayment), does it
 * become collected (stock consumed, by transitionOrder). A wrong code or a missing payment changes nothing.
 */
export async function handOverOrder(
  db: Database,
  actor: Actor | null,
  input: { orderId: string; code: string },
): Promise<OrderSummary> {
  requirePermission(actor, 'orders:manage');
  if (!isUuid(input.orderId)) throw new AppError('order.not_found');
  const [order] = await db
    .select({
      status: orders.status,
      fulfilment: orders.fulfilment,
      pickupLocationId: orders.pickupLocationId,
      pickupCode: orders.pickupCode,
      paymentMethod: orders.paymentMethod,
      paymentStatus: orders.paymentStatus,
    })
    .from(orders)
    .where(eq(orders.id, input.orderId));
  if (!order) throw new AppError('order.not_found');
  requireDeskStore(actor, order.pickupLocationId);
  assertTransition(order.status, 'collected', order.fulfilment);
  const blocker = handOverPaymentBlocker(order);
  if (blocker) throw new AppError(blocker);
  const given = input.code.replace(/\s+/g, '');
  if (!order.pickupCode || !given || !codesMatch(order.pickupCode, given)) {
    throw new AppError('pickup.code_mismatch', { field: 'code' });
  }
  return transitionOrder(db, actor, input.orderId, 'collected', 'Handed over with the pickup code');
}

type Expiring = {
  id: string;
  number: number;
  status: OrderStatus;
  channelId: string;
  pickupLocationId: string;
  userId: string | null;
  email: string;
  locale: string;
  storeName: string;
};

/**
 * Cancels one order as transitionOrder would (guarded on its current status, reservation released,
 * event recorded) but without the staff permission check, for the system job; also queues the
 * customer's message. False when the order changed meanwhile.
 */
async function cancelUncollected(
  tx: Executor,
  order: Expiring,
  actorId: string | null,
  days: number,
): Promise<boolean> {
  assertTransition(order.status, 'cancelled', null);
  const updated = await tx
    .update(orders)
    .set({ status: 'cancelled' })
    .where(sql`${orders.id} = ${order.id} and ${orders.status} = ${order.status}`)
    .returning({ id: orders.id });
  if (!updated.length) return false;
  await applyStockEffect(tx, order.id, 'release');
  await tx.insert(orderEvents).values({
    orderId: order.id,
    fromStatus: order.status,
    toStatus: 'cancelled',
    actorId,
    channelId: order.channelId,
    locationId: order.pickupLocationId,
    note: `not collected within ${days} days`,
  });
  const message: OrderMessage = { kind: 'uncollected', number: order.number, store: order.storeName, days };
  const t = translatorFor(isLocale(order.locale) ? order.locale : DEFAULT_LOCALE);
  await tx.insert(notificationOutbox).values({
    orderId: order.id,
    userId: order.userId,
    email: order.email,
    message,
    ...wordOrderMessage(t, message),
  });
  return true;
}

export type ExpiryResult = { cancelled: number; failed: number; skipped: boolean };

/**
 * The uncollected-orders job: cancels pickup orders past their deadline (ready for pickup longer than
 * the uncollected days, or not collected that long after their slot ended). `actor` null is the
 * system (schedule, CLI); a person must be an admin. One run at a time: a run that finds another in
 * progress skips. An order whose stock does not match its reservation is left for staff and counted
 * as failed; the others are still cancelled.
 */
export async function cancelUncollectedOrders(db: Database, now: Date, actor: Actor | null): Promise<ExpiryResult> {
  if (actor) requirePermission(actor, 'pickup:settings');
  return db.transaction(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }>(
      sql`select pg_try_advisory_xact_lock(${EXPIRY_LOCK}) as locked`,
    );
    if (!lock?.locked) return { cancelled: 0, failed: 0, skipped: true };
    const { uncollectedDays } = await getPickupSettings(tx);
    const cutoff = new Date(now.getTime() - uncollectedDays * DAY_MS);
    const due = await tx.execute<{
      id: string;
      number: string | number;
      status: OrderStatus;
      channel_id: string;
      pickup_location_id: string;
      user_id: string | null;
      email: string;
      locale: string;
      store_name: string;
    }>(sql`
      select o.id, o.number, o.status, o.channel_id, o.pickup_location_id, o.user_id, o.email, o.locale, l.name as store_name
      from orders o join locations l on l.id = o.pickup_location_id
      where ${overdueCondition(cutoff)}
      order by o.placed_at, o.id`);
    let cancelled = 0;
    let failed = 0;
    for (const row of due) {
      const order: Expiring = {
        id: row.id,
        number: Number(row.number),
        status: row.status,
        channelId: row.channel_id,
        pickupLocationId: row.pickup_location_id,
        userId: row.user_id,
        email: row.email,
        locale: row.locale,
        storeName: row.store_name,
      };
      try {
        // A savepoint per order: one that cannot be cancelled does not undo the others.
        if (await tx.transaction((sp) => cancelUncollected(sp, order, actor?.userId ?? null, uncollectedDays)))
          cancelled += 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failed += 1;
        console.error(`Cancelling uncollected order #${order.number} failed: ${error.code}`, error.params ?? '');
      }
    }
    return { cancelled, failed, skipped: false };
  });
}
