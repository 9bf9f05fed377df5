// Money is an integer amount of minor units (cents) plus an ISO 4217 currency code. Never a float.

export type Money = { amount: number; currency: string };

/** Currency of the base (list) prices; the listing read model (migration 0004) is kept in it. */
export const BASE_CURRENCY = 'EUR';

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`Money amount must be an integer number of cents, got ${amount}`);
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Currency must be an ISO 4217 code, got ${currency}`);
  return { amount, currency };
}

/** Integer division rounding half away from zero: the commercial rounding rule for cents. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError('divideRoundHalfUp expects safe integers and a positive denominator');
  }
  const sign = numerator < 0 ? -1 : 1;
  const abs = Math.abs(numerator);
  const quotient = Math.floor(abs / denominator);
  const remainder = abs - quotient * denominator;
  return sign * (remainder * 2 >= denominator ? quotient + 1 : quotient);
}

/** Net amount contained in a VAT-inclusive amount, rate in basis points (1900 = 19%). */
export function grossToNet(grossCents: number, vatRateBp: number): number {
  return divideRoundHalfUp(grossCents * 10_000, 10_000 + vatRateBp);
}

/**
 * The price a channel shows for a VAT-inclusive list price: gross for consumer channels,
 * net for channels that show prices without VAT (B2B).
 */
export function priceForDisplay(grossCents: number, vatRateBp: number, includeVat: boolean): number {
  return includeVat ? grossCents : grossToNet(grossCents, vatRateBp);
}

/** Whole currency units typed by a person (e.g. a price filter "100") to cents. */
export function unitsToCents(units: number): number {
  if (!Number.isSafeInteger(units)) throw new RangeError('units must be an integer');
  return units * 100;
}
