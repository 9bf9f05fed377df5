import type { ReactNode } from 'react';
import { MiniCartProvider } from '@/components/storefront/mini-cart';
import { SiteFooter } from '@/components/storefront/site-footer';
import { SiteHeader } from '@/components/storefront/site-header';
import { ShowroomShell } from '@/components/showroom/showroom-shell';
import { getCachedStores } from '@/lib/catalog/cached-catalog.reads';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCategoryTree, getRequestContext } from '@/lib/platform/request-context';
import { getCachedContentLinks } from '@/lib/content/cached-content.reads';
import { getDb } from '@/lib/platform/db';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import type { Locale } from '@/lib/platform/i18n/locales';
import { listShowroomStores } from '@/lib/showroom/showroom.reads';
import { getLocale } from 'next-intl/server';

/** One navigation shell for every channel; staff in showroom mode get it made for their tablets. */
export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const [categories, actor, { showroomStoreId, showroomCustomer }] = await Promise.all([
    getCategoryTree(),
    getCurrentActor(),
    getRequestContext(),
  ]);
  const showroomStore = showroomStoreId
    ? (await listShowroomStores(getDb())).find((store) => store.id === showroomStoreId)
    : undefined;
  if (showroomStore)
    return (
      <ClientMessages namespaces={['showroom', 'stores', 'promise']}>
        <MiniCartProvider>
          <ShowroomShell
            store={showroomStore}
            customer={
              showroomCustomer && {
                name: `${showroomCustomer.firstName} ${showroomCustomer.lastName}`.trim(),
                customerNumber: showroomCustomer.customerNumber,
              }
            }
            categories={categories}
          >
            {children}
          </ShowroomShell>
        </MiniCartProvider>
      </ClientMessages>
    );
  const [stores, pages] = await Promise.all([
    getCachedStores(),
    getLocale().then((locale) => getCachedContentLinks(locale as Locale)),
  ]);
  return (
    <MiniCartProvider>
      <SiteHeader categories={categories} actor={actor} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <SiteFooter stores={stores} pages={pages} />
    </MiniCartProvider>
  );
}
