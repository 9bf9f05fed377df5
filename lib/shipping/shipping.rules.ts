// Shipping costs of an order, as pure rules (docs/shipping.md): a flat rate per channel and method,
// waived from a goods value, a surcharge per unit of bulky goods (by product tag), pickup free.
// Amounts are integer cents in the channel's basis (gross for consumers, net for B2B).

export type ShippingMethod = 'delivery' | 'pickup' | 'ship_to_store';
/** The methods that can cost something; pickup from the store's own stock is always free. */
export const RATED_METHODS = ['delivery', 'ship_to_store'] as const;
export type RatedMethod = (typeof RATED_METHODS)[number];

export type ShippingRate = {
  method: RatedMethod;
  flatAmount: number;
  /** Goods worth at least this much ship without the flat rate; null: never free. */
  freeFromAmount: number | null;
  /** Products carrying this tag are bulky; null: no surcharge. */
  bulkyTag: string | null;
  /** Added per bulky unit, also above the free threshold (a cargo bike needs a freight carrier). */
  bulkySurchargeAmount: number;
};

export type ShippingLine = { lineAmount: number; quantity: number; tags: readonly string[]; vatRateBp: number };

export type ShippingQuote = {
  method: ShippingMethod;
  /** What the order is charged for shipping. */
  amount: number;
  /** The VAT rate of the shipping amount: the highest rate of the goods (0 without goods). */
  vatRateBp: number;
  /** The goods value from which the flat rate is waived, when there is one. */
  freeFromAmount: number | null;
  /** The flat rate was waived because the goods reach the threshold. */
  flatWaived: boolean;
  bulkyUnits: number;
  bulkySurchargeAmount: number;
};

/**
 * Shipping follows the goods for VAT (an ancillary service). With goods at several rates we take the
 * highest instead of splitting pro rata: one rate per order, never too little VAT (docs/decisions.md).
 */
export function shippingVatRate(lines: readonly Pick<ShippingLine, 'vatRateBp'>[]): number {
  return lines.reduce((max, l) => Math.max(max, l.vatRateBp), 0);
}

export function goodsAmount(lines: readonly Pick<ShippingLine, 'lineAmount'>[]): number {
  return lines.reduce((sum, l) => sum + l.lineAmount, 0);
}

/**
 * What shipping costs for these lines by this method. Pickup is free; a rated method without a rate
 * configured for the channel is free too (the merchant has not set one).
 */
export function quoteShipping(
  method: ShippingMethod,
  rate: ShippingRate | null,
  lines: readonly ShippingLine[],
): ShippingQuote {
  const vatRateBp = shippingVatRate(lines);
  if (method === 'pickup' || !rate || lines.length === 0) {
    return {
      method,
      amount: 0,
      vatRateBp,
      freeFromAmount: null,
      flatWaived: false,
      bulkyUnits: 0,
      bulkySurchargeAmount: 0,
    };
  }
  const flatWaived = rate.freeFromAmount !== null && goodsAmount(lines) >= rate.freeFromAmount;
  const bulkyTag = rate.bulkyTag;
  const bulkyUnits = bulkyTag
    ? lines.filter((l) => l.tags.includes(bulkyTag)).reduce((sum, l) => sum + l.quantity, 0)
    : 0;
  const bulkySurchargeAmount = bulkyUnits * rate.bulkySurchargeAmount;
  return {
    method,
    amount: (flatWaived ? 0 : rate.flatAmount) + bulkySurchargeAmount,
    vatRateBp,
    freeFromAmount: rate.freeFromAmount,
    flatWaived,
    bulkyUnits,
    bulkySurchargeAmount,
  };
}

/** The shipping line beside a product's price ("plus shipping", "free shipping from €50"). */
export type ProductShippingNote =
  { kind: 'free' } | { kind: 'plus'; freeFromAmount: number | null; bulkySurchargeAmount: number };

/**
 * The note for a product in a channel: free when delivery costs nothing for it at any value, else
 * "plus shipping" with the free threshold and, for bulky goods, the surcharge per unit.
 */
export function productShippingNote(rate: ShippingRate | null, tags: readonly string[]): ProductShippingNote {
  if (!rate) return { kind: 'free' };
  const bulky = rate.bulkyTag !== null && tags.includes(rate.bulkyTag) ? rate.bulkySurchargeAmount : 0;
  if (bulky === 0 && (rate.flatAmount === 0 || rate.freeFromAmount === 0)) return { kind: 'free' };
  return { kind: 'plus', freeFromAmount: rate.freeFromAmount, bulkySurchargeAmount: bulky };
}
