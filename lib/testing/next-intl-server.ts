// Stands in for next-intl/server in integration tests, which call server actions and pages outside a
// Next request: messages come from the English catalogue (or the `locale` cookie of the cookie jar
// where a test mocks next/headers), through the same translator the app uses outside requests.
import { cookies } from 'next/headers';
import { isLocale, type Locale } from '@/lib/platform/i18n/locales';
import { catalogues, translatorFor } from '@/lib/platform/i18n/messages';

async function testLocale(): Promise<Locale> {
  try {
    const value = (await cookies()).get('locale')?.value;
    return isLocale(value) ? value : 'en';
  } catch {
    return 'en'; // next/headers outside a request and not mocked
  }
}

export async function getLocale(): Promise<Locale> {
  return testLocale();
}

export async function getTranslations(namespace?: string) {
  const t = translatorFor(await testLocale()) as unknown as (key: string, values?: Record<string, unknown>) => string;
  return namespace ? (key: string, values?: Record<string, unknown>) => t(`${namespace}.${key}`, values) : t;
}

export async function getMessages() {
  return catalogues[await testLocale()];
}
