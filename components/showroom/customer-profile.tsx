// The profile panel of the customer in context (docs/showroom.md): what staff need at the counter —
// details, current consent, orders from every channel, open pickups and saved quotes. No password data,
// no payment details.
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { OrderStatusBadge } from '@/components/storefront/order-status-badge';
import { Badge } from '@/components/ui/badge';
import { DataTable } from '@/components/ui/data-table';
import type {
  ConsentState,
  ProfileOrder,
  ProfilePickup,
  ProfileQuote,
  ShowroomCustomerProfile,
} from '@/lib/customers/showroom-customers.reads';
import { CONSENT_PURPOSES } from '@/lib/customers/showroom-customers.schemas';
import { formatCalendarDay, formatDateTime, formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import { RemoveCustomerButton } from './remove-customer-button';

export function CustomerProfile({ profile }: { profile: ShowroomCustomerProfile }) {
  const t = useTranslations('showroomCustomer');
  const name = `${profile.firstName} ${profile.lastName}`.trim();
  return (
    <section aria-labelledby="customer-in-context" className="space-y-8" data-testid="customer-profile">
      <div className="flex flex-wrap items-start justify-between gap-4 rounded-lg border border-gray-300 bg-white p-4">
        <div>
          <p className="text-base text-gray-700">{t('profile.title')}</p>
          <h2 id="customer-in-context" className="text-2xl font-bold">
            {name}
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
            <dt className="font-semibold">{t('profile.number')}</dt>
            <dd data-testid="customer-number">{profile.customerNumber}</dd>
            <dt className="font-semibold">{t('profile.email')}</dt>
            <dd className="break-all">{profile.email}</dd>
            <dt className="font-semibold">{t('profile.phone')}</dt>
            <dd>{profile.phone ?? t('profile.noPhone')}</dd>
            <dt className="font-semibold">{t('profile.account')}</dt>
            <dd>{profile.hasAccount ? t('profile.hasAccount') : t('profile.noAccount')}</dd>
          </dl>
        </div>
        <RemoveCustomerButton />
      </div>
      <ConsentTable consents={profile.consents} />
      <OrdersTable orders={profile.orders} />
      <PickupsTable pickups={profile.pickups} />
      <QuotesTable quotes={profile.quotes} />
    </section>
  );
}

function ConsentTable({ consents }: { consents: ConsentState[] }) {
  const t = useTranslations('showroomCustomer');
  const locale = useLocale() as Locale;
  const rows = CONSENT_PURPOSES.map((purpose) => ({ purpose, state: consents.find((c) => c.purpose === purpose) }));
  return (
    <section aria-labelledby="customer-consent">
      <h3 id="customer-consent" className="mb-2 text-xl font-semibold">
        {t('consent.title')}
      </h3>
      <DataTable
        caption={t('consent.title')}
        hideCaption
        rows={rows}
        rowKey={(row) => row.purpose}
        empty={null}
        columns={[
          { key: 'purpose', header: t('consent.purpose'), rowHeader: true, cell: (row) => t(`purpose.${row.purpose}`) },
          {
            key: 'choice',
            header: t('consent.choice'),
            cell: ({ state }) =>
              !state ? (
                <Badge>{t('consent.notAsked')}</Badge>
              ) : (
                <Badge tone={state.granted ? 'success' : 'neutral'}>
                  {state.granted ? t('consent.granted') : t('consent.refused')}
                </Badge>
              ),
          },
          {
            key: 'recorded',
            header: t('consent.recorded'),
            cell: ({ state }) => (state ? formatDateTime(state.recordedAt, locale) : ''),
          },
          {
            key: 'where',
            header: t('consent.where'),
            cell: ({ state }) => (state ? (state.locationName ?? t('consent.online')) : ''),
          },
          {
            key: 'by',
            header: t('consent.by'),
            cell: ({ state }) => (state ? (state.recordedByName ?? t('consent.unknown')) : ''),
          },
        ]}
      />
    </section>
  );
}

function orderColumns(t: ReturnType<typeof useTranslations<'showroomCustomer'>>, locale: Locale) {
  return [
    { key: 'number', header: t('orders.number'), rowHeader: true, nowrap: true, cell: (o: ProfileOrder) => o.number },
    {
      key: 'date',
      header: t('orders.date'),
      nowrap: true,
      cell: (o: ProfileOrder) => formatDateTime(o.placedAt, locale),
    },
    { key: 'channel', header: t('orders.channel'), cell: (o: ProfileOrder) => o.channelName },
    { key: 'status', header: t('orders.status'), cell: (o: ProfileOrder) => <OrderStatusBadge status={o.status} /> },
    {
      key: 'total',
      header: t('orders.total'),
      numeric: true,
      nowrap: true,
      cell: (o: ProfileOrder) => formatMoney({ amount: o.totalAmount, currency: o.currency }, locale),
    },
  ];
}

function OrdersTable({ orders }: { orders: ProfileOrder[] }) {
  const t = useTranslations('showroomCustomer');
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="customer-orders">
      <h3 id="customer-orders" className="mb-2 text-xl font-semibold">
        {t('orders.title')}
      </h3>
      <DataTable
        caption={t('orders.title')}
        hideCaption
        rows={orders}
        rowKey={(o) => o.id}
        empty={t('orders.empty')}
        columns={orderColumns(t, locale)}
      />
    </section>
  );
}

function PickupsTable({ pickups }: { pickups: ProfilePickup[] }) {
  const t = useTranslations('showroomCustomer');
  const locale = useLocale() as Locale;
  const [number, date, , status, total] = orderColumns(t, locale);
  const store = { key: 'store', header: t('pickups.store'), cell: (o: ProfilePickup) => o.storeName ?? '' };
  return (
    <section aria-labelledby="customer-pickups">
      <h3 id="customer-pickups" className="mb-2 text-xl font-semibold">
        {t('pickups.title')}
      </h3>
      <DataTable
        caption={t('pickups.title')}
        hideCaption
        rows={pickups}
        rowKey={(o) => o.id}
        empty={t('pickups.empty')}
        columns={[number!, date!, store, status!, total!]}
      />
    </section>
  );
}

function QuotesTable({ quotes }: { quotes: ProfileQuote[] }) {
  const t = useTranslations('showroomCustomer');
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="customer-quotes">
      <h3 id="customer-quotes" className="mb-2 text-xl font-semibold">
        {t('quotes.title')}
      </h3>
      <DataTable
        caption={t('quotes.title')}
        hideCaption
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
              <Link
                href={`/showroom/quotes/${q.id}`}
                className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-2"
              >
                {t('quotes.open', { number: String(q.number) })}
              </Link>
            ),
          },
          { key: 'valid', header: t('quotes.validUntil'), cell: (q) => formatCalendarDay(q.validUntil, locale) },
          {
            key: 'status',
            header: t('quotes.status'),
            cell: (q) => <Badge>{t('quotes.statusName', { status: q.status })}</Badge>,
          },
          {
            key: 'total',
            header: t('quotes.total'),
            numeric: true,
            nowrap: true,
            cell: (q) => formatMoney({ amount: q.totalAmount, currency: q.currency }, locale),
          },
        ]}
      />
    </section>
  );
}
