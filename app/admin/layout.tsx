import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { OfficeShell } from '@/components/admin/office-shell';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: { default: t('admin.title'), template: `%s · ${t('admin.title')}` } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [t, actor] = await Promise.all([getTranslations(), requirePagePermission('backoffice:access', '/admin')]);
  return (
    <OfficeShell
      home={{ href: '/admin', label: t('admin.title') }}
      nav={{
        label: t('admin.nav'),
        links: [
          { href: '/admin', label: t('admin.dashboard') },
          { href: '/admin/products', label: t('admin.products') },
          { href: '/admin/categories', label: t('admin.categories.nav') },
          { href: '/admin/translations', label: t('admin.translations.nav') },
          { href: '/admin/price-lists', label: t('admin.priceLists') },
          { href: '/admin/channels', label: t('admin.channels.title') },
          { href: '/admin/assortment', label: t('admin.assortment.title') },
          { href: '/admin/search/synonyms', label: t('admin.search.nav') },
          { href: '/admin/credits', label: t('admin.credits.nav') },
          { href: '/admin/shipping', label: t('admin.shipping.title') },
          { href: '/admin/content', label: t('admin.content.title') },
          { href: '/admin/settings', label: t('admin.settings.title') },
          ...(can(actor, 'jobs:read') ? [{ href: '/admin/jobs', label: t('admin.jobs.nav') }] : []),
          ...(can(actor, 'orders:manage') ? [{ href: '/store-desk', label: t('desk.title') }] : []),
          { href: '/', label: t('admin.toStorefront') },
        ],
      }}
      email={actor.email}
    >
      <ClientMessages namespaces={['admin']}>{children}</ClientMessages>
    </OfficeShell>
  );
}
