import Link from 'next/link';
import { setLocaleAction } from '@/app/(storefront)/locale-actions';
import type { StoreSummary } from '@/lib/inventory/locations.reads';
import type { Locale, Translate } from '@/lib/platform/i18n/translate';

export function SiteFooter({ t, stores, locale }: { t: Translate; stores: StoreSummary[]; locale: Locale }) {
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50 text-sm">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:grid-cols-3">
        <section aria-labelledby="footer-stores">
          <h2 id="footer-stores" className="mb-2 font-semibold">
            {t('footer.stores')}
          </h2>
          <ul className="space-y-2">
            {stores.map((store) => (
              <li key={store.code}>
                <span className="font-medium">{store.name}</span>
                <br />
                {store.street}, {store.postalCode} {store.city}
              </li>
            ))}
          </ul>
          <Link href="/stores" className="mt-3 inline-block underline">
            {t('stores.findStore')}
          </Link>
        </section>
        <section aria-labelledby="footer-service">
          <h2 id="footer-service" className="mb-2 font-semibold">
            {t('footer.service')}
          </h2>
          <ul className="space-y-1">
            <li>
              <Link href="/api/v1/openapi.json" className="underline">
                {t('footer.api')}
              </Link>
            </li>
          </ul>
        </section>
        <section aria-labelledby="footer-language">
          <h2 id="footer-language" className="mb-2 font-semibold">
            {t('footer.language')}
          </h2>
          <form action={setLocaleAction} className="flex gap-2">
            <label htmlFor="footer-locale" className="sr-only">
              {t('footer.language')}
            </label>
            <select
              id="footer-locale"
              name="locale"
              defaultValue={locale}
              className="rounded border border-gray-400 bg-white px-2 py-1"
            >
              <option value="en">English</option>
              <option value="de">Deutsch</option>
            </select>
            <button type="submit" className="rounded border border-gray-400 bg-white px-3 py-1 hover:bg-gray-100">
              {t('footer.switchLanguage')}
            </button>
          </form>
        </section>
      </div>
      <p className="pb-6 text-center text-gray-600">{t('footer.rights')}</p>
    </footer>
  );
}
