import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { createTranslator, DEFAULT_LOCALE, isLocale, type Locale, type Translate } from './translate';

export const LOCALE_COOKIE = 'locale';

export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
});

export async function getTranslator(): Promise<Translate> {
  return createTranslator(await getLocale());
}
