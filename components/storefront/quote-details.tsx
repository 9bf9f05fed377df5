// A quote's facts and lines, as staff, the customer and the holder of its link see them (docs/showroom.md).
import { LineItemsTable } from './line-items-table';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { formatCalendarDay, formatDateTime, formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';
import type { QuoteView } from '@/lib/quotes/quotes.reads';
import type { QuoteState } from '@/lib/quotes/quotes.rules';

type Props = { quote: QuoteView; t: Translate; locale: Locale };

const TONE: Record<QuoteState, BadgeTone> = {
  open: 'info',
  expired: 'warning',
  ordered: 'success',
  withdrawn: 'neutral',
};

export function QuoteStateBadge({ state, t }: { state: QuoteState; t: Translate }) {
  return <Badge tone={TONE[state]}>{t(`quotes.state.${state}`)}</Badge>;
}

/** Who, where, until when and where it stands. `showCustomer`: staff see whose quote it is. */
export function QuoteFacts({ quote, t, locale, showCustomer = false }: Props & { showCustomer?: boolean }) {
  return (
    <dl className="grid grid-cols-[9rem_1fr] gap-2 text-sm sm:text-base">
      <dt className="font-semibold">{t('quotes.status')}</dt>
      <dd data-testid="quote-state">
        <QuoteStateBadge state={quote.state} t={t} />
      </dd>
      <dt className="font-semibold">{t('quotes.validUntilLabel')}</dt>
      <dd data-testid="quote-valid-until">{formatCalendarDay(quote.validUntil, locale)}</dd>
      {showCustomer && (
        <>
          <dt className="font-semibold">{t('quotes.customer')}</dt>
          <dd>
            {quote.customer.name}
            <span className="block text-sm text-gray-700">
              {quote.customer.email} · {t('quotes.customerNumber', { number: quote.customer.customerNumber })}
            </span>
          </dd>
        </>
      )}
      {quote.storeName && (
        <>
          <dt className="font-semibold">{t('quotes.store')}</dt>
          <dd>{quote.storeName}</dd>
        </>
      )}
      {quote.staffName && (
        <>
          <dt className="font-semibold">{t('quotes.staff')}</dt>
          <dd>{quote.staffName}</dd>
        </>
      )}
      <dt className="font-semibold">{t('quotes.created')}</dt>
      <dd>{formatDateTime(quote.createdAt, locale)}</dd>
    </dl>
  );
}

/** The quoted lines and the goods total, at the prices as quoted. */
export function QuoteLines({ quote, t, locale }: Props) {
  const money = (amount: number) => formatMoney({ amount, currency: quote.currency }, locale);
  return (
    <section aria-labelledby="quote-lines">
      <h2 id="quote-lines" className="mb-2 text-lg font-semibold">
        {t('quotes.lines')}
      </h2>
      <LineItemsTable
        caption={t('quotes.lines')}
        headings={[t('quotes.product'), t('quotes.quantity'), t('quotes.unitPrice'), t('quotes.lineTotal')]}
        rows={quote.lines.map((line) => ({
          key: line.sku,
          name: line.productName,
          sku: line.sku,
          quantity: line.quantity,
          unit: money(line.unitAmount),
          total: money(line.lineAmount),
        }))}
        totals={[{ label: t('quotes.total'), value: money(quote.totalAmount), testId: 'quote-total' }]}
      />
      <p className="mt-1 text-xs text-gray-600">
        {quote.pricesIncludeVat ? t('quotes.pricesIncludeVat') : t('quotes.pricesExcludeVat')}
      </p>
    </section>
  );
}

/** Why a quote cannot be ordered (expired, withdrawn, ordered); null while it can. */
export function QuoteClosedNote({ quote, t, locale }: Props) {
  if (quote.state === 'open') return null;
  const text =
    quote.state === 'expired'
      ? t('quotes.whyExpired', { date: formatCalendarDay(quote.validUntil, locale) })
      : quote.state === 'withdrawn'
        ? t('quotes.whyWithdrawn')
        : t('quotes.whyOrdered');
  return (
    <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="quote-closed">
      {text}
    </p>
  );
}
