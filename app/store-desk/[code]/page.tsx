import { pageTitle } from '@/lib/platform/i18n/page-title';
import { forbidden, notFound } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { DeskStepForm } from '@/components/desk/desk-step-form';
import { HandOverForm } from '@/components/desk/hand-over-form';
import { OrderStatusBadge } from '@/components/desk/order-status-badge';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { findDeskStore, listDeskOrders, type DeskOrder } from '@/lib/pickup/pickup-desk.reads';
import { getPickupSettings } from '@/lib/pickup/pickup-settings.reads';
import { getDb } from '@/lib/platform/db';
import { canTransition } from '@/lib/orders/order-status.rules';
import { formatDateTime } from '@/lib/platform/i18n/format';
import { getTranslations } from 'next-intl/server';
import { advanceOrderAction, cancelOrderAction, handOverAction } from './actions';

export const generateMetadata = pageTitle('meta.deskStore');

const STEPS = [
  { to: 'confirmed', label: 'desk.confirm' },
  { to: 'picking', label: 'desk.startPicking' },
  { to: 'ready_for_pickup', label: 'desk.markReady' },
] as const;

type DeskSection = { id: string; title: string; hint: string | null; orders: DeskOrder[] };

export default async function StoreDeskPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requirePagePermission('orders:manage', `/store-desk/${encodeURIComponent(code)}`);
  const db = getDb();
  const store = await findDeskStore(db, code);
  if (!store) notFound();
  if (!can(actor, 'orders:manage', { store: store.id })) forbidden();
  const [t, settings] = await Promise.all([getTranslations(), getPickupSettings(db)]);
  const orders = await listDeskOrders(db, store.id, { now: new Date(), uncollectedDays: settings.uncollectedDays });
  const sections: DeskSection[] = [
    {
      id: 'to-prepare',
      title: t('desk.toPrepare'),
      hint: null,
      orders: orders.filter((o) => !o.overdue && o.status !== 'ready_for_pickup'),
    },
    {
      id: 'ready',
      title: t('desk.ready'),
      hint: null,
      orders: orders.filter((o) => !o.overdue && o.status === 'ready_for_pickup'),
    },
    {
      id: 'overdue',
      title: t('desk.overdue'),
      hint: t('desk.overdueHint', { days: settings.uncollectedDays }),
      orders: orders.filter((o) => o.overdue),
    },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">{t('desk.storeTitle', { store: store.name })}</h1>
      {sections.map((section) => (
        <DeskOrders key={section.id} section={section} />
      ))}
    </>
  );
}

function DeskOrders({ section }: { section: DeskSection }) {
  const t = useTranslations();
  const locale = useLocale();
  const when = (iso: string) => formatDateTime(new Date(iso), locale);
  const columns: Array<DataTableColumn<DeskOrder>> = [
    { key: 'number', header: t('desk.col.number'), rowHeader: true, cell: (order) => <OrderLines order={order} /> },
    { key: 'status', header: t('desk.col.status'), cell: (order) => <OrderStatusBadge status={order.status} /> },
    { key: 'placed', header: t('desk.col.placedAt'), nowrap: true, cell: (order) => when(order.placedAt) },
    {
      key: 'slot',
      header: t('desk.col.slot'),
      nowrap: true,
      cell: (order) =>
        order.pickupSlot ? `${when(order.pickupSlot.start)} – ${when(order.pickupSlot.end)}` : t('desk.noSlot'),
    },
    { key: 'email', header: t('desk.col.email'), cell: (order) => order.email },
    { key: 'items', header: t('desk.col.items'), numeric: true, cell: (order) => order.itemsCount },
    { key: 'waiting', header: t('desk.col.waiting'), numeric: true, cell: (order) => order.daysWaiting ?? '—' },
    { key: 'actions', header: t('desk.col.actions'), cell: (order) => <OrderActions order={order} /> },
  ];
  return (
    <section aria-labelledby={`desk-${section.id}`} className="mt-8">
      <h2 id={`desk-${section.id}`} className="text-lg font-semibold">
        {section.title} ({section.orders.length})
      </h2>
      {section.hint && <p className="text-sm text-gray-700">{section.hint}</p>}
      <DataTable
        caption={section.title}
        hideCaption
        className="mt-2"
        columns={columns}
        rows={section.orders}
        rowKey={(order) => order.id}
        empty={t('desk.none')}
        stickyFirstColumn
        alignTop
      />
    </section>
  );
}

/** The order number opens its lines: what to take from the shelf. */
function OrderLines({ order }: { order: DeskOrder }) {
  const t = useTranslations();
  return (
    <details>
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold underline">#{order.number}</summary>
      <ul aria-label={t('desk.lines', { number: order.number })} className="mt-1 min-w-48 text-sm font-normal">
        {order.lines.map((line) => (
          <li key={line.sku}>
            {line.quantity} × {line.productName} <span className="text-gray-700">({line.sku})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function OrderActions({ order }: { order: DeskOrder }) {
  const t = useTranslations();
  return (
    <div className="flex flex-wrap items-start gap-2">
      {STEPS.filter((step) => canTransition(order.status, step.to, order.fulfilment)).map((step) => (
        <DeskStepForm
          key={step.to}
          action={advanceOrderAction}
          fields={{ orderId: order.id, to: step.to }}
          label={t(step.label)}
          context={`#${order.number}`}
        />
      ))}
      {order.status === 'ready_for_pickup' && (
        <HandOverForm action={handOverAction} orderId={order.id} orderNumber={order.number} />
      )}
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
  );
}
