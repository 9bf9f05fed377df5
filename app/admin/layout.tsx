import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { OfficeShell } from '@/components/admin/office-shell';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { getTranslator } from '@/lib/platform/i18n/server';

export const metadata: Metadata = { title: { default: 'Back office', template: '%s · Back office' } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [t, actor] = await Promise.all([getTranslator(), requirePagePermission('backoffice:access', '/admin')]);
  return (
    <OfficeShell
      home={{ href: '/admin', label: t('admin.title') }}
      nav={{
        label: t('admin.nav'),
        links: [
          { href: '/admin', label: t('admin.dashboard') },
          { href: '/admin/products', label: t('admin.products') },
          { href: '/admin/price-lists', label: t('admin.priceLists') },
          { href: '/admin/channels', label: t('admin.channels.title') },
          { href: '/admin/assortment', label: t('admin.assortment.title') },
          { href: '/admin/credits', label: t('admin.credits.nav') },
          { href: '/admin/settings', label: t('admin.settings.title') },
          ...(can(actor, 'orders:manage') ? [{ href: '/store-desk', label: t('desk.title') }] : []),
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
