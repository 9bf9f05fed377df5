import { describe, expect, it } from 'vitest';
import { formatMoney } from './format';

describe('formatMoney', () => {
  it.each([
    [{ amount: 129900, currency: 'EUR' }, 'en', '€1,299.00'],
    [{ amount: 129900, currency: 'EUR' }, 'de', '1.299,00 €'],
    [{ amount: 5, currency: 'EUR' }, 'en', '€0.05'],
    [{ amount: 0, currency: 'EUR' }, 'de', '0,00 €'],
    [{ amount: 1999, currency: 'CHF' }, 'de', '19,99 CHF'],
  ] as const)('%o in %s -> %s', (value, locale, expected) => {
    expect(formatMoney(value, locale).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});
