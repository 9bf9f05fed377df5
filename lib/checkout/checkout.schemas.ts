// Checkout input: what the buyer sends to place an order from a cart (lib/checkout/checkout.writes.ts).
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { PAYMENT_METHODS } from '@/lib/payments/payment-providers.rules';
import { terminalReference } from '@/lib/pickup/pickup-payment.rules';

const GERMAN_POSTAL_CODE = /^\d{5}$/;

export const postalAddressInput = z
  .object({
    name: z.string().trim().min(2, fieldMessage('recipient_name')).max(120),
    street: z.string().trim().min(3, fieldMessage('street')).max(160),
    postalCode: z.string().trim().min(2, fieldMessage('postal_code')).max(12),
    city: z.string().trim().min(2, fieldMessage('city')).max(100),
    country: z
      .string()
      .trim()
      .transform((c) => c.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}$/, fieldMessage('country'))),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.country === 'DE' && !GERMAN_POSTAL_CODE.test(a.postalCode))
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: fieldMessage('postal_code_de') });
  });

/** Minimum and maximum length of an Idempotency-Key. */
export const IDEMPOTENCY_KEY = { min: 8, max: 200 } as const;
export const idempotencyKeyInput = z
  .string()
  .trim()
  .min(IDEMPOTENCY_KEY.min, fieldMessage('idempotency_key'))
  .max(IDEMPOTENCY_KEY.max, fieldMessage('idempotency_key'))
  .regex(/^[\x21-\x7e]+$/, fieldMessage('idempotency_key'));

/** The body of POST /api/v1/carts/{id}/checkout (the cart id and key come from the URL and header). */
export const checkoutBody = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email(fieldMessage('email')).max(254)),
    fulfilment: z.enum(['delivery', 'pickup', 'ship_to_store'], fieldMessage('fulfilment')),
    pickupLocationId: z.uuid(fieldMessage('store_required')).optional(),
    // An instant with its offset, e.g. 2026-03-24T12:00:00+01:00; stored and compared as UTC.
    pickupSlotStart: z.iso
      .datetime({ offset: true, message: fieldMessage('slot_time') })
      .transform((v) => new Date(v).toISOString())
      .optional(),
    shippingAddress: postalAddressInput.optional(),
    payment: z
      .object({
        method: z.enum(PAYMENT_METHODS, fieldMessage('payment_method')),
        card: z
          .object({ number: z.string().trim().min(1, fieldMessage('card_number')).max(40) })
          .strict()
          .optional(),
        // Paid at the store's terminal (showroom): the reference printed on its slip.
        reference: terminalReference.optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.fulfilment === 'delivery') {
      if (!v.shippingAddress)
        ctx.addIssue({ code: 'custom', path: ['shippingAddress'], message: fieldMessage('address_required') });
      if (v.pickupLocationId)
        ctx.addIssue({ code: 'custom', path: ['pickupLocationId'], message: fieldMessage('no_store_for_delivery') });
      if (v.pickupSlotStart)
        ctx.addIssue({ code: 'custom', path: ['pickupSlotStart'], message: fieldMessage('no_slot_for_delivery') });
    } else {
      if (!v.pickupLocationId)
        ctx.addIssue({ code: 'custom', path: ['pickupLocationId'], message: fieldMessage('store_required') });
      if (v.shippingAddress)
        ctx.addIssue({
          code: 'custom',
          path: ['shippingAddress'],
          message: fieldMessage('no_address_for_pickup'),
        });
    }
    if (v.fulfilment === 'pickup' && !v.pickupSlotStart)
      ctx.addIssue({ code: 'custom', path: ['pickupSlotStart'], message: fieldMessage('slot_required') });
    if (v.fulfilment === 'ship_to_store' && v.pickupSlotStart)
      ctx.addIssue({
        code: 'custom',
        path: ['pickupSlotStart'],
        message: fieldMessage('no_slot_for_ship_to_store'),
      });
    if (v.payment.method === 'test_card' && !v.payment.card)
      ctx.addIssue({ code: 'custom', path: ['payment', 'card', 'number'], message: fieldMessage('card_number') });
    if (v.payment.method === 'terminal' && !v.payment.reference)
      ctx.addIssue({ code: 'custom', path: ['payment', 'reference'], message: fieldMessage('terminal_reference') });
    if (v.payment.method !== 'terminal' && v.payment.reference)
      ctx.addIssue({ code: 'custom', path: ['payment', 'reference'], message: fieldMessage('reference_not_needed') });
    if (v.payment.method !== 'test_card' && v.payment.card)
      ctx.addIssue({ code: 'custom', path: ['payment', 'card'], message: fieldMessage('card_not_needed') });
  });

export const checkoutInput = z.intersection(
  checkoutBody,
  z.object({ cartId: z.uuid(fieldMessage('unknown_cart')), idempotencyKey: idempotencyKeyInput }),
);

export type CheckoutBody = z.output<typeof checkoutBody>;
export type CheckoutInput = z.output<typeof checkoutInput>;

/** JSON with object keys sorted at every level: the same request always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
