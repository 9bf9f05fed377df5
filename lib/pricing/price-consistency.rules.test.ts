import { describe, expect, it } from 'vitest';
import { checkConsistency, grossEquivalent } from './price-consistency.rules';

const cell = (key: string, amount: number, includesVat = true) => ({ key, amount, includesVat, vatRateBp: 1900 });

describe('checkConsistency', () => {
  it('compares net channels on their gross equivalent', () => {
    expect(grossEquivalent(cell('b2b', 8403, false))).toBe(10_000);
    const checked = checkConsistency([cell('web', 10_000), cell('b2b', 8403, false), cell('showroom', 9_800)], 1000);
    expect(checked.map((c) => c.flagged)).toEqual([false, false, false]);
  });

  it('flags cells beyond the spread on either side of the median', () => {
    const checked = checkConsistency(
      [
        cell('web', 10_000),
        cell('web/regulars', 9_500),
        cell('marketplace', 10_300),
        cell('showroom', 8_000),
        cell('b2b', 8403, false),
      ],
      1500,
    );
    expect(checked.map((c) => [c.key, c.flagged])).toEqual([
      ['web', false],
      ['web/regulars', false],
      ['marketplace', false],
      ['showroom', true],
      ['b2b', false],
    ]);
    expect(checked.find((c) => c.key === 'showroom')!.deviationBp).toBe(-2000);
  });

  it('uses the mean of the middle two for an even count, and copes with empty rows and zero prices', () => {
    expect(checkConsistency([cell('a', 100), cell('b', 200)], 4000).map((c) => c.deviationBp)).toEqual([-3333, 3333]);
    expect(checkConsistency([], 1000)).toEqual([]);
    expect(checkConsistency([cell('a', 0), cell('b', 0)], 1000).map((c) => c.flagged)).toEqual([false, false]);
  });

  it('a spread exactly at the limit is not flagged', () => {
    expect(
      checkConsistency([cell('a', 9_000), cell('b', 10_000), cell('c', 11_000)], 1000).map((c) => c.flagged),
    ).toEqual([false, false, false]);
  });
});
