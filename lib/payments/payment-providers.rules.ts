// Payment providers: one interface, four real implementations. A provider only authorizes; the
// money is taken at hand-over (pay at pickup), by invoice, captured later (card), or was taken already
// at the store's card terminal (assisted selling in the showroom, with the terminal's reference).
import type { ErrorCode } from '@/lib/platform/error-codes';
import type { Money } from '@/lib/platform/money.rules';

export const PAYMENT_METHODS = ['pay_at_pickup', 'invoice', 'test_card', 'terminal'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export type AuthorizeInput = { amount: Money; card?: { number: string } };
/** A failed authorization names why with an error code (`payment.declined` …). */
export type AuthorizeResult = { status: 'pending' | 'authorized' | 'paid' } | { status: 'failed'; error: PaymentError };
export type PaymentError = Extract<ErrorCode, `payment.${string}`>;

/**
 * What a checkout knows when it decides whether a method may be offered: `signedIn` is whether the buyer
 * has an account (in the showroom: the customer in context's), `assisted` whether staff place the order
 * in a store (showroom).
 */
export type PaymentContext = {
  fulfilment: 'delivery' | 'pickup' | 'ship_to_store';
  signedIn: boolean;
  assisted?: boolean;
};

export interface PaymentProvider {
  code: PaymentMethod;
  /** Null when the method may be used in this checkout, else why not. */
  unavailableReason(context: PaymentContext): PaymentError | null;
  authorize(input: AuthorizeInput): Promise<AuthorizeResult>;
}

/** Pay in the store when collecting: nothing is charged now. */
export const payAtPickup: PaymentProvider = {
  code: 'pay_at_pickup',
  unavailableReason: (c) => (c.fulfilment === 'delivery' ? 'payment.pickup_only' : null),
  authorize: async () => ({ status: 'pending' }),
};

/** Invoice for signed-in customers: authorized at once, paid later. */
export const invoice: PaymentProvider = {
  code: 'invoice',
  unavailableReason: (c) => (c.signedIn ? null : 'payment.invoice_sign_in'),
  authorize: async () => ({ status: 'authorized' }),
};

/** Paid in the store at its card terminal while staff sell (showroom): staff type the terminal's reference. */
export const terminal: PaymentProvider = {
  code: 'terminal',
  unavailableReason: (c) => (c.assisted ? null : 'payment.terminal_in_store'),
  authorize: async () => ({ status: 'paid' }),
};

/** The documented test numbers of the test card provider. */
export const TEST_CARD_APPROVED = '4242424242424242';
export const TEST_CARD_DECLINED = '4000000000000002';

/** The Luhn checksum of a digit string. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A card number without the spaces or dashes people type. */
export function normalizeCardNumber(number: string): string {
  return number.replace(/[\s-]/g, '');
}

/**
 * A card provider for tests and demos: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 declined;
 * a malformed number (not 12–19 digits or a wrong checksum) fails; any other valid number is approved.
 */
export const testCard: PaymentProvider = {
  code: 'test_card',
  unavailableReason: () => null,
  authorize: async ({ amount, card }) => {
    const number = normalizeCardNumber(card?.number ?? '');
    if (!number) return { status: 'failed', error: 'payment.card_missing' };
    if (!/^\d{12,19}$/.test(number) || !luhnValid(number)) return { status: 'failed', error: 'payment.card_invalid' };
    if (number === TEST_CARD_DECLINED) return { status: 'failed', error: 'payment.declined' };
    if (!Number.isSafeInteger(amount.amount) || amount.amount < 0)
      return { status: 'failed', error: 'payment.amount_invalid' };
    return { status: 'authorized' };
  },
};

const PROVIDERS: Record<PaymentMethod, PaymentProvider> = {
  pay_at_pickup: payAtPickup,
  invoice,
  test_card: testCard,
  terminal,
};

export function paymentProvider(method: PaymentMethod): PaymentProvider {
  return PROVIDERS[method];
}
