import { describe, expect, it } from 'vitest';
import { EMPTY_SCAN, feedScanKey, SCANNABLE_CODE, SCANNER_TIMING, type ScanBuffer } from './barcode-scanner.rules';

/** Feeds keys `gapMs` apart (a list of gaps, one per key after the first, or one gap for all). */
function feed(keys: string[], gapMs: number | number[]): (string | null)[] {
  let buffer: ScanBuffer = EMPTY_SCAN;
  let at = 1_000;
  return keys.map((key, i) => {
    if (i > 0) at += Array.isArray(gapMs) ? gapMs[i - 1]! : gapMs;
    const result = feedScanKey(buffer, key, at);
    buffer = result.buffer;
    return result.code;
  });
}
const last = <T>(list: T[]) => list[list.length - 1];
const keys = (code: string) => [...code, 'Enter'];

describe('feedScanKey', () => {
  it.each([
    ['an EAN-13 typed by a scanner', keys('4006381333931'), 8, '4006381333931'],
    ['a SKU with Shift for its capitals', ['Shift', 'V', 'Shift', 'O', '-', '0', '0', '1', 'Enter'], 5, 'VO-001'],
    ['keys exactly at the longest gap', keys('12345678'), SCANNER_TIMING.maxGapMs, '12345678'],
    ['a person typing a code', keys('4006381333931'), 120, null],
    ['keys just over the longest gap', keys('12345678'), SCANNER_TIMING.maxGapMs + 1, null],
    ['a code shorter than the minimum', keys('123'), 8, null],
    ['Enter alone', ['Enter'], 8, null],
    ['a space discards the run before it', keys('1234 5678'), 8, '5678'],
    ['a longer-than-allowed run', keys('1'.repeat(SCANNER_TIMING.maxLength + 1)), 8, null],
  ])('%s', (_name, typed, gap, expected) => {
    expect(last(feed(typed, gap))).toBe(expected);
  });

  it('starts a new run after a pause: a stray key before the scan does not stick to the code', () => {
    // "x", a pause of a second, then the scan.
    expect(last(feed(['x', ...keys('40063813')], [1_000, 8, 8, 8, 8, 8, 8, 8, 8]))).toBe('40063813');
  });

  it('discards the run on a navigation key', () => {
    expect(last(feed(['1', '2', '3', '4', 'ArrowDown', '5', 'Enter'], 8))).toBeNull();
  });

  it('answers no code before Enter, and starts empty after it', () => {
    const codes = feed([...keys('12345678'), ...keys('87654321')], 8);
    expect(codes.filter((c) => c !== null)).toEqual(['12345678', '87654321']);
  });

  it('does not count a slow Enter after a fast run', () => {
    expect(last(feed(keys('12345678'), [8, 8, 8, 8, 8, 8, 8, 500]))).toBeNull();
  });
});

describe('SCANNABLE_CODE', () => {
  it.each([
    ['4006381333931', true],
    ['40063813', true],
    ['VO-000199-BK', true],
    ['1234567', true], // a short number is a SKU-like code, looked up as a SKU
    ['city bike', false],
    ['ab', false],
    ['-VO-1', false],
    ['4'.repeat(41), false],
  ])('%s -> %s', (code, expected) => {
    expect(SCANNABLE_CODE.test(code)).toBe(expected);
  });
});
