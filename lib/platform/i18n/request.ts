// next-intl's request configuration (named in next.config.ts): the visitor's language from the
// `locale` cookie or Accept-Language (./locales.ts), its messages, and the business time zone.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, resolveLocale } from './locales';
import { BUSINESS_TIME_ZONE } from '@/lib/platform/business-time.rules';
import { catalogues } from './messages';

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get('accept-language'));
  return { locale, messages: catalogues[locale], timeZone: BUSINESS_TIME_ZONE };
});
