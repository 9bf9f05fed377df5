import 'server-only';
// The payment of a pay-at-pickup order taken at the store's card terminal: staff type in the terminal's
// reference; it is stored on the order with when, who and where, and audited. The hand-over needs it.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orders } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { recordAudit } from '@/lib/platform/audit.writes';
import { AppError } from '@/lib/platform/errors';
import { isUuid } from '@/lib/checkout/checkout.writes';
import { requireDeskStore } from '@/lib/orders/orders.writes';
import { paymentDueAtPickup } from './pickup-payment.rules';

const OPEN = ['placed', 'confirmed', 'picking', 'ready_for_pickup'];

export type RecordedPayment = { orderId: string; reference: string; paidAt: string };

/**
 * Records the terminal payment of an open pay-at-pickup order at its pickup store (staff only at
 * theirs). Refused for another method, an order already paid, or one no longer open; guarded on the
 * unpaid state, so two staff recording at once cannot both succeed.
 */
export async function recordPickupPayment(
  db: Database,
  actor: Actor | null,
  input: { orderId: string; reference: string },
  now: Date = new Date(),
): Promise<RecordedPayment> {
  requirePermission(actor, 'orders:manage');
  if (!isUuid(input.orderId)) throw new AppError('order.not_found');
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({
        status: orders.status,
        pickupLocationId: orders.pickupLocationId,
        paymentMethod: orders.paymentMethod,
        paymentStatus: orders.paymentStatus,
        totalAmount: orders.totalAmount,
        currency: orders.currency,
      })
      .from(orders)
      .where(eq(orders.id, input.orderId))
      .for('update');
    if (!order) throw new AppError('order.not_found');
    requireDeskStore(actor, order.pickupLocationId);
    if (order.paymentMethod !== 'pay_at_pickup') throw new AppError('pickup.not_pay_at_pickup');
    if (!paymentDueAtPickup(order)) throw new AppError('pickup.already_paid');
    if (!OPEN.includes(order.status))
      throw new AppError('order.transition_invalid', { params: { from: order.status, to: 'collected' } });
    const updated = await tx
      .update(orders)
      .set({
        paymentStatus: 'paid',
        paymentReference: input.reference,
        paidAt: now,
        paidById: actor.userId,
        paidLocationId: order.pickupLocationId,
      })
      .where(sql`${orders.id} = ${input.orderId} and ${orders.paymentStatus} is distinct from 'paid'`)
      .returning({ id: orders.id });
    if (!updated.length) throw new AppError('order.changed_meanwhile');
    await recordAudit(tx, actor, {
      action: 'order.payment_recorded',
      entityType: 'order',
      entityId: input.orderId,
      before: { paymentStatus: order.paymentStatus },
      after: {
        paymentStatus: 'paid',
        method: 'terminal',
        reference: input.reference,
        amount: order.totalAmount,
        currency: order.currency,
        locationId: order.pickupLocationId,
      },
    });
    return { orderId: input.orderId, reference: input.reference, paidAt: now.toISOString() };
  });
}
