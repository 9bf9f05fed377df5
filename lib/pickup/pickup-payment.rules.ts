// When money is still due at the counter, and what a terminal reference staff type in may look like.
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import type { ErrorCode } from '@/lib/platform/error-codes';

type PaymentState = { paymentMethod: string | null; paymentStatus: string | null };

const METHOD_KEYS = ['pay_at_pickup', 'invoice', 'test_card'] as const;

/** The message key of a payment method (desk.method.*); `none` for an order without one. */
export function paymentMethodKey(method: string | null): (typeof METHOD_KEYS)[number] | 'none' {
  return METHOD_KEYS.find((key) => key === method) ?? 'none';
}

/** Pay at pickup and not yet paid: the payment at the terminal comes before the hand-over. */
export function paymentDueAtPickup(order: PaymentState): boolean {
  return order.paymentMethod === 'pay_at_pickup' && order.paymentStatus !== 'paid';
}

/** Why an order cannot be handed over yet for its payment, or null. */
export function handOverPaymentBlocker(order: PaymentState): Extract<ErrorCode, 'pickup.payment_due'> | null {
  return paymentDueAtPickup(order) ? 'pickup.payment_due' : null;
}

/**
 * The reference the card terminal prints on its slip (transaction or receipt number), as typed:
 * 4–40 letters, digits, spaces, dots, slashes or dashes, starting with a letter or digit; runs of spaces
 * become one.
 */
export const terminalReference = z
  .string(fieldMessage('terminal_reference'))
  .transform((value) => value.trim().replace(/\s+/g, ' '))
  .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ./-]{3,39}$/, fieldMessage('terminal_reference')));
