import type { ReactNode } from 'react';
import { MiniCartProvider } from '@/components/storefront/mini-cart';
import { SiteFooter } from '@/components/storefront/site-footer';
import { SiteHeader } from '@/components/storefront/site-header';
import { getCachedStores } from '@/lib/catalog/cached-catalog.reads';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCategoryTree } from '@/lib/platform/request-context';

export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const [categories, actor, stores] = await Promise.all([getCategoryTree(), getCurrentActor(), getCachedStores()]);
  return (
    <MiniCartProvider>
      <SiteHeader categories={categories} actor={actor} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <SiteFooter stores={stores} />
    </MiniCartProvider>
  );
}
