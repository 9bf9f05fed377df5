import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { OfficeShell } from '@/components/admin/office-shell';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { CLIENT_NAMESPACES, pickMessages } from '@/lib/platform/i18n/messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: { default: t('desk.title'), template: `%s · ${t('desk.title')}` } };
}

export default async function StoreDeskLayout({ children }: { children: ReactNode }) {
  const [t, messages, actor] = await Promise.all([
    getTranslations(),
    getMessages(),
    requirePagePermission('orders:manage', '/store-desk'),
  ]);
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
      <NextIntlClientProvider messages={pickMessages(messages, [...CLIENT_NAMESPACES, 'desk'])}>
        {children}
      </NextIntlClientProvider>
    </OfficeShell>
  );
}
