import type { Money } from '@/lib/platform/money.rules';
import type { Locale } from './translate';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-IE', de: 'de-DE' };

// Creating an Intl formatter is far costlier than using one; listings format dozens of prices.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** Formats integer cents at the edge; the only place money becomes a decimal string. */
export function formatMoney(value: Money, locale: Locale): string {
  const key = `${locale}:${value.currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: value.currency });
    moneyFormats.set(key, format);
  }
  return format.format(value.amount / 100);
}

export function formatDateTime(date: Date, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}
