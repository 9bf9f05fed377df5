// Response schema of GET /api/v1/carts/{id}/shipping; the OpenAPI document is built from it.
import { z } from 'zod';
import { moneySchema } from '@/lib/catalog/catalog-api.schemas';
import type { ShippingQuote } from './shipping.rules';

export const shippingOptionSchema = z.object({
  method: z.enum(['delivery', 'pickup', 'ship_to_store']).describe('The fulfilment the checkout takes'),
  price: moneySchema.describe("What shipping costs by this method for the cart's available lines"),
  vatRateBp: z.number().int().describe('VAT rate of the shipping in basis points: the highest rate of the goods'),
  freeFrom: moneySchema.nullable().describe('Goods value from which the flat rate is waived; null: never'),
  flatWaived: z.boolean().describe('The goods reach the free-shipping value'),
  bulkyUnits: z.number().int().describe('Units of bulky goods, each adding the bulky surcharge'),
  bulkySurcharge: moneySchema.describe('The bulky surcharge in the price (also above the free-shipping value)'),
});

export const cartShippingSchema = z.object({
  subtotal: moneySchema.describe('Goods value of the available lines'),
  pricesIncludeVat: z.boolean(),
  options: z.array(shippingOptionSchema),
});
export type CartShippingDto = z.infer<typeof cartShippingSchema>;

export function toCartShippingDto(
  subtotal: { amount: number; currency: string },
  pricesIncludeVat: boolean,
  quotes: readonly ShippingQuote[],
): CartShippingDto {
  const m = (amount: number) => ({ amount, currency: subtotal.currency });
  return {
    subtotal,
    pricesIncludeVat,
    options: quotes.map((q) => ({
      method: q.method,
      price: m(q.amount),
      vatRateBp: q.vatRateBp,
      freeFrom: q.freeFromAmount === null ? null : m(q.freeFromAmount),
      flatWaived: q.flatWaived,
      bulkyUnits: q.bulkyUnits,
      bulkySurcharge: m(q.bulkySurchargeAmount),
    })),
  };
}
