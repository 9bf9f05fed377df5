import { describe, expect, it } from 'vitest';
import {
  formatCalendarDay,
  formatDateTime,
  formatDayOf,
  formatMoney,
  formatNumber,
  formatPercentBp,
  formatTime,
  formatWeekday,
} from './format';

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

describe('dates, numbers and percentages', () => {
  const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  it.each([
    ['en', '1,234,567'],
    ['de', '1.234.567'],
  ] as const)('formatNumber in %s', (locale, expected) => {
    expect(formatNumber(1234567, locale)).toBe(expected);
  });

  it.each([
    [1250, 'en', '12.5 %'],
    [1250, 'de', '12,5 %'],
    [3333, 'de', '33,33 %'],
    [0, 'en', '0 %'],
  ] as const)('formatPercentBp(%i) in %s -> %s', (bp, locale, expected) => {
    expect(formatPercentBp(bp, locale)).toBe(expected);
  });

  it('formats days and times in the business time zone, across the clock change', () => {
    // 2026-03-29 01:30 UTC is 03:30 in Berlin (summer time began at 02:00 local).
    const instant = new Date('2026-03-29T01:30:00Z');
    expect(formatTime(instant, 'de')).toBe('03:30');
    expect(formatDayOf(instant, 'de')).toBe('Sonntag, 29. März');
    expect(formatDayOf(instant, 'en')).toBe('Sunday, 29 March');
    expect(nbsp(formatDateTime(new Date('2026-12-24T17:00:00Z'), 'de'))).toBe('24.12.2026, 18:00');
  });

  it('names calendar days and weekdays without shifting them', () => {
    expect(formatCalendarDay('2026-11-25', 'en')).toBe('Wednesday, 25 November');
    expect(formatCalendarDay('2026-11-25', 'de')).toBe('Mittwoch, 25. November');
    expect([1, 7].map((d) => formatWeekday(d, 'de'))).toEqual(['Montag', 'Sonntag']);
  });
});
