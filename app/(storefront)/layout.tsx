import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/storefront/site-footer';
import { SiteHeader } from '@/components/storefront/site-header';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCachedStores } from '@/lib/catalog/cached-catalog.reads';
import { getLocale, getTranslator } from '@/lib/platform/i18n/server';
import { getCategoryTree } from '@/lib/platform/request-context';

export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const [t, locale, categories, actor, stores] = await Promise.all([
    getTranslator(),
    getLocale(),
    getCategoryTree(),
    getCurrentActor(),
    getCachedStores(),
  ]);
  return (
    <>
      <SiteHeader t={t} categories={categories} actor={actor} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <SiteFooter t={t} stores={stores} locale={locale} />
    </>
  );
}
