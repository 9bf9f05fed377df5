import { useLocale, useTranslations } from 'next-intl';
import { setLocaleAction } from '@/app/(storefront)/locale-actions';
import { Button } from '@/components/ui/button';
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
  return (
    // The group carries the name (a form may not take the group role: axe aria-allowed-role).
    <form action={setLocaleAction} className="contents">
      <div role="group" aria-label={t('language')} className="flex items-center gap-0.5">
        {LANGUAGES.map(({ locale, short, name }) => (
          <Button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            // The chosen language stands out in the bar's own colours; the others take the bar's text colour.
            variant={locale !== current ? 'quiet' : tone === 'dark' ? 'secondary' : 'primary'}
            size="sm"
          >
            {short}
            <span className="sr-only"> {name}</span>
          </Button>
        ))}
      </div>
    </form>
  );
}
