import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OrderQuoteForm } from '@/components/storefront/order-quote-form';
import { QuoteClosedNote, QuoteFacts, QuoteLines } from '@/components/storefront/quote-details';
import { getDb } from '@/lib/platform/db';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { getVisitorLocale } from '@/lib/platform/request-context';
import { findQuoteByToken } from '@/lib/quotes/quotes.reads';
import { orderQuoteByLinkAction } from '@/app/(storefront)/account/quotes/actions';

/** Its address is a secret: not indexed, and sent to no other site. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('quotes.listTitle'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * A quote by its link (the token is the proof; no sign-in needed): unknown tokens get a 404. Never
 * page-cached (lib/platform/server/page-cache.ts caches only listings, products and search).
 */
export default async function QuoteByLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, locale, quote] = await Promise.all([
    getTranslations(),
    getVisitorLocale(),
    findQuoteByToken(getDb(), token),
  ]);
  if (!quote) notFound();
  const props = { quote, t, locale };
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t('quotes.title', { number: quote.number })}</h1>
      <QuoteFacts {...props} />
      <QuoteClosedNote {...props} />
      <QuoteLines {...props} />
      {quote.state === 'open' && (
        <ClientMessages namespaces={['quotes']}>
          <OrderQuoteForm action={orderQuoteByLinkAction} field={{ name: 'token', value: token }} />
        </ClientMessages>
      )}
    </div>
  );
}
