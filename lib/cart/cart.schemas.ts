// Cart input shared by the storefront actions and the API: a variant by SKU and a quantity of 1..999.
import { z } from 'zod';

export const MAX_LINE_QUANTITY = 999;

const QUANTITY_MESSAGE = 'Enter a whole number of items, e.g. 1';

/**
 * A line quantity from a form field (string) or JSON (number). Non-numeric and fractional input,
 * zero, negatives and more than 999 each get their own message.
 */
export const quantity = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value),
  z
    .number({ error: QUANTITY_MESSAGE })
    .int('Quantities are whole items, e.g. 2 (not 1.5)')
    .min(1, 'The quantity must be at least 1; remove the line instead')
    .max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} of one item fit in a cart line`),
);

export const sku = z
  .string({ error: 'Choose a variant' })
  .trim()
  .min(1, 'Choose a variant')
  .max(80, 'This SKU is too long');

export const cartId = z.uuid('This cart does not exist');
export const cartLineId = z.uuid('This cart line does not exist');

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
