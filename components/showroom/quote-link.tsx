'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { QrCode } from '@/components/storefront/qr-code';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * The customer's link to a quote, right after saving it: the raw token arrives in the URL fragment
 * (never sent to a server) and is taken out of the address bar at once, so a reload, the history or a
 * shared screen shot of the address do not keep it. Later visits say where the customer finds the quote.
 */
export function QuoteLink({ number }: { number: number }) {
  const t = useTranslations('quotes');
  const hydrated = useHydrated();
  // Read once when the component mounts in the browser; the server (and hydration) render the later-visit text.
  const [link] = useState(() => (typeof window === 'undefined' ? null : linkFromFragment()));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  return (
    <section aria-labelledby="quote-link" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="quote-link" className="text-lg font-semibold">
        {t('link')}
      </h2>
      {hydrated && link ? (
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

function linkFromFragment(): string | null {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('link');
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? `${window.location.origin}/q/${token}` : null;
}
