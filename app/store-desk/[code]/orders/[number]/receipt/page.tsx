import { notFound } from 'next/navigation';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getLocale, getTranslations } from 'next-intl/server';
import { DeskOrderItems } from '@/components/desk/desk-order-items';
import { PrintButton } from '@/components/desk/print-button';
import { ButtonLink } from '@/components/ui/button';
import { paymentMethodKey } from '@/lib/pickup/pickup-payment.rules';
import { formatDateTime, formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import { requireDeskOrder } from '../require-desk-order';

export const generateMetadata = pageTitle('meta.deskReceipt');

/** The hand-over receipt, for the screen and for printing: what left the store, paid how, when, by whom. */
export default async function DeskReceiptPage({ params }: { params: Promise<{ code: string; number: string }> }) {
  const [{ code, number }, locale] = await Promise.all([params, getLocale() as Promise<Locale>]);
  const base = `/store-desk/${encodeURIComponent(code)}`;
  const { store, order } = await requireDeskOrder(code, number, `${base}/orders/${number}/receipt`, locale);
  if (!order.collected) notFound();
  const t = await getTranslations();
  const when = (iso: string) => formatDateTime(new Date(iso), locale, store.timeZone);
  const rows: Array<[string, string]> = [
    [t('desk.store'), `${store.name} (${store.code}), ${store.city}`],
    [t('desk.collectedAt'), when(order.collected.at)],
    [t('desk.staffMember'), order.collected.by ?? t('desk.noOne')],
    [t('desk.paymentMethod'), t(`desk.method.${paymentMethodKey(order.payment.method)}`)],
    ...(order.paid?.reference ? ([[t('desk.reference'), order.paid.reference]] as Array<[string, string]>) : []),
  ];
  return (
    <div className="grid max-w-2xl gap-6 text-base">
      <div className="flex flex-wrap gap-3 print:hidden">
        <ButtonLink href={base} variant="secondary" size="touch">
          {t('desk.backToDesk')}
        </ButtonLink>
        <PrintButton label={t('desk.print')} />
      </div>
      <article
        aria-labelledby="receipt-title"
        className="grid gap-4 rounded-lg border border-gray-300 bg-white p-6 print:border-0 print:p-0"
      >
        <h1 id="receipt-title" className="text-2xl font-bold">
          {t('desk.receiptTitle', { number: order.number })}
        </h1>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]" data-testid="receipt-facts">
          {rows.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-semibold">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <DeskOrderItems
          lines={order.lines}
          currency={order.currency}
          label={t('desk.lines', { number: order.number })}
        />
        <p className="flex justify-between border-t border-gray-900 pt-2 text-lg font-bold">
          <span>{t('desk.amountPaid')}</span>
          <span>{formatMoney({ amount: order.totalAmount, currency: order.currency }, locale)}</span>
        </p>
      </article>
    </div>
  );
}
