import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CartRefresh } from '@/components/storefront/cart-refresh';
import { QuoteLink } from '@/components/showroom/quote-link';
import { WithdrawQuoteForm } from '@/components/showroom/withdraw-quote-form';
import { QuoteClosedNote, QuoteFacts, QuoteLines } from '@/components/storefront/quote-details';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getDb } from '@/lib/platform/db';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getVisitorLocale } from '@/lib/platform/request-context';
import { getStaffQuote } from '@/lib/quotes/quotes.reads';

export const generateMetadata = pageTitle('quotes.listTitle');

/**
 * A quote for the staff who may sell at its store (admins anywhere); anyone else gets a 404, as for a
 * quote that does not exist. Right after saving it shows the customer's link (./quote-link.tsx).
 */
export default async function StaffQuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [t, locale, actor] = await Promise.all([getTranslations(), getVisitorLocale(), getCurrentActor()]);
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/showroom/quotes/${id}`)}`);
  const quote = await getStaffQuote(getDb(), actor, id);
  if (!quote) notFound();
  const props = { quote, t, locale };
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      {/* Saving emptied the staff cart: the header's count follows (the page is reached by a redirect). */}
      <CartRefresh />
      <h1 className="text-2xl font-bold sm:text-3xl">{t('quotes.title', { number: quote.number })}</h1>
      <QuoteFacts {...props} showCustomer />
      <QuoteClosedNote {...props} />
      <ClientMessages namespaces={['quotes']}>
        {quote.state === 'open' && <QuoteLink number={quote.number} />}
        <QuoteLines {...props} />
        {quote.status === 'open' && <WithdrawQuoteForm quoteId={quote.id} number={quote.number} />}
      </ClientMessages>
    </div>
  );
}
