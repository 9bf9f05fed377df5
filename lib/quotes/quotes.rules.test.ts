import { describe, expect, it } from 'vitest';
import { assertQuoteOrderable, quoteState, quoteValidDays, sameLines, validUntilRange } from './quotes.rules';

const BERLIN = 'Europe/Berlin';

describe('quoteValidDays', () => {
  it.each([
    [undefined, 14],
    ['30', 30],
    ['1', 1],
    ['90', 90],
    ['0', 14],
    ['91', 14],
    ['7.5', 14],
    ['abc', 14],
  ])('QUOTE_VALID_DAYS=%s → %i days', (value, days) => {
    expect(quoteValidDays({ QUOTE_VALID_DAYS: value })).toBe(days);
  });
});

describe('validUntilRange', () => {
  it.each([
    // 23:30 UTC on 31 Dec is already 1 January in Berlin: the days count from the store's today.
    ['2026-12-31T23:30:00Z', { today: '2027-01-01', min: '2027-01-02', max: '2027-04-01', default: '2027-01-15' }],
    ['2026-06-10T10:00:00Z', { today: '2026-06-10', min: '2026-06-11', max: '2026-09-08', default: '2026-06-24' }],
  ])('at %s', (now, range) => {
    expect(validUntilRange(new Date(now), BERLIN, 14)).toEqual(range);
  });
});

describe('quoteState', () => {
  it.each([
    ['open', '2026-06-10', '2026-06-10T21:59:00Z', 'open'], // 23:59 in Berlin on the last day
    ['open', '2026-06-10', '2026-06-10T22:00:00Z', 'expired'], // midnight in Berlin
    ['open', '2026-06-10', '2026-06-01T10:00:00Z', 'open'],
    ['ordered', '2026-06-10', '2026-07-01T10:00:00Z', 'ordered'],
    ['withdrawn', '2026-06-10', '2026-06-01T10:00:00Z', 'withdrawn'],
  ] as const)('%s until %s at %s → %s', (status, validUntil, now, state) => {
    expect(quoteState(status, validUntil, new Date(now), BERLIN)).toBe(state);
  });
});

describe('sameLines', () => {
  const quoted = [
    { variantId: 'a', quantity: 2 },
    { variantId: 'b', quantity: 1 },
  ];
  it.each([
    ['the same lines in another order', [quoted[1]!, quoted[0]!], true],
    ['another quantity', [{ variantId: 'a', quantity: 3 }, quoted[1]!], false],
    ['a line less', [quoted[0]!], false],
    ['a line more', [...quoted, { variantId: 'c', quantity: 1 }], false],
    ['another item', [quoted[0]!, { variantId: 'c', quantity: 1 }], false],
    ['one item twice', [quoted[0]!, quoted[0]!], false],
  ])('%s', (_case, cart, same) => {
    expect(sameLines(quoted, cart)).toBe(same);
  });
});

describe('assertQuoteOrderable', () => {
  it.each([
    ['expired', 'quote.expired'],
    ['withdrawn', 'quote.withdrawn'],
    ['ordered', 'quote.ordered'],
  ] as const)('%s → %s', (state, code) => {
    expect(() => assertQuoteOrderable(state, '2026-06-10')).toThrow(expect.objectContaining({ code }));
  });
  it('lets an open quote through', () => {
    expect(() => assertQuoteOrderable('open', '2026-06-10')).not.toThrow();
  });
});
