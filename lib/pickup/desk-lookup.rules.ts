// What staff typed or scanned into the desk's search field, and what it can mean. The customer's QR
// code (components/storefront/qr-code.tsx on the order page) encodes the bare 6-digit pickup code, which
// a barcode scanner types followed by Enter; order numbers are whole numbers; anything else is a name or
// an e-mail address.

export type DeskLookup =
  | { kind: 'empty' }
  | { kind: 'too_short' }
  /** Six digits: the pickup code from the QR or the customer's screen, or an order number. */
  | { kind: 'code_or_number'; code: string; number: number }
  | { kind: 'number'; number: number }
  /** A case-insensitive part of the customer's name or e-mail, LIKE wildcards escaped. */
  | { kind: 'text'; pattern: string };

export const DESK_LOOKUP_MAX = 120;
const MAX_ORDER_NUMBER = Number.MAX_SAFE_INTEGER;

/** Reads the search field: spaces inside codes and numbers and a leading "#" are ignored. */
export function parseDeskLookup(raw: string): DeskLookup {
  const text = raw.trim().slice(0, DESK_LOOKUP_MAX);
  if (!text) return { kind: 'empty' };
  const digits = text.replace(/^#/, '').replace(/[\s-]/g, '');
  if (/^\d{6}$/.test(digits)) return { kind: 'code_or_number', code: digits, number: Number(digits) };
  if (/^\d{1,15}$/.test(digits) && Number(digits) <= MAX_ORDER_NUMBER)
    return { kind: 'number', number: Number(digits) };
  if (text.length < 2) return { kind: 'too_short' };
  return { kind: 'text', pattern: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
}
