// The quoted prices of a cart made from a quote (docs/showroom.md): the cart page, the checkout summary
// (lib/cart/cart.reads.ts) and placeOrder (lib/checkout/checkout.writes.ts) price its lines with them.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { carts, locations, quoteLines, quotes } from '@/db/schema';
import { BUSINESS_TIME_ZONE } from '@/lib/platform/business-time.rules';

export type QuotedLine = {
  variantId: string;
  quantity: number;
  unitAmount: number;
  lineAmount: number;
  vatRateBp: number;
  priceListId: string | null;
};

export type CartQuote = {
  quoteId: string;
  status: 'open' | 'ordered' | 'withdrawn';
  validUntil: string;
  /** The selling store's time zone: the quote is valid through its last day there. */
  timeZone: string;
  lines: Map<string, QuotedLine>;
};

/**
 * The quote a cart was made from, with its lines by variant; null for any other cart. `lock` takes the
 * quote's row for the transaction (placeOrder), so two checkouts of one quote run one after the other.
 */
export async function findQuotedPrices(
  db: Executor,
  cartId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<CartQuote | null> {
  // One query (the cart page asks it for every cart): the quote's row joined to each of its lines.
  const query = db
    .select({
      quoteId: quotes.id,
      status: quotes.status,
      validUntil: quotes.validUntil,
      timeZone: locations.timeZone,
      variantId: quoteLines.variantId,
      quantity: quoteLines.quantity,
      unitAmount: quoteLines.unitAmount,
      lineAmount: quoteLines.lineAmount,
      vatRateBp: quoteLines.vatRateBp,
      priceListId: quoteLines.priceListId,
    })
    .from(carts)
    .innerJoin(quotes, eq(quotes.id, carts.quoteId))
    .innerJoin(quoteLines, eq(quoteLines.quoteId, quotes.id))
    .leftJoin(locations, eq(locations.id, quotes.locationId))
    .where(eq(carts.id, cartId));
  const rows = lock ? await query.for('update', { of: quotes }) : await query;
  const [first] = rows;
  if (!first) return null;
  return {
    quoteId: first.quoteId,
    status: first.status,
    validUntil: first.validUntil,
    timeZone: first.timeZone ?? BUSINESS_TIME_ZONE,
    lines: new Map(
      rows.map(({ variantId, quantity, unitAmount, lineAmount, vatRateBp, priceListId }) => [
        variantId,
        { variantId, quantity, unitAmount, lineAmount, vatRateBp, priceListId },
      ]),
    ),
  };
}
