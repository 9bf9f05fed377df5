import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/storefront/site-footer';
import { SiteHeader } from '@/components/storefront/site-header';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { getCachedStores } from '@/lib/data/cached-catalog';
import { getLocale, getTranslator } from '@/lib/i18n/server';
import { getCategoryTree } from '@/lib/storefront-context';

export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const [t, locale, categories, actor, stores] = await Promise.all([getTranslator(), getLocale(), getCategoryTree(), getCurrentActor(), getCachedStores()]);
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
