import Link from 'next/link';
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { OrderStatus } from '@/lib/orders/order-status.rules';
import { paymentDueAtPickup, paymentMethodKey } from '@/lib/pickup/pickup-payment.rules';
import { formatDateTime, formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import { OrderStatusBadge } from './order-status-badge';

export type DeskCardOrder = {
  id: string;
  number: number;
  status: OrderStatus;
  email: string;
  customerName: string | null;
  pickupSlot: { start: string; end: string } | null;
  totalAmount: number;
  currency: string;
  payment: { method: string | null; status: string | null };
  itemsCount: number;
};

/**
 * One order in a desk list: a card rather than a table row, so nothing scrolls sideways on a tablet.
 * The number opens the order; `children` holds the card's buttons (the next preparation step).
 */
export function DeskOrderCard({
  order,
  href,
  note,
  children,
}: {
  order: DeskCardOrder;
  href: string;
  /** A line under the customer, e.g. when and by whom it was handed over. */
  note?: ReactNode;
  children?: ReactNode;
}) {
  const t = useTranslations('desk');
  const locale = useLocale() as Locale;
  const when = (value: string) => formatDateTime(new Date(value), locale);
  const amount = formatMoney({ amount: order.totalAmount, currency: order.currency }, locale);
  const due = paymentDueAtPickup({ paymentMethod: order.payment.method, paymentStatus: order.payment.status });
  const summary = due
    ? t('due', { amount })
    : order.payment.status === 'paid'
      ? t('paidAmount', { amount })
      : `${t(`method.${paymentMethodKey(order.payment.method)}`)}: ${amount}`;
  return (
    <article
      aria-labelledby={`order-${order.id}`}
      className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 rounded-lg border border-gray-300 bg-white p-4"
    >
      <div className="min-w-0 flex-1 basis-64">
        <h3 id={`order-${order.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Link
            href={href}
            className="inline-flex min-h-11 items-center text-xl font-bold underline underline-offset-2 focus:outline-2 focus:outline-gray-900"
          >
            #{order.number}
          </Link>
          <OrderStatusBadge status={order.status} />
        </h3>
        <p className="break-words">
          <span className="font-medium">{order.customerName ?? t('guest')}</span>{' '}
          <span className="text-gray-700">{order.email}</span>
        </p>
        <p className="text-gray-700">
          {order.pickupSlot ? `${when(order.pickupSlot.start)} – ${when(order.pickupSlot.end)}` : t('noSlot')} ·{' '}
          {t('itemsCount', { count: order.itemsCount })}
        </p>
        {note && <p className="text-gray-700">{note}</p>}
      </div>
      <div className="flex flex-col items-end gap-2">
        <p className={due ? 'text-lg font-bold text-red-800' : 'text-lg font-semibold'}>{summary}</p>
        {children}
      </div>
    </article>
  );
}
