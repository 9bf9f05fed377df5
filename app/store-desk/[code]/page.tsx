import { pageTitle } from '@/lib/platform/i18n/page-title';
import { forbidden, notFound } from 'next/navigation';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { DeskStepForm } from '@/components/desk/desk-step-form';
import { HandOverForm } from '@/components/desk/hand-over-form';
import { TableScroll } from '@/components/ui/table-scroll';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { findDeskStore, listDeskOrders, type DeskOrder } from '@/lib/pickup/pickup-desk.reads';
import { getPickupSettings } from '@/lib/pickup/pickup-settings.reads';
import { getDb } from '@/lib/platform/db';
import { canTransition } from '@/lib/orders/order-status.rules';
import { formatDateTime } from '@/lib/platform/i18n/format';
import { getLocale, getTranslations } from 'next-intl/server';
import { useTranslations } from 'next-intl';
import { advanceOrderAction, cancelOrderAction, handOverAction } from './actions';

export const generateMetadata = pageTitle('meta.deskStore');

const STEPS = [
  { to: 'confirmed', label: 'desk.confirm' },
  { to: 'picking', label: 'desk.startPicking' },
  { to: 'ready_for_pickup', label: 'desk.markReady' },
] as const;

export default async function StoreDeskPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requirePagePermission('orders:manage', `/store-desk/${encodeURIComponent(code)}`);
  const db = getDb();
  const store = await findDeskStore(db, code);
  if (!store) notFound();
  if (!actor.roles.includes('admin') && !actor.staffLocationIds.includes(store.id)) forbidden();
  const [t, locale, settings] = await Promise.all([getTranslations(), getLocale(), getPickupSettings(db)]);
  const orders = await listDeskOrders(db, store.id, { now: new Date(), uncollectedDays: settings.uncollectedDays });
  const when = (iso: string) => formatDateTime(new Date(iso), locale);
  const slot = (order: DeskOrder) =>
    order.pickupSlot ? `${when(order.pickupSlot.start)} – ${when(order.pickupSlot.end)}` : t('desk.noSlot');

  const sections = [
    {
      id: 'to-prepare',
      title: t('desk.toPrepare'),
      orders: orders.filter((o) => !o.overdue && o.status !== 'ready_for_pickup'),
      hint: null,
    },
    {
      id: 'ready',
      title: t('desk.ready'),
      orders: orders.filter((o) => !o.overdue && o.status === 'ready_for_pickup'),
      hint: null,
    },
    {
      id: 'overdue',
      title: t('desk.overdue'),
      orders: orders.filter((o) => o.overdue),
      hint: t('desk.overdueHint', { days: settings.uncollectedDays }),
    },
  ];

  return (
    <>
      <h1 className="text-2xl font-bold">{t('desk.storeTitle', { store: store.name })}</h1>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`desk-${section.id}`} className="mt-8">
          <h2 id={`desk-${section.id}`} className="text-lg font-semibold">
            {section.title} ({section.orders.length})
          </h2>
          {section.hint && <p className="text-sm text-gray-700">{section.hint}</p>}
          {section.orders.length === 0 ? (
            <p className="mt-2 rounded border border-gray-200 bg-white p-4 text-center">{t('desk.none')}</p>
          ) : (
            <TableScroll label={section.title} className="mt-2">
              <table className="min-w-full text-left text-sm">
                <thead className="bg-gray-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      {t('desk.col.number')}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t('desk.col.status')}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t('desk.col.placedAt')}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t('desk.col.slot')}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t('desk.col.email')}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t('desk.col.items')}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t('desk.col.waiting')}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t('desk.col.actions')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {section.orders.map((order) => (
                    <DeskRow key={order.id} order={order} placedAt={when(order.placedAt)} slot={slot(order)} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
    </>
  );
}

function DeskRow({ order, placedAt, slot }: { order: DeskOrder; placedAt: string; slot: string }) {
  const t = useTranslations();
  return (
    <tr className="border-t border-gray-100 align-top">
      <td className="px-3 py-2">
        <details>
          <summary className="cursor-pointer font-semibold underline">#{order.number}</summary>
          <ul aria-label={t('desk.lines', { number: order.number })} className="mt-1 min-w-48 text-xs">
            {order.lines.map((line) => (
              <li key={line.sku}>
                {line.quantity} × {line.productName} <span className="text-gray-600">({line.sku})</span>
              </li>
            ))}
          </ul>
        </details>
      </td>
      <td className="px-3 py-2">{t(`desk.status.${order.status}`)}</td>
      <td className="px-3 py-2 whitespace-nowrap">{placedAt}</td>
      <td className="px-3 py-2 whitespace-nowrap">{slot}</td>
      <td className="px-3 py-2">{order.email}</td>
      <td className="px-3 py-2 text-right">{order.itemsCount}</td>
      <td className="px-3 py-2 text-right">{order.daysWaiting ?? '—'}</td>
      <td className="px-3 py-2">
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
            confirm={t('desk.cancelConfirm', { number: order.number })}
          />
        </div>
      </td>
    </tr>
  );
}
