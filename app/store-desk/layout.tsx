import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { OfficeShell } from '@/components/admin/office-shell';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { getTranslator } from '@/lib/platform/i18n/server';

export const metadata: Metadata = { title: { default: 'Pickup desk', template: '%s · Pickup desk' } };

export default async function StoreDeskLayout({ children }: { children: ReactNode }) {
  const [t, actor] = await Promise.all([getTranslator(), requirePagePermission('orders:manage', '/store-desk')]);
  return (
    <OfficeShell
      home={{ href: '/store-desk', label: t('desk.title') }}
      nav={{
        label: t('desk.nav'),
        links: [
          { href: '/store-desk', label: t('desk.allStores') },
          { href: '/', label: t('admin.toStorefront') },
        ],
      }}
      email={actor.email}
      labels={{ skipToContent: t('nav.skipToContent'), signOut: t('nav.signOut') }}
    >
      {children}
    </OfficeShell>
  );
}
