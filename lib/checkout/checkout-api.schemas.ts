// Request and response schemas of the checkout and order API (POST /api/v1/carts/{id}/checkout,
// GET /api/v1/orders/{id}); the OpenAPI document is built from them.
import { z } from 'zod';
import type { OrderSummary } from '@/lib/orders/orders.reads';
import { ORDER_STATUSES } from '@/lib/orders/order-status.rules';
import { PAYMENT_METHODS } from '@/lib/payments/payment-providers.rules';
import {
  checkoutBody,
  idempotencyKeyInput,
  IDEMPOTENCY_KEY,
  postalAddressInput,
} from '@/lib/checkout/checkout.schemas';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** The request body of POST /api/v1/carts/{id}/checkout. */
export const checkoutRequestSchema = checkoutBody;
/** The Idempotency-Key header: required, 8..200 visible ASCII characters. */
export const idempotencyKeyHeaderSchema = idempotencyKeyInput.describe(
  `A unique key per checkout attempt (${IDEMPOTENCY_KEY.min}–${IDEMPOTENCY_KEY.max} characters); retries send the same key`,
);
/** Path parameters. */
export const cartIdParam = z.uuid();
export const orderIdParam = z.uuid();

const money = z.object({ amount: z.number().int().describe('Minor units (cents)'), currency: z.string().length(3) });

export const orderSchema = z.object({
  id: z.uuid(),
  number: z.number().int().describe('The order number customers and staff quote'),
  status: z.enum(ORDER_STATUSES),
  email: z.string(),
  placedAt: z.string().describe('ISO 8601 instant'),
  fulfilment: z.enum(['delivery', 'pickup', 'ship_to_store']).nullable(),
  pickupLocation: z.object({ code: z.string(), name: z.string() }).nullable(),
  pickupSlot: z
    .object({ start: z.string(), end: z.string() })
    .nullable()
    .describe('ISO 8601 instants; pickup orders only'),
  pickupCode: z
    .string()
    .nullable()
    .describe('Six digits shown at the pickup desk; pickup and ship-to-store orders only'),
  shippingAddress: postalAddressInput.nullable(),
  payment: z.object({
    method: z.enum(PAYMENT_METHODS).nullable(),
    status: z.enum(['pending', 'authorized', 'paid', 'failed']).nullable(),
  }),
  pricesIncludeVat: z.boolean().describe('Whether the amounts include VAT (consumer channels) or not (B2B)'),
  total: money.describe('Goods plus shipping'),
  shipping: z
    .object({
      price: money,
      vatRateBp: z.number().int().describe('VAT rate of the shipping in basis points: the highest rate of the goods'),
    })
    .describe('Shipping charged for the chosen fulfilment (pickup is free), included in the total'),
  lines: z.array(
    z.object({
      sku: z.string(),
      productName: z.string(),
      quantity: z.number().int(),
      unitPrice: money,
      lineTotal: money,
      vatRateBp: z.number().int().describe('VAT rate in basis points (1900 = 19%)'),
    }),
  ),
});
export type OrderDto = z.infer<typeof orderSchema>;

export function toOrderDto(order: OrderSummary): OrderDto {
  const m = (amount: number) => ({ amount, currency: order.currency });
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    email: order.email,
    placedAt: order.placedAt,
    fulfilment: order.fulfilment,
    pickupLocation: order.pickupLocation ? { code: order.pickupLocation.code, name: order.pickupLocation.name } : null,
    pickupSlot: order.pickupSlot,
    pickupCode: order.pickupCode,
    shippingAddress: order.shippingAddress,
    payment: { method: (order.payment.method as OrderDto['payment']['method']) ?? null, status: order.payment.status },
    pricesIncludeVat: order.pricesIncludeVat,
    total: m(order.totalAmount),
    shipping: { price: m(order.shipping.amount), vatRateBp: order.shipping.vatRateBp },
    lines: order.lines.map((l) => ({
      sku: l.sku,
      productName: l.productName,
      quantity: l.quantity,
      unitPrice: m(l.unitAmount),
      lineTotal: m(l.lineAmount),
      vatRateBp: l.vatRateBp,
    })),
  };
}
