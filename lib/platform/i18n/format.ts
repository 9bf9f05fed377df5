// Formatting at the edge, in the visitor's language: money, percentages, dates and times. The one place
// that maps our locales to Intl's (English with day-month order and €, as in Ireland).
import type { Money } from '@/lib/platform/money.rules';
import type { Locale } from './locales';
// The business time zone, not the messages module: this file runs in the browser too, and the
// catalogues of both languages must not travel with it.
import { BUSINESS_TIME_ZONE as TIME_ZONE } from '@/lib/platform/business-time.rules';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-IE', de: 'de-DE' };

// Creating an Intl formatter is far costlier than using one; listings format dozens of prices.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${locale}:${JSON.stringify(options)}`;
  let format = formats.get(key) as Intl.NumberFormat | undefined;
  if (!format) formats.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[locale], options)));
  return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${locale}:${JSON.stringify(options)}`;
  let format = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options)));
  return format;
}

/** Formats integer cents at the edge; the only place money becomes a decimal string. */
export function formatMoney(value: Money, locale: Locale): string {
  return numberFormat(locale, { style: 'currency', currency: value.currency }).format(value.amount / 100);
}

/** A whole number with the language's grouping (1,234 / 1.234). */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, {}).format(value);
}

/** Basis points as a percentage with up to two decimals ("12.5 %" / "12,5 %"). */
export function formatPercentBp(bp: number, locale: Locale): string {
  return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(bp / 100)} %`;
}

/** An instant as date and time in the business time zone (or the given one). */
export function formatDateTime(date: Date, locale: Locale, timeZone = TIME_ZONE): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** An instant's clock time ("14:30") in the business time zone (or the given one). */
export function formatTime(date: Date, locale: Locale, timeZone = TIME_ZONE): string {
  return dateFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(date);
}

/** An instant's day as "Wednesday, 25 November" in the given time zone. */
export function formatDayOf(date: Date, locale: Locale, timeZone = TIME_ZONE): string {
  return dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(date);
}

/** A calendar day ("YYYY-MM-DD", already local) as "Wednesday, 25 November"; noon UTC keeps the day in every zone. */
export function formatCalendarDay(date: string, locale: Locale): string {
  return formatDayOf(new Date(`${date}T12:00:00Z`), locale, 'UTC');
}

/** The name of an ISO weekday (1 = Monday). 2024-01-01 was a Monday: weekday n falls on 2024-01-0n. */
export function formatWeekday(isoDay: number, locale: Locale): string {
  return dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`2024-01-0${isoDay}T12:00:00Z`));
}
