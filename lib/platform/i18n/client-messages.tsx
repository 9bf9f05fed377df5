import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { CLIENT_NAMESPACES, pickMessages } from './messages';

/**
 * Hands client components the messages they read: the shared namespaces (header, mini-cart, UI parts,
 * error page) plus the ones named here for the page or area below (`checkout`, `auth`, `admin` …).
 * Each page's RSC payload carries only those: the catalogue is render work on every uncached request.
 * A nested provider replaces the outer one's messages, hence the shared ones are always included.
 */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: readonly string[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...CLIENT_NAMESPACES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
