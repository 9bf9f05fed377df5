import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { QueryProvider } from '@/components/ui/query-provider';
import { ToastRegion } from '@/components/ui/toast';
import { UiProvider } from '@/components/ui/ui-provider';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import './globals.css';

// Every page reads the session, the locale cookie and live stock: nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('site');
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <ClientMessages>
          <UiProvider locale={locale}>
            <QueryProvider>
              {children}
              <ToastRegion />
            </QueryProvider>
          </UiProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
