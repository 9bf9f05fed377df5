import { pageTitle } from '@/lib/platform/i18n/page-title';
import { forbidden, notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { DeskOrderCard, type DeskCardOrder } from '@/components/desk/desk-order-card';
import { DeskSearch } from '@/components/desk/desk-search';
import { DeskStepForm } from '@/components/desk/desk-step-form';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { findDeskStore, listDeskOrders, type DeskOrder } from '@/lib/pickup/pickup-desk.reads';
import { findDeskOrders, listCollectedToday, type CollectedRow } from '@/lib/pickup/desk-orders.reads';
import { parseDeskLookup } from '@/lib/pickup/desk-lookup.rules';
import { getPickupSettings } from '@/lib/pickup/pickup-settings.reads';
import { getDb } from '@/lib/platform/db';
import { canTransition } from '@/lib/orders/order-status.rules';
import { formatTime } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import { getTranslations } from 'next-intl/server';
import { advanceOrderAction } from './actions';

export const generateMetadata = pageTitle('meta.deskStore');

const STEPS = [
  { to: 'confirmed', label: 'desk.confirm' },
  { to: 'picking', label: 'desk.startPicking' },
  { to: 'ready_for_pickup', label: 'desk.markReady' },
] as const;

type DeskSection = { id: string; title: string; hint: string | null; orders: DeskOrder[] };

export default async function StoreDeskPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const [{ code }, { q }] = await Promise.all([params, searchParams]);
  const base = `/store-desk/${encodeURIComponent(code)}`;
  const actor = await requirePagePermission('orders:manage', base);
  const db = getDb();
  const store = await findDeskStore(db, code);
  if (!store) notFound();
  if (!can(actor, 'orders:manage', { store: store.id })) forbidden();
  const query = (Array.isArray(q) ? q[0] : q)?.trim() ?? '';
  const lookup = parseDeskLookup(query);
  const now = new Date();
  const [t, settings, found, collected] = await Promise.all([
    getTranslations(),
    getPickupSettings(db),
    findDeskOrders(db, store.id, lookup),
    listCollectedToday(db, store.id, now),
  ]);
  // One match (a scanned QR code, an order number): straight to the order, the code carried along.
  if (found.length === 1) {
    const [order] = found;
    redirect(
      `${base}/orders/${order!.number}${order!.matchedCode && lookup.kind === 'code_or_number' ? `?code=${lookup.code}` : ''}`,
    );
  }
  const orders = await listDeskOrders(db, store.id, { now, uncollectedDays: settings.uncollectedDays });
  const sections: DeskSection[] = [
    {
      id: 'ready',
      title: t('desk.ready'),
      hint: null,
      orders: orders.filter((o) => !o.overdue && o.status === 'ready_for_pickup'),
    },
    {
      id: 'to-prepare',
      title: t('desk.toPrepare'),
      hint: null,
      orders: orders.filter((o) => !o.overdue && o.status !== 'ready_for_pickup'),
    },
    {
      id: 'overdue',
      title: t('desk.overdue'),
      hint: t('desk.overdueHint', { days: settings.uncollectedDays }),
      orders: orders.filter((o) => o.overdue),
    },
  ];
  return (
    <div className="text-base">
      <h1 className="text-2xl font-bold">{t('desk.storeTitle', { store: store.name })}</h1>
      <div className="mt-4">
        <DeskSearch action={base} query={query} />
      </div>
      {lookup.kind !== 'empty' && (
        <SearchResults query={query} tooShort={lookup.kind === 'too_short'} found={found} base={base} />
      )}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`desk-${section.id}`} className="mt-8">
          <h2 id={`desk-${section.id}`} className="text-lg font-semibold">
            {section.title} ({section.orders.length})
          </h2>
          {section.hint && <p className="text-gray-700">{section.hint}</p>}
          <OrderList orders={section.orders} base={base} actions={(order) => <NextStep order={order} />} />
        </section>
      ))}
      <section aria-labelledby="desk-collected" className="mt-8">
        <h2 id="desk-collected" className="text-lg font-semibold">
          {t('desk.collectedToday')} ({collected.length})
        </h2>
        <CollectedList orders={collected} base={base} timeZone={store.timeZone} />
      </section>
    </div>
  );
}

function SearchResults({
  query,
  tooShort,
  found,
  base,
}: {
  query: string;
  tooShort: boolean;
  found: DeskCardOrder[];
  base: string;
}) {
  const t = useTranslations();
  return (
    <section aria-labelledby="desk-results" className="mt-6">
      <h2 id="desk-results" className="text-lg font-semibold">
        {t('desk.results', { query })}
      </h2>
      {tooShort ? (
        <p className="mt-2">{t('desk.tooShort')}</p>
      ) : found.length === 0 ? (
        <p className="mt-2">{t('desk.noResults', { query })}</p>
      ) : (
        <OrderList orders={found} base={base} />
      )}
    </section>
  );
}

function OrderList<T extends DeskCardOrder>({
  orders,
  base,
  actions,
}: {
  orders: T[];
  base: string;
  actions?: (order: T) => ReactNode;
}) {
  const t = useTranslations();
  if (!orders.length) return <p className="mt-2 text-gray-700">{t('desk.none')}</p>;
  return (
    <ul className="mt-2 grid gap-3 xl:grid-cols-2">
      {orders.map((order) => (
        <li key={order.id}>
          <DeskOrderCard order={order} href={`${base}/orders/${order.number}`}>
            {actions?.(order)}
          </DeskOrderCard>
        </li>
      ))}
    </ul>
  );
}

/** The one preparation step an order can take next, as a button on its card. */
function NextStep({ order }: { order: DeskOrder }) {
  const t = useTranslations();
  const step = STEPS.find((s) => canTransition(order.status, s.to, order.fulfilment));
  if (!step) return null;
  return (
    <DeskStepForm
      action={advanceOrderAction}
      fields={{ orderId: order.id, to: step.to }}
      label={t(step.label)}
      context={`#${order.number}`}
    />
  );
}

function CollectedList({ orders, base, timeZone }: { orders: CollectedRow[]; base: string; timeZone: string }) {
  const t = useTranslations('desk');
  const locale = useLocale() as Locale;
  if (!orders.length) return <p className="mt-2 text-gray-700">{t('none')}</p>;
  return (
    <ul className="mt-2 grid gap-3 xl:grid-cols-2" aria-label={t('collectedToday')}>
      {orders.map((order) => (
        <li key={order.id}>
          <DeskOrderCard
            order={order}
            href={`${base}/orders/${order.number}/receipt`}
            note={t('collectedBy', {
              time: formatTime(new Date(order.collectedAt), locale, timeZone),
              staff: order.collectedBy ?? t('noOne'),
            })}
          />
        </li>
      ))}
    </ul>
  );
}
