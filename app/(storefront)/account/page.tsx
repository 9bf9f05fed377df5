import { pageTitle } from '@/lib/platform/i18n/page-title';
import { wordOrderMessage } from '@/lib/notifications/order-messages.rules';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { OrderStatusBadge } from '@/components/storefront/order-status-badge';
import { ButtonLink } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { can, type Actor } from '@/lib/platform/auth/permissions.rules';
import {
  listAccountMessages,
  listAccountOrders,
  type AccountMessage,
  type AccountOrder,
} from '@/lib/orders/account-orders.reads';
import { findOwnCredits } from '@/lib/pricing/credits.reads';
import { getDb } from '@/lib/platform/db';
import { formatDateTime, formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';
import { getLocale, getTranslations } from 'next-intl/server';

export const generateMetadata = pageTitle('account.title');

type Credits = Awaited<ReturnType<typeof findOwnCredits>>;
type I18n = { t: Translate; locale: Locale };

export default async function AccountPage() {
  const [t, locale, actor] = await Promise.all([getTranslations(), getLocale(), getCurrentActor()]);
  if (!actor) redirect('/sign-in?callbackUrl=/account');
  const [credits, orders, messages] = await Promise.all([
    findOwnCredits(getDb(), actor),
    listAccountOrders(getDb(), actor.userId),
    listAccountMessages(getDb(), actor.userId),
  ]);
  return (
    <div className="max-w-2xl space-y-8">
      <AccountDetails actor={actor} t={t} />
      <AccountOrders orders={orders} t={t} locale={locale} />
      <AccountMessages messages={messages} t={t} locale={locale} />
      <AccountCredits credits={credits} t={t} locale={locale} />
    </div>
  );
}

function AccountDetails({ actor, t }: { actor: Actor; t: Translate }) {
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('account.title')}</h1>
      <p className="mt-2">{t('account.signedInAs', { email: actor.email })}</p>
      <ButtonLink href="/account/quotes" variant="link" className="mt-1 mr-4">
        {t('quotes.listTitle')}
      </ButtonLink>
      {can(actor, 'showroom:sell') && (
        <ButtonLink href="/showroom" variant="link" className="mt-1 mr-4">
          {t('showroom.title')}
        </ButtonLink>
      )}
      {can(actor, 'orders:manage') && (
        <ButtonLink href="/store-desk" variant="link" className="mt-1">
          {t('desk.title')}
        </ButtonLink>
      )}
      <dl className="mt-4 grid grid-cols-[10rem_1fr] gap-2 text-sm">
        <dt className="font-semibold">{t('account.roles')}</dt>
        <dd data-testid="roles">{actor.roles.join(', ')}</dd>
        {actor.companies.length > 0 && (
          <>
            <dt className="font-semibold">{t('account.company')}</dt>
            <dd>
              {actor.companies
                .map((c) => t('account.companyRole', { company: c.companyName, role: c.role }))
                .join(', ')}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

function AccountOrders({ orders, t, locale }: I18n & { orders: AccountOrder[] }) {
  return (
    <section aria-labelledby="orders">
      <h2 id="orders" className="mb-3 text-lg font-semibold">
        {t('account.orders.title')}
      </h2>
      <DataTable
        caption={t('account.orders.title')}
        hideCaption
        stickyFirstColumn
        rows={orders}
        rowKey={(o) => o.id}
        empty={t('account.orders.empty')}
        columns={[
          {
            key: 'number',
            header: t('account.orders.number'),
            rowHeader: true,
            nowrap: true,
            cell: (o) => (
              <Link href={`/orders/${o.id}`} className="text-brand-800 underline underline-offset-2">
                {t('account.orders.view', { number: o.number })}
              </Link>
            ),
          },
          {
            key: 'date',
            header: t('account.orders.date'),
            nowrap: true,
            cell: (o) => formatDateTime(o.placedAt, locale),
          },
          { key: 'status', header: t('account.orders.status'), cell: (o) => <OrderStatusBadge status={o.status} /> },
          {
            key: 'total',
            header: t('account.orders.total'),
            numeric: true,
            nowrap: true,
            cell: (o) => formatMoney({ amount: o.totalAmount, currency: o.currency }, locale),
          },
        ]}
      />
    </section>
  );
}

function AccountMessages({ messages, t, locale }: I18n & { messages: AccountMessage[] }) {
  return (
    <section aria-labelledby="messages">
      <h2 id="messages" className="text-lg font-semibold">
        {t('account.orders.messages')}
      </h2>
      {messages.length === 0 ? (
        <p className="mt-2 text-sm text-gray-700">{t('account.orders.messagesEmpty')}</p>
      ) : (
        <ul className="mt-3 space-y-3" data-testid="account-messages">
          {messages.map((m) => {
            const { subject, body } = m.message ? wordOrderMessage(t, m.message) : m;
            return (
              <li key={m.id} className="rounded-lg border border-gray-200 bg-white p-3 text-sm">
                <p className="font-semibold">{subject}</p>
                <p className="text-xs text-gray-600">{formatDateTime(m.createdAt, locale)}</p>
                <p className="mt-1 whitespace-pre-line">{body}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function AccountCredits({ credits, t, locale }: I18n & { credits: Credits }) {
  return (
    <section aria-labelledby="credits">
      <h2 id="credits" className="text-lg font-semibold">
        {t('account.credits.title')}
      </h2>
      <p className="mt-1 text-sm" data-testid="credit-balance">
        {t('account.credits.balance', { amount: formatMoney(credits.balance, locale) })}
      </p>
      {credits.entries.length === 0 ? (
        <p className="mt-2 text-sm text-gray-700">{t('account.credits.empty')}</p>
      ) : (
        <ul className="mt-3 divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white text-sm">
          {credits.entries.map((e) => (
            <li key={e.id} className="flex flex-wrap justify-between gap-2 px-3 py-2">
              <span>
                {t('account.credits.priceProtection', {
                  product: e.productName ?? '—',
                  order: e.orderNumber ? `#${e.orderNumber}` : '—',
                })}
                <span className="block text-xs text-gray-600">{formatDateTime(e.createdAt, locale)}</span>
              </span>
              <span className="font-semibold">{formatMoney(e.amount, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-gray-600">{t('account.credits.explain')}</p>
    </section>
  );
}
