import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getLocale, getTranslations } from 'next-intl/server';
import { useLocale, useTranslations } from 'next-intl';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { DeskOrderItems } from '@/components/desk/desk-order-items';
import { DeskStepForm } from '@/components/desk/desk-step-form';
import { HandOverForm } from '@/components/desk/hand-over-form';
import { OrderStatusBadge } from '@/components/desk/order-status-badge';
import { RecordPaymentForm } from '@/components/desk/record-payment-form';
import { ButtonLink } from '@/components/ui/button';
import { canTransition } from '@/lib/orders/order-status.rules';
import type { DeskOrderDetail } from '@/lib/pickup/desk-orders.reads';
import { paymentDueAtPickup, paymentMethodKey } from '@/lib/pickup/pickup-payment.rules';
import { formatDateTime, formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import { advanceOrderAction, cancelOrderAction, handOverAction, recordPaymentAction } from '../../actions';
import { requireDeskOrder } from './require-desk-order';

export const generateMetadata = pageTitle('meta.deskOrder');

const STEPS = [
  { to: 'confirmed', label: 'desk.confirm' },
  { to: 'picking', label: 'desk.startPicking' },
  { to: 'ready_for_pickup', label: 'desk.markReady' },
] as const;

const OPEN = ['placed', 'confirmed', 'picking', 'ready_for_pickup'];

type View = { order: DeskOrderDetail; timeZone: string };

const isDue = (order: DeskOrderDetail) =>
  paymentDueAtPickup({ paymentMethod: order.payment.method, paymentStatus: order.payment.status });

/** One pickup order at the counter: what to hand over, what is due, the payment, the hand-over. */
export default async function DeskOrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string; number: string }>;
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const [{ code, number }, query, locale] = await Promise.all([params, searchParams, getLocale() as Promise<Locale>]);
  const base = `/store-desk/${encodeURIComponent(code)}`;
  const { store, order } = await requireDeskOrder(code, number, `${base}/orders/${number}`, locale);
  const t = await getTranslations();
  // Found by scanning its QR code: the code is filled in for the hand-over (the server checks it again).
  const scanned = typeof query.code === 'string' && /^\d{6}$/.test(query.code) ? query.code : '';
  const when = (iso: string) => formatDateTime(new Date(iso), locale, store.timeZone);
  const view = { order, timeZone: store.timeZone };
  return (
    <div className="grid gap-6 text-base">
      <p>
        <ButtonLink href={base} variant="link" size="touch">
          {t('desk.backToDesk')}
        </ButtonLink>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t('desk.orderTitle', { number: order.number })}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('desk.customer')}</dt>
        <dd className="break-words">
          {order.customerName ?? t('desk.guest')} · {order.email}
        </dd>
        <dt className="font-semibold">{t('desk.slot')}</dt>
        <dd>
          {order.pickupSlot ? `${when(order.pickupSlot.start)} – ${when(order.pickupSlot.end)}` : t('desk.noSlot')}
        </dd>
      </dl>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <ItemsSection {...view} />
        <PaymentSection {...view} />
      </div>
      {OPEN.includes(order.status) ? (
        <HandOverSection {...view} scanned={scanned} />
      ) : (
        <section className="grid gap-3">
          <p role="status" className="text-lg font-semibold">
            {t('desk.notOpen', { status: order.status })}
          </p>
          {order.collected && (
            <p>
              <ButtonLink href={`${base}/orders/${order.number}/receipt`} variant="secondary" size="touch">
                {t('desk.receiptLink')}
              </ButtonLink>
            </p>
          )}
        </section>
      )}
    </div>
  );
}

function ItemsSection({ order }: View) {
  const t = useTranslations('desk');
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="order-items" className="rounded-lg border border-gray-300 bg-white p-4">
      <h2 id="order-items" className="text-lg font-semibold">
        {t('items')}
      </h2>
      <DeskOrderItems lines={order.lines} currency={order.currency} label={t('lines', { number: order.number })} />
      <p className="mt-2 flex justify-between border-t border-gray-300 pt-2 text-lg font-semibold">
        <span>{t('total')}</span>
        <span>{formatMoney({ amount: order.totalAmount, currency: order.currency }, locale)}</span>
      </p>
    </section>
  );
}

/** The amount due (pay at pickup) or paid, how, and the terminal payment form while it is due. */
function PaymentSection({ order, timeZone }: View) {
  const t = useTranslations('desk');
  const locale = useLocale() as Locale;
  const amount = formatMoney({ amount: order.totalAmount, currency: order.currency }, locale);
  const due = isDue(order);
  const state = order.payment.status as 'pending' | 'authorized' | 'paid' | 'failed' | null;
  const how = order.paid
    ? t('paidAtTerminal', {
        time: formatDateTime(new Date(order.paid.at), locale, timeZone),
        staff: order.paid.by ?? t('noOne'),
        reference: order.paid.reference ?? t('noOne'),
      })
    : `${t(`method.${paymentMethodKey(order.payment.method)}`)}, ${state ? t(`paymentState.${state}`) : t('noOne')}`;
  return (
    <section
      aria-labelledby="order-payment"
      className="grid content-start gap-3 rounded-lg border border-gray-300 bg-white p-4"
    >
      <h2 id="order-payment" className="text-lg font-semibold">
        {t('paymentTitle')}
      </h2>
      <p className={due ? 'text-2xl font-bold text-red-800' : 'text-2xl font-bold'} data-testid="amount">
        {due ? t('amountDue') : t('amountPaid')}: {amount}
      </p>
      <p>
        <span className="font-semibold">{t('paymentMethod')}:</span> {how}
      </p>
      {due && OPEN.includes(order.status) && (
        <RecordPaymentForm action={recordPaymentAction} orderId={order.id} amount={amount} />
      )}
    </section>
  );
}

/** The steps before the hand-over, the hand-over itself once ready (and paid), and cancelling. */
function HandOverSection({ order, scanned }: View & { scanned: string }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const method = t(`desk.method.${paymentMethodKey(order.payment.method)}`);
  const amount = formatMoney({ amount: order.totalAmount, currency: order.currency }, locale);
  const ready = order.status === 'ready_for_pickup';
  return (
    <section aria-labelledby="order-hand-over" className="grid gap-3 rounded-lg border border-gray-300 bg-white p-4">
      <h2 id="order-hand-over" className="text-lg font-semibold">
        {t('desk.handOver')}
      </h2>
      {ready && isDue(order) && <p className="font-medium">{t('desk.payFirst')}</p>}
      {ready && !isDue(order) && (
        <HandOverForm
          action={handOverAction}
          orderId={order.id}
          orderNumber={order.number}
          code={scanned}
          summary={
            <div className="mt-4 grid gap-2">
              <DeskOrderItems
                lines={order.lines}
                currency={order.currency}
                label={t('desk.lines', { number: order.number })}
              />
              <p className="font-semibold">
                {t('desk.paidAmount', { amount })} · {method}
              </p>
            </div>
          }
        />
      )}
      <div className="flex flex-wrap gap-3">
        {STEPS.filter((step) => canTransition(order.status, step.to, order.fulfilment)).map((step) => (
          <DeskStepForm
            key={step.to}
            action={advanceOrderAction}
            fields={{ orderId: order.id, to: step.to }}
            label={t(step.label)}
            context={`#${order.number}`}
          />
        ))}
        <ConfirmButtonForm
          action={cancelOrderAction}
          fields={{ orderId: order.id }}
          label={t('desk.cancel', { number: order.number })}
          title={t('desk.cancelTitle', { number: order.number })}
          confirm={t('desk.cancelConfirm')}
          confirmLabel={t('desk.cancelOrder')}
          cancelLabel={t('desk.keepOrder')}
          variant="secondary"
          size="touch"
        />
      </div>
    </section>
  );
}
