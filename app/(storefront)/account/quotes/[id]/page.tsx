import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OrderQuoteForm } from '@/components/storefront/order-quote-form';
import { QuoteClosedNote, QuoteFacts, QuoteLines } from '@/components/storefront/quote-details';
import { ButtonLink } from '@/components/ui/button';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getDb } from '@/lib/platform/db';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getVisitorLocale } from '@/lib/platform/request-context';
import { getAccountQuote } from '@/lib/quotes/quotes.reads';
import { orderQuoteAction } from '../actions';

export const generateMetadata = pageTitle('quotes.listTitle');

/** One of the signed-in customer's quotes; someone else's is as unknown as a missing one (404). */
export default async function AccountQuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [t, locale, actor] = await Promise.all([getTranslations(), getVisitorLocale(), getCurrentActor()]);
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/account/quotes/${id}`)}`);
  const quote = await getAccountQuote(getDb(), actor, id);
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
          <OrderQuoteForm action={orderQuoteAction} field={{ name: 'quoteId', value: quote.id }} />
        </ClientMessages>
      )}
      <p className="flex flex-wrap gap-4">
        {quote.order && (
          <ButtonLink href={`/orders/${quote.order.id}`} variant="link">
            {t('quotes.viewOrder', { number: quote.order.number })}
          </ButtonLink>
        )}
        <ButtonLink href="/account/quotes" variant="link">
          {t('quotes.back')}
        </ButtonLink>
      </p>
    </div>
  );
}
