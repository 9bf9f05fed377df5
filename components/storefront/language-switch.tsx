import { useLocale, useTranslations } from 'next-intl';
import { setLocaleAction } from '@/app/(storefront)/locale-actions';
import type { Locale } from '@/lib/platform/i18n/locales';

// Each language is named in itself, so a visitor who cannot read the current one still finds theirs.
const LANGUAGES: Array<{ locale: Locale; short: string; name: string }> = [
  { locale: 'de', short: 'DE', name: 'Deutsch' },
  { locale: 'en', short: 'EN', name: 'English' },
];

/** The language switch in every header: one button per language; the choice is remembered in a cookie. Works without JavaScript. */
export function LanguageSwitch({ tone = 'light' }: { tone?: 'light' | 'dark' }) {
  const t = useTranslations('nav');
  const current = useLocale();
  const idle = tone === 'dark' ? 'text-gray-200 hover:bg-gray-800' : 'text-gray-700 hover:bg-gray-100';
  const active = tone === 'dark' ? 'bg-white text-gray-900' : 'bg-brand-700 text-white';
  return (
    <form action={setLocaleAction} role="group" aria-label={t('language')} className="flex items-center gap-0.5">
      {LANGUAGES.map(({ locale, short, name }) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={`min-h-8 rounded px-2 text-xs font-semibold ${locale === current ? active : idle}`}
        >
          {short}
          <span className="sr-only"> {name}</span>
        </button>
      ))}
    </form>
  );
}
