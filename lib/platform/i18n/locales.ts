// The UI languages and how a request's language is chosen: the `locale` cookie (set by the language
// switch) wins; otherwise the browser's Accept-Language; otherwise English. Pure: the page cache in
// front of Next (lib/platform/server/page-cache.ts) and next-intl's request config both call it.
import Negotiator from 'negotiator';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_COOKIE = 'locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The supported language the browser prefers most (`de-DE,de;q=0.9,en;q=0.8` → de), or null. */
export function negotiateLocale(acceptLanguage: string | undefined | null): Locale | null {
  if (!acceptLanguage) return null;
  const [preferred] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([...LOCALES]);
  return isLocale(preferred) ? preferred : null;
}

/** The language of a request: the remembered choice, else the browser's, else English. */
export function resolveLocale(cookie: string | undefined | null, acceptLanguage: string | undefined | null): Locale {
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}
