import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale } from '@/lib/platform/i18n/server';
import './globals.css';

// Every page reads the session, the locale cookie and live stock: nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Velo & Outdoor', template: '%s · Velo & Outdoor' },
  description: 'Bikes, parts and outdoor gear: online, in our stores and for business customers.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
