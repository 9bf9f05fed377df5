import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { OfficeShell } from '@/components/admin/office-shell';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: { default: t('desk.title'), template: `%s · ${t('desk.title')}` } };
}

export default async function StoreDeskLayout({ children }: { children: ReactNode }) {
  const [t, actor] = await Promise.all([getTranslations(), requirePagePermission('orders:manage', '/store-desk')]);
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
    >
      <ClientMessages namespaces={['desk']}>{children}</ClientMessages>
    </OfficeShell>
  );
}
