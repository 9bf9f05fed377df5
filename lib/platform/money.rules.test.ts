import { describe, expect, it } from 'vitest';
import { divideRoundHalfUp, grossToNet, money, priceForDisplay, unitsToCents } from './money.rules';

describe('divideRoundHalfUp', () => {
  it.each([
    [10, 4, 3], // 2.5 -> 3
    [9, 4, 2], // 2.25 -> 2
    [11, 4, 3], // 2.75 -> 3
    [-10, 4, -3], // symmetric away from zero
    [0, 7, 0],
    [7, 7, 1],
    [1, 3, 0],
    [2, 3, 1],
  ])('%i / %i = %i', (n, d, expected) => {
    expect(divideRoundHalfUp(n, d)).toBe(expected);
  });

  it('rejects non-integers and non-positive denominators', () => {
    expect(() => divideRoundHalfUp(1.5, 2)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(1, 0)).toThrow(RangeError);
  });
});

describe('grossToNet', () => {
  it.each([
    [11900, 1900, 10000],
    [119, 1900, 100],
    [100, 1900, 84], // 84.03
    [107, 700, 100],
    [99999, 1900, 84033], // 84032.77 -> 84033
    [0, 1900, 0],
    [1, 1900, 1], // 0.84 -> 1
    [1000, 0, 1000],
  ])('gross %i at %i bp -> net %i', (gross, rate, net) => {
    expect(grossToNet(gross, rate)).toBe(net);
  });
});

describe('priceForDisplay', () => {
  it('keeps gross for VAT-inclusive channels and strips VAT otherwise', () => {
    expect(priceForDisplay(119900, 1900, true)).toBe(119900);
    expect(priceForDisplay(119900, 1900, false)).toBe(100756);
  });
});

describe('money', () => {
  it('accepts integer cents with an ISO currency', () => {
    expect(money(1299, 'EUR')).toEqual({ amount: 1299, currency: 'EUR' });
  });
  it.each([
    [12.5, 'EUR'],
    [100, 'eur'],
    [100, 'EURO'],
    [Number.MAX_SAFE_INTEGER + 1, 'EUR'],
  ])('rejects %s %s', (a, c) => {
    expect(() => money(a, c)).toThrow(RangeError);
  });
  it('converts whole units typed by a person', () => {
    expect(unitsToCents(250)).toBe(25000);
    expect(() => unitsToCents(2.5)).toThrow(RangeError);
  });
});
