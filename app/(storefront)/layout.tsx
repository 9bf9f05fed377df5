import type { ReactNode } from 'react';
import { MiniCartProvider } from '@/components/storefront/mini-cart';
import { SiteFooter } from '@/components/storefront/site-footer';
import { SiteHeader } from '@/components/storefront/site-header';
import { getCachedStores } from '@/lib/catalog/cached-catalog.reads';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCategoryTree } from '@/lib/platform/request-context';
import { getCachedContentLinks } from '@/lib/content/cached-content.reads';
import type { Locale } from '@/lib/platform/i18n/locales';
import { getLocale } from 'next-intl/server';

export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const [categories, actor, stores, pages] = await Promise.all([
    getCategoryTree(),
    getCurrentActor(),
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
