import type { Money } from '@/lib/domain/money';
import type { Locale } from './translate';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-IE', de: 'de-DE' };

/** Formats integer cents at the edge; the only place money becomes a decimal string. */
export function formatMoney(value: Money, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: value.currency }).format(value.amount / 100);
}

export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date);
}
