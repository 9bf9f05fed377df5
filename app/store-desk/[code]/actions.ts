'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { handOverOrder } from '@/lib/pickup/pickup-desk.writes';
import { terminalReference } from '@/lib/pickup/pickup-payment.rules';
import { recordPickupPayment } from '@/lib/pickup/pickup-payment.writes';
import { transitionOrder } from '@/lib/orders/orders.writes';

const orderId = z.object({ orderId: z.uuid(fieldMessage('unknown_order')) });

function deskChanged() {
  revalidatePath('/store-desk', 'layout');
}

/** Confirm, start picking, ready for pickup: the steps before the hand-over (the state machine decides). */
export const advanceOrderAction = validatedAction(
  'orders:manage',
  orderId.extend({ to: z.enum(['confirmed', 'picking', 'ready_for_pickup'], fieldMessage('option')) }),
  async (input, actor) => {
    await transitionOrder(getDb(), actor, input.orderId, input.to);
    deskChanged();
    return { ok: true, message: input.to };
  },
);

export const cancelOrderAction = validatedAction('orders:manage', orderId, async (input, actor) => {
  await transitionOrder(getDb(), actor, input.orderId, 'cancelled', 'Cancelled at the pickup desk');
  deskChanged();
  return { ok: true, message: 'cancelled' };
});

export const handOverAction = validatedAction(
  'orders:manage',
  orderId.extend({
    code: z.string().trim().min(1, fieldMessage('pickup_code_required')).max(32, fieldMessage('pickup_code_required')),
  }),
  async (input, actor) => {
    const order = await handOverOrder(getDb(), actor, { orderId: input.orderId, code: input.code });
    deskChanged();
    return { ok: true, message: 'collected', data: { receipt: receiptPath(order.pickupLocation?.code, order.number) } };
  },
);

/** Pay at pickup: the payment taken at the store's terminal, with the reference typed from its slip. */
export const recordPaymentAction = validatedAction(
  'orders:manage',
  orderId.extend({ reference: terminalReference }),
  async (input, actor) => {
    await recordPickupPayment(getDb(), actor, { orderId: input.orderId, reference: input.reference });
    deskChanged();
    return { ok: true, message: 'paid' };
  },
);

function receiptPath(storeCode: string | undefined, number: number): string | null {
  return storeCode ? `/store-desk/${encodeURIComponent(storeCode)}/orders/${number}/receipt` : null;
}
