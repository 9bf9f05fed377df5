import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { OfficeShell } from '@/components/admin/office-shell';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { CLIENT_NAMESPACES, pickMessages } from '@/lib/platform/i18n/messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: { default: t('admin.title'), template: `%s · ${t('admin.title')}` } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [t, messages, actor] = await Promise.all([
    getTranslations(),
    getMessages(),
    requirePagePermission('backoffice:access', '/admin'),
  ]);
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
          ...(can(actor, 'jobs:read') ? [{ href: '/admin/jobs', label: t('admin.jobs.nav') }] : []),
          ...(can(actor, 'orders:manage') ? [{ href: '/store-desk', label: t('desk.title') }] : []),
          { href: '/', label: t('admin.toStorefront') },
        ],
      }}
      email={actor.email}
    >
      <NextIntlClientProvider messages={pickMessages(messages, [...CLIENT_NAMESPACES, 'admin'])}>
        {children}
      </NextIntlClientProvider>
    </OfficeShell>
  );
}
