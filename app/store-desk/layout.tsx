import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/storefront/sign-out-button';
import { requirePagePermission } from '@/lib/auth/page-guards';
import { getTranslator } from '@/lib/i18n/server';

export const metadata: Metadata = { title: { default: 'Pickup desk', template: '%s · Pickup desk' } };

export default async function StoreDeskLayout({ children }: { children: ReactNode }) {
  const [t, actor] = await Promise.all([getTranslator(), requirePagePermission('orders:manage', '/store-desk')]);
  return (
    <div className="min-h-screen bg-gray-50">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('nav.skipToContent')}
      </a>
      <header className="border-b border-gray-200 bg-gray-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-3">
          <Link href="/store-desk" className="font-bold">
            {t('desk.title')}
          </Link>
          <nav aria-label={t('desk.nav')} className="flex gap-3 text-sm">
            <Link href="/store-desk" className="hover:underline">
              {t('desk.allStores')}
            </Link>
            <Link href="/" className="hover:underline">
              {t('admin.toStorefront')}
            </Link>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span>{actor.email}</span>
            <SignOutButton label={t('nav.signOut')} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
