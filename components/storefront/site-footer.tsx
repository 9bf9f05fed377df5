import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { StoreSummary } from '@/lib/inventory/locations.reads';

export function SiteFooter({
  stores,
  pages,
}: {
  stores: StoreSummary[];
  /** Imprint, terms, withdrawal, privacy, shipping: the law wants them one click away on every page. */
  pages: Array<{ slug: string; title: string }>;
}) {
  const t = useTranslations();
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50 text-sm">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-3">
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
        <nav aria-labelledby="footer-legal">
          <h2 id="footer-legal" className="mb-2 font-semibold">
            {t('footer.legal')}
          </h2>
          <ul>
            {pages.map((page) => (
              <li key={page.slug}>
                <Link href={`/pages/${page.slug}`} className="inline-flex min-h-11 items-center underline sm:min-h-8">
                  {page.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="pb-6 text-center text-gray-600">{t('footer.rights')}</p>
    </footer>
  );
}
