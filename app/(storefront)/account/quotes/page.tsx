import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { QuoteStateBadge } from '@/components/storefront/quote-details';
import { ButtonLink } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getDb } from '@/lib/platform/db';
import { formatCalendarDay, formatDateTime, formatMoney } from '@/lib/platform/i18n/format';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getVisitorLocale } from '@/lib/platform/request-context';
import { listAccountQuotes } from '@/lib/quotes/quotes.reads';

export const generateMetadata = pageTitle('quotes.listTitle');

/** The signed-in customer's quotes (docs/showroom.md: which quotes an account owns). */
export default async function AccountQuotesPage() {
  const [t, locale, actor] = await Promise.all([getTranslations(), getVisitorLocale(), getCurrentActor()]);
  if (!actor) redirect('/sign-in?callbackUrl=/account/quotes');
  const quotes = await listAccountQuotes(getDb(), actor);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t('quotes.listTitle')}</h1>
      <DataTable
        caption={t('quotes.listTitle')}
        hideCaption
        stickyFirstColumn
        rows={quotes}
        rowKey={(q) => q.id}
        empty={t('quotes.empty')}
        columns={[
          {
            key: 'number',
            header: t('quotes.number'),
            rowHeader: true,
            nowrap: true,
            cell: (q) => (
              <Link href={`/account/quotes/${q.id}`} className="text-brand-800 underline underline-offset-2">
                {t('quotes.view', { number: q.number })}
              </Link>
            ),
          },
          {
            key: 'created',
            header: t('quotes.created'),
            nowrap: true,
            cell: (q) => formatDateTime(q.createdAt, locale),
          },
          {
            key: 'validUntil',
            header: t('quotes.validUntilLabel'),
            nowrap: true,
            cell: (q) => formatCalendarDay(q.validUntil, locale),
          },
          { key: 'state', header: t('quotes.status'), cell: (q) => <QuoteStateBadge state={q.state} t={t} /> },
          {
            key: 'total',
            header: t('quotes.total'),
            numeric: true,
            nowrap: true,
            cell: (q) => formatMoney({ amount: q.totalAmount, currency: q.currency }, locale),
          },
        ]}
      />
      <ButtonLink href="/account" variant="link">
        {t('account.title')}
      </ButtonLink>
    </div>
  );
}
