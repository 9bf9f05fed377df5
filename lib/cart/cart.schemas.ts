// Cart input shared by the storefront actions and the API: a variant by SKU and a quantity of 1..999.
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';

export const MAX_LINE_QUANTITY = 999;

/**
 * A line quantity from a form field (string) or JSON (number). Non-numeric and fractional input,
 * zero, negatives and more than 999 each get their own message.
 */
export const quantity = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value),
  z
    .number({ error: fieldMessage('quantity_type') })
    .int(fieldMessage('quantity_whole'))
    .min(1, fieldMessage('quantity_min'))
    .max(MAX_LINE_QUANTITY, fieldMessage('quantity_max')),
);

export const sku = z
  .string({ error: fieldMessage('variant_required') })
  .trim()
  .min(1, fieldMessage('variant_required'))
  .max(80, fieldMessage('too_big'));

export const cartId = z.uuid(fieldMessage('unknown_cart'));
export const cartLineId = z.uuid(fieldMessage('unknown_line'));

/** True when a value can name a cart at all: a tampered cookie or URL is simply "not found". */
export function isCartId(value: unknown): value is string {
  return cartId.safeParse(value).success;
}

export const addToCartInput = z.object({ sku, quantity });
export type AddToCartInput = z.output<typeof addToCartInput>;

export const setLineQuantityInput = z.object({ lineId: cartLineId, quantity });
export type SetLineQuantityInput = z.output<typeof setLineQuantityInput>;

export const removeLineInput = z.object({ lineId: cartLineId });
export type RemoveLineInput = z.output<typeof removeLineInput>;
