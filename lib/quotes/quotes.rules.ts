// Pure rules of quotes (docs/showroom.md): how long a quote may be valid, and whether it can still be ordered.
import { addDays, localDateOf, type CalendarDate } from '@/lib/platform/time-zone.rules';
import { AppError } from '@/lib/platform/errors';
import type { Money } from '@/lib/platform/money.rules';

/** The validity staff may choose, in days after today (store time zone). */
export const QUOTE_VALID_DAYS_MIN = 1;
export const QUOTE_VALID_DAYS_MAX = 90;
const QUOTE_VALID_DAYS_DEFAULT = 14;

/** The operator's default validity (QUOTE_VALID_DAYS, 1–90; else 14). */
export function quoteValidDays(env: Record<string, string | undefined>): number {
  const days = Number(env.QUOTE_VALID_DAYS);
  return Number.isInteger(days) && days >= QUOTE_VALID_DAYS_MIN && days <= QUOTE_VALID_DAYS_MAX
    ? days
    : QUOTE_VALID_DAYS_DEFAULT;
}

/** The dates a quote saved now may be valid until, and the default, in the store's time zone. */
export function validUntilRange(now: Date, timeZone: string, defaultDays: number) {
  const today = localDateOf(now, timeZone);
  return {
    today,
    min: addDays(today, QUOTE_VALID_DAYS_MIN),
    max: addDays(today, QUOTE_VALID_DAYS_MAX),
    default: addDays(today, defaultDays),
  };
}

export type QuoteStatus = 'open' | 'ordered' | 'withdrawn';
/** What the customer sees: open quotes past their last day are expired. */
export type QuoteState = 'open' | 'expired' | 'ordered' | 'withdrawn';

/** A quote is valid through its last day in the store's time zone. */
export function quoteState(status: QuoteStatus, validUntil: CalendarDate, now: Date, timeZone: string): QuoteState {
  if (status !== 'open') return status;
  return localDateOf(now, timeZone) > validUntil ? 'expired' : 'open';
}

/** A quote's line as it was saved, and a cart line: do they hold the same items in the same quantities? */
export function sameLines(
  quoted: ReadonlyArray<{ variantId: string; quantity: number }>,
  cart: ReadonlyArray<{ variantId: string; quantity: number }>,
): boolean {
  if (quoted.length !== cart.length) return false;
  const wanted = new Map(quoted.map((l) => [l.variantId, l.quantity]));
  const items = new Set(cart.map((l) => l.variantId));
  return (
    wanted.size === cart.length &&
    items.size === cart.length &&
    cart.every((l) => wanted.get(l.variantId) === l.quantity)
  );
}

/**
 * A quote cart's line at its quoted price: the cart page, the checkout summary and placeOrder charge
 * the same. Null when the quote does not hold the line at this quantity (placeOrder then refuses it).
 */
export function quotedPrice(
  quoted: { quantity: number; unitAmount: number; lineAmount: number } | null | undefined,
  quantity: number,
  currency: string,
): { unit: Money; lineTotal: Money } | null {
  if (!quoted || quoted.quantity !== quantity) return null;
  return { unit: { amount: quoted.unitAmount, currency }, lineTotal: { amount: quoted.lineAmount, currency } };
}

/** Refuses a quote that cannot be ordered (any more), saying why. */
export function assertQuoteOrderable(state: QuoteState, validUntil: CalendarDate): void {
  if (state === 'expired') throw new AppError('quote.expired', { params: { date: validUntil } });
  if (state === 'withdrawn') throw new AppError('quote.withdrawn');
  if (state === 'ordered') throw new AppError('quote.ordered');
}
