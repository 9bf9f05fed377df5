// Reads of shipping rates and quotes for carts, orders and product pages. Not marked server-only: the
// checkout and the API run it in tests and jobs outside Next.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { channels, products, shippingRates, taxClasses, variants } from '@/db/schema';
import {
  productShippingNote,
  quoteShipping,
  RATED_METHODS,
  type ProductShippingNote,
  type RatedMethod,
  type ShippingLine,
  type ShippingMethod,
  type ShippingQuote,
  type ShippingRate,
} from './shipping.rules';

const rateColumns = {
  method: shippingRates.method,
  flatAmount: shippingRates.flatAmount,
  freeFromAmount: shippingRates.freeFromAmount,
  bulkyTag: shippingRates.bulkyTag,
  bulkySurchargeAmount: shippingRates.bulkySurchargeAmount,
};

/** The channel's rates, one per rated method that has one (delivery, ship to store). */
export async function listShippingRates(db: Executor, channelId: string): Promise<ShippingRate[]> {
  const rows = await db.select(rateColumns).from(shippingRates).where(eq(shippingRates.channelId, channelId));
  return RATED_METHODS.flatMap((method) => {
    const row = rows.find((r) => r.method === method);
    return row ? [{ ...row, method }] : [];
  });
}

/** A cart or order line before shipping: its variant, quantity and value in the channel's basis. */
export type GoodsLine = { variantId: string; quantity: number; lineAmount: number };

/** Tags and VAT rate of the lines' products, in one query. */
async function shippingLines(db: Executor, lines: readonly GoodsLine[]): Promise<ShippingLine[]> {
  if (lines.length === 0) return [];
  const rows = await db
    .select({ variantId: variants.id, tags: products.tags, vatRateBp: taxClasses.rateBp })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .innerJoin(taxClasses, eq(taxClasses.code, products.taxClassCode))
    .where(
      inArray(
        variants.id,
        lines.map((l) => l.variantId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.variantId, r]));
  return lines.map((l) => ({
    lineAmount: l.lineAmount,
    quantity: l.quantity,
    tags: byId.get(l.variantId)?.tags ?? [],
    vatRateBp: byId.get(l.variantId)?.vatRateBp ?? 0,
  }));
}

/** What shipping costs for these lines by one method in a channel (checkout: the order's shipping). */
export async function quoteShippingFor(
  db: Executor,
  channelId: string,
  method: ShippingMethod,
  lines: readonly GoodsLine[],
): Promise<ShippingQuote> {
  const [rates, withTags] = await Promise.all([
    method === 'pickup'
      ? Promise.resolve([])
      : db
          .select(rateColumns)
          .from(shippingRates)
          .where(and(eq(shippingRates.channelId, channelId), eq(shippingRates.method, method))),
    shippingLines(db, lines),
  ]);
  const row = rates[0];
  return quoteShipping(method, row ? { ...row, method: row.method as RatedMethod } : null, withTags);
}

/** The shipping of these lines by every method (cart, checkout summary, API), delivery first. */
export async function listShippingQuotes(
  db: Executor,
  channelId: string,
  lines: readonly GoodsLine[],
): Promise<ShippingQuote[]> {
  const [rates, withTags] = await Promise.all([listShippingRates(db, channelId), shippingLines(db, lines)]);
  return (['delivery', 'pickup', 'ship_to_store'] as const).map((method) =>
    quoteShipping(method, rates.find((r) => r.method === method) ?? null, withTags),
  );
}

/** The shipping note beside a product's price: its tags against the channel's delivery rate. */
export async function getProductShippingNote(
  db: Executor,
  channelId: string,
  productId: string,
): Promise<ProductShippingNote> {
  const [[rate], [product]] = await Promise.all([
    db
      .select(rateColumns)
      .from(shippingRates)
      .where(and(eq(shippingRates.channelId, channelId), eq(shippingRates.method, 'delivery'))),
    db.select({ tags: products.tags }).from(products).where(eq(products.id, productId)),
  ]);
  return productShippingNote(rate ? { ...rate, method: 'delivery' } : null, product?.tags ?? []);
}

/** The cart's available lines as goods lines (unavailable ones are not bought). */
export function goodsLinesOf(
  lines: ReadonlyArray<{
    variantId: string;
    quantity: number;
    lineTotal: { amount: number } | null;
    available: boolean;
  }>,
): GoodsLine[] {
  return lines.flatMap((l) =>
    l.available && l.lineTotal
      ? [{ variantId: l.variantId, quantity: l.quantity, lineAmount: l.lineTotal.amount }]
      : [],
  );
}

export type AdminShippingChannel = {
  id: string;
  name: string;
  currency: string;
  pricesIncludeVat: boolean;
  rates: ShippingRate[];
};

/** Every channel with its rates, for the back office (callers check `channels:read`). */
export async function listShippingChannels(db: Executor, channelId?: string): Promise<AdminShippingChannel[]> {
  const [rows, rates] = await Promise.all([
    db
      .select({
        id: channels.id,
        name: channels.name,
        currency: channels.currency,
        pricesIncludeVat: channels.pricesIncludeVat,
      })
      .from(channels)
      .where(channelId ? eq(channels.id, channelId) : undefined)
      .orderBy(asc(channels.code)),
    db
      .select({ channelId: shippingRates.channelId, ...rateColumns })
      .from(shippingRates)
      .where(channelId ? eq(shippingRates.channelId, channelId) : undefined),
  ]);
  return rows.map((channel) => ({
    ...channel,
    rates: RATED_METHODS.flatMap((method) => {
      const rate = rates.find((r) => r.channelId === channel.id && r.method === method);
      return rate
        ? [
            {
              method,
              flatAmount: rate.flatAmount,
              freeFromAmount: rate.freeFromAmount,
              bulkyTag: rate.bulkyTag,
              bulkySurchargeAmount: rate.bulkySurchargeAmount,
            },
          ]
        : [];
    }),
  }));
}
