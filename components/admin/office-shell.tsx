import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/storefront/language-switch';
import { SignOutButton } from '@/components/storefront/sign-out-button';

/** The frame of the staff areas (back office, pickup desk): skip link, dark header with nav, signed-in email and sign-out. */
export function OfficeShell({
  home,
  nav,
  email,
  children,
}: {
  home: { href: string; label: string };
  nav: { label: string; links: Array<{ href: string; label: string }> };
  email: string;
  children: ReactNode;
}) {
  const t = useTranslations('nav');
  return (
    <div className="min-h-screen bg-gray-50">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      <header className="border-b border-gray-200 bg-gray-900 text-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-1">
          <Link href={home.href} className="inline-flex min-h-11 items-center font-bold">
            {home.label}
          </Link>
          <nav aria-label={nav.label} className="flex flex-wrap gap-x-3 text-sm">
            {nav.links.map((link) => (
              <Link key={link.href} href={link.href} className="inline-flex min-h-11 items-center hover:underline">
                {link.label}
              </Link>
            ))}
          </nav>
          {/* Staff use these areas on counter tablets: the shared header controls get 44 px touch targets here. */}
          <div className="ml-auto flex items-center gap-3 text-sm [&_button]:min-h-11 [&_button]:min-w-11">
            <LanguageSwitch tone="dark" />
            <span>{email}</span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
