// The message catalogues (ICU message format, one JSON file per language) and translators for work
// outside a request: e-mails written by the outbox's writers, jobs. Pages and components use
// next-intl's getTranslations / useTranslations instead.
// use-intl/core is React-free: the CLI, jobs and the outbox writers load this outside React too.
import { createTranslator } from 'use-intl/core';
import de from './messages/de.json';
import en from './messages/en.json';
import { BUSINESS_TIME_ZONE } from '@/lib/platform/business-time.rules';
import type { Locale } from './locales';

export type Messages = typeof en;

export const catalogues: Record<Locale, Messages> = { en, de };

/**
 * The namespaces client components read on every page (header, mini-cart, UI parts, error page); a
 * page adds its own (`checkout`, `auth`, `stores` …) with <ClientMessages>. Only these travel to the browser.
 */
export const CLIENT_NAMESPACES = ['nav', 'cart', 'product', 'ui', 'error', 'search'] as const;

/** A catalogue reduced to the given top-level namespaces (for NextIntlClientProvider). */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Partial<Messages> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => namespaces.includes(key)));
}

/** A translator for one language without a request, e.g. for an e-mail in the buyer's language. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: catalogues[locale], timeZone: BUSINESS_TIME_ZONE });
}

/** A translator as pages and helpers receive it (whole catalogue, no namespace). */
export type Translate = ReturnType<typeof translatorFor>;
