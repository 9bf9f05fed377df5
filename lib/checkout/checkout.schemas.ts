// Checkout input: what the buyer sends to place an order from a cart (lib/checkout/checkout.writes.ts).
import { z } from 'zod';
import { PAYMENT_METHODS } from '@/lib/payments/payment-providers.rules';

const GERMAN_POSTAL_CODE = /^\d{5}$/;

export const postalAddressInput = z
  .object({
    name: z.string().trim().min(2, 'Enter the name of the recipient').max(120, 'At most 120 characters'),
    street: z.string().trim().min(3, 'Enter the street and house number').max(160, 'At most 160 characters'),
    postalCode: z.string().trim().min(2, 'Enter the postal code').max(12, 'At most 12 characters'),
    city: z.string().trim().min(2, 'Enter the city').max(100, 'At most 100 characters'),
    country: z
      .string()
      .trim()
      .transform((c) => c.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}$/, 'Enter a two-letter country code such as DE')),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.country === 'DE' && !GERMAN_POSTAL_CODE.test(a.postalCode))
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'A German postal code has 5 digits' });
  });

/** Minimum and maximum length of an Idempotency-Key. */
export const IDEMPOTENCY_KEY = { min: 8, max: 200 } as const;
export const idempotencyKeyInput = z
  .string()
  .trim()
  .min(IDEMPOTENCY_KEY.min, `The Idempotency-Key must have at least ${IDEMPOTENCY_KEY.min} characters`)
  .max(IDEMPOTENCY_KEY.max, `The Idempotency-Key may have at most ${IDEMPOTENCY_KEY.max} characters`)
  .regex(/^[\x21-\x7e]+$/, 'The Idempotency-Key may only contain visible ASCII characters');

/** The body of POST /api/v1/carts/{id}/checkout (the cart id and key come from the URL and header). */
export const checkoutBody = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email('Enter a valid email address').max(254, 'At most 254 characters')),
    fulfilment: z.enum(['delivery', 'pickup', 'ship_to_store'], 'Choose delivery, pickup or ship_to_store'),
    pickupLocationId: z.uuid('Choose a store').optional(),
    // An instant with its offset, e.g. 2026-03-24T12:00:00+01:00; stored and compared as UTC.
    pickupSlotStart: z.iso
      .datetime({ offset: true, message: 'Send the pickup slot as an ISO date and time with offset' })
      .transform((v) => new Date(v).toISOString())
      .optional(),
    shippingAddress: postalAddressInput.optional(),
    payment: z
      .object({
        method: z.enum(PAYMENT_METHODS, 'Choose pay_at_pickup, invoice or test_card'),
        card: z
          .object({ number: z.string().trim().min(1, 'Enter a card number').max(40, 'At most 40 characters') })
          .strict()
          .optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.fulfilment === 'delivery') {
      if (!v.shippingAddress)
        ctx.addIssue({ code: 'custom', path: ['shippingAddress'], message: 'Enter the delivery address' });
      if (v.pickupLocationId)
        ctx.addIssue({ code: 'custom', path: ['pickupLocationId'], message: 'A delivery has no pickup store' });
      if (v.pickupSlotStart)
        ctx.addIssue({ code: 'custom', path: ['pickupSlotStart'], message: 'A delivery has no pickup slot' });
    } else {
      if (!v.pickupLocationId)
        ctx.addIssue({ code: 'custom', path: ['pickupLocationId'], message: 'Choose the store to collect from' });
      if (v.shippingAddress)
        ctx.addIssue({
          code: 'custom',
          path: ['shippingAddress'],
          message: 'An order collected in a store has no delivery address',
        });
    }
    if (v.fulfilment === 'pickup' && !v.pickupSlotStart)
      ctx.addIssue({ code: 'custom', path: ['pickupSlotStart'], message: 'Choose a pickup slot' });
    if (v.fulfilment === 'ship_to_store' && v.pickupSlotStart)
      ctx.addIssue({
        code: 'custom',
        path: ['pickupSlotStart'],
        message: 'Ship-to-store orders are collected once we tell you they arrived',
      });
    if (v.payment.method === 'test_card' && !v.payment.card)
      ctx.addIssue({ code: 'custom', path: ['payment', 'card', 'number'], message: 'Enter a card number' });
    if (v.payment.method !== 'test_card' && v.payment.card)
      ctx.addIssue({ code: 'custom', path: ['payment', 'card'], message: 'Card details are only for card payments' });
  });

export const checkoutInput = z.intersection(
  checkoutBody,
  z.object({ cartId: z.uuid('Unknown cart'), idempotencyKey: idempotencyKeyInput }),
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
