// The language of an API answer (docs/i18n.md): the `locale` query parameter, else the best match of
// Accept-Language, else the channel's language. Catalogue texts (names, descriptions, option labels,
// image texts) come in it; Content-Language says which one was used.
import { z } from 'zod';
import { LOCALES, negotiateLocale, type Locale } from '@/lib/platform/i18n/locales';

export const LOCALE_QUERY = 'locale';
export const localeQuery = z.enum(LOCALES).optional();

/** The answer language of a request; an unsupported `locale` parameter is a 400 (zod). */
export function apiLocale(request: Request, channelLocale: Locale): Locale {
  const asked = localeQuery.parse(new URL(request.url).searchParams.get(LOCALE_QUERY) ?? undefined);
  return asked ?? negotiateLocale(request.headers.get('accept-language')) ?? channelLocale;
}

/** OpenAPI parameters of every catalogue call that answers in a language. */
export const localeParameters = [
  {
    name: LOCALE_QUERY,
    in: 'query',
    required: false,
    description:
      "Language of catalogue texts (names, descriptions, attribute and option labels, image texts). Wins over Accept-Language; without either, the channel's language. The answer's Content-Language names the language used.",
    schema: { type: 'string', enum: [...LOCALES] },
  },
  {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description:
      'Preferred languages (RFC 9110), e.g. `de-DE,de;q=0.9,en;q=0.8`; used when there is no `locale` parameter.',
    schema: { type: 'string' },
  },
] as const;
