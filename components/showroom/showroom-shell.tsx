// The storefront's navigation made for the shop floor's tablets: a persistent bar with the store, the
// customer in context (a link to /showroom/customer: their name and number, or "Walk-in"), the cart and
// "End session"; the same search and categories as the storefront, with 44 px targets and larger text.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { MiniCart } from '@/components/storefront/mini-cart';
import { SearchBox } from '@/components/storefront/search-box';
import type { CategoryNode } from '@/lib/catalog/categories.reads';
import type { ShowroomStore } from '@/lib/showroom/showroom-stores.rules';
import { CameraScanButton } from './camera-scan-button';
import { EndSessionButton } from './end-session-button';
import { ScannerListener } from './scanner-listener';

/** The customer in context as the bar shows them. */
export type ShellCustomer = { name: string; customerNumber: number };

export function ShowroomShell({
  store,
  customer,
  categories,
  children,
}: {
  store: ShowroomStore;
  customer: ShellCustomer | null;
  categories: CategoryNode[];
  children: ReactNode;
}) {
  const t = useTranslations();
  return (
    <div className="text-lg">
      <header className="sticky top-0 z-40 border-b border-gray-300 bg-white shadow-sm">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t('nav.skipToContent')}
        </a>
        <section
          aria-label={t('showroom.session')}
          className="flex flex-wrap items-center gap-x-4 gap-y-2 bg-brand-800 px-4 py-2 text-white"
        >
          <Link
            href="/showroom"
            className="flex min-h-11 items-center text-xl font-bold focus:outline-2 focus:outline-white"
          >
            {t('showroom.title')}
          </Link>
          <dl className="flex flex-wrap gap-x-4 gap-y-1">
            <div className="flex gap-2">
              <dt className="text-brand-100">{t('showroom.store')}</dt>
              <dd className="font-semibold" data-testid="showroom-store">
                {store.name}
              </dd>
            </div>
            <CustomerInContext customer={customer} />
          </dl>
          <div className="ml-auto flex items-center gap-2 text-ink">
            <MiniCart signedIn size="touch" />
            <EndSessionButton />
          </div>
        </section>
        <div className="flex flex-wrap items-center gap-3 px-4 py-2">
          <SearchBox action="/showroom/find" />
          <CameraScanButton />
        </div>
        <nav aria-label={t('nav.categories')} className="border-t border-gray-200 bg-brand-50">
          <ul className="flex gap-1 overflow-x-auto px-4">
            {categories.map((category) => (
              <li key={category.id} className="shrink-0">
                <Link
                  href={`/c/${category.path}`}
                  className="flex min-h-12 items-center px-4 font-medium text-brand-800 hover:bg-brand-100"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <ScannerListener />
      <main id="main" className="px-4 py-6">
        {children}
      </main>
    </div>
  );
}

/** The customer staff sell to: a link to their profile, or to finding one while it is a walk-in. */
function CustomerInContext({ customer }: { customer: ShellCustomer | null }) {
  const t = useTranslations('showroom');
  return (
    <div className="flex items-center gap-2">
      <dt className="text-brand-100">{t('customer')}</dt>
      <dd className="font-semibold" data-testid="showroom-customer">
        <Link
          href="/showroom/customer"
          className="-my-2 flex min-h-11 items-center underline underline-offset-4 focus:outline-2 focus:outline-white"
        >
          {customer
            ? t('customerInBar', { name: customer.name, number: String(customer.customerNumber) })
            : t('chooseCustomer')}
        </Link>
      </dd>
    </div>
  );
}
