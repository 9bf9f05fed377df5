// Recognises a barcode scanner on the keyboard: scanners "type" a code far faster than a person and end
// it with Enter. The showroom's global key listener feeds every key here while no text field has focus.

export type ScannerTiming = {
  /** The longest pause between two keys of one scan (people type slower than this). */
  maxGapMs: number;
  /** Codes shorter than this are not scans (EAN-8 is the shortest barcode we sell by). */
  minLength: number;
  maxLength: number;
};

export const SCANNER_TIMING: ScannerTiming = { maxGapMs: 60, minLength: 4, maxLength: 40 };

/** The keys typed so far and when the last one came (null: nothing yet). */
export type ScanBuffer = { chars: string; lastAt: number | null };

export const EMPTY_SCAN: ScanBuffer = { chars: '', lastAt: null };

/** Keys a scanner may send between characters without ending the scan (uppercase letters come with Shift). */
const NEUTRAL_KEYS = new Set(['Shift', 'CapsLock']);

/**
 * Feeds one key (its KeyboardEvent.key and time in ms). Returns the new buffer and, when Enter ends a
 * fast enough run of at least `minLength` characters, the scanned code. A slow key starts a new run;
 * any other key (arrows, Tab, Escape) discards it.
 */
export function feedScanKey(
  buffer: ScanBuffer,
  key: string,
  at: number,
  timing: ScannerTiming = SCANNER_TIMING,
): { buffer: ScanBuffer; code: string | null } {
  const fast = buffer.lastAt !== null && at - buffer.lastAt <= timing.maxGapMs;
  if (key === 'Enter') {
    const code = fast && buffer.chars.length >= timing.minLength ? buffer.chars : null;
    return { buffer: EMPTY_SCAN, code };
  }
  if (NEUTRAL_KEYS.has(key)) return { buffer, code: null };
  if (key.length !== 1 || key.trim() === '') return { buffer: EMPTY_SCAN, code: null };
  const chars = fast ? buffer.chars + key : key;
  return { buffer: chars.length > timing.maxLength ? EMPTY_SCAN : { chars, lastAt: at }, code: null };
}

/** An EAN/GTIN (8 to 14 digits) or a SKU as printed on labels: what a scan or the search field may look up. */
export const SCANNABLE_CODE = /^(?:[0-9]{8,14}|[A-Za-z0-9][A-Za-z0-9._-]{2,39})$/;

/** Where a code is looked up: its variant's product view, else the search for it (app/(storefront)/showroom/find). */
export const findHref = (code: string) => `/showroom/find?q=${encodeURIComponent(code)}`;
