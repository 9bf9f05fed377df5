'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useSyncExternalStore } from 'react';
import { QrCode } from '@/components/storefront/qr-code';

/**
 * The customer's link to a quote, right after saving it: the raw token arrives in the URL fragment
 * (never sent to a server, so in no request log) and is taken out of the address bar at once, so a
 * reload or the history do not keep it; this tab remembers it until it reloads. Later visits say where
 * the customer finds the quote.
 */
export function QuoteLink({ number }: { number: number }) {
  const t = useTranslations('quotes');
  // The router writes the fragment into the address after rendering the page: read it as an external store.
  const link = useSyncExternalStore(subscribe, linkOfThisPage, () => null);
  useEffect(() => {
    if (linkOfThisPage() && window.location.hash)
      window.history.replaceState(window.history.state, '', window.location.pathname);
  }, [link]);
  return (
    <section aria-labelledby="quote-link" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="quote-link" className="text-lg font-semibold">
        {t('link')}
      </h2>
      {link ? (
        <div className="mt-3 flex flex-wrap items-center gap-6">
          <QrCode value={link} label={t('qrLabel', { number })} />
          <div className="min-w-0 flex-1">
            <p className="font-mono text-base break-all" data-testid="quote-link">
              {link}
            </p>
            <p className="mt-2 text-sm text-gray-700">{t('linkHint')}</p>
          </div>
        </div>
      ) : (
        <p className="mt-2 text-sm text-gray-700">{t('linkGone')}</p>
      )}
    </section>
  );
}

/** Links seen in the fragment, by page: the fragment is gone once read. */
const links = new Map<string, string>();

function linkOfThisPage(): string | null {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('link');
  if (token && /^[A-Za-z0-9_-]{43}$/.test(token))
    links.set(window.location.pathname, `${window.location.origin}/q/${token}`);
  return links.get(window.location.pathname) ?? null;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
