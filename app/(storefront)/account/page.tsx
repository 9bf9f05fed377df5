import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { can } from '@/lib/platform/auth/permissions.rules';
import { listAccountMessages, listAccountOrders } from '@/lib/orders/account-orders.reads';
import { findOwnCredits } from '@/lib/pricing/credits.reads';
import { getDb } from '@/lib/platform/db';
import { formatDateTime, formatMoney } from '@/lib/platform/i18n/format';
import { getLocale, getTranslations } from 'next-intl/server';

export const generateMetadata = pageTitle('account.title');

export default async function AccountPage() {
  const [t, locale, actor] = await Promise.all([getTranslations(), getLocale(), getCurrentActor()]);
  if (!actor) redirect('/sign-in?callbackUrl=/account');
  const [credits, orders, messages] = await Promise.all([
    findOwnCredits(getDb(), actor),
    listAccountOrders(getDb(), actor.userId),
    listAccountMessages(getDb(), actor.userId),
  ]);
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t('account.title')}</h1>
      <p className="mt-2">{t('account.signedInAs', { email: actor.email })}</p>
      {can(actor, 'orders:manage') && (
        <p className="mt-2">
          <Link href="/store-desk" className="underline">
            {t('desk.title')}
          </Link>
        </p>
      )}
      <dl className="mt-6 grid grid-cols-[10rem_1fr] gap-2 text-sm">
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
      <section aria-labelledby="orders" className="mt-8">
        <h2 id="orders" className="text-lg font-semibold">
          {t('account.orders.title')}
        </h2>
        {orders.length === 0 ? (
          <p className="mt-2 text-sm text-gray-700">{t('account.orders.empty')}</p>
        ) : (
          <table className="mt-3 w-full text-left text-sm" data-testid="account-orders">
            <thead className="border-b border-gray-300">
              <tr>
                <th scope="col" className="py-2 pr-2">
                  {t('account.orders.number')}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t('account.orders.date')}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t('account.orders.status')}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t('account.orders.total')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200">
              {orders.map((o) => (
                <tr key={o.id}>
                  <td className="py-2 pr-2">
                    <Link href={`/orders/${o.id}`} className="text-brand-700 underline">
                      {t('account.orders.view', { number: o.number })}
                    </Link>
                  </td>
                  <td className="py-2 pr-2">{formatDateTime(o.placedAt, locale)}</td>
                  <td className="py-2 pr-2">{t(`orders.status.${o.status}`)}</td>
                  <td className="py-2 text-right">
                    {formatMoney({ amount: o.totalAmount, currency: o.currency }, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="messages" className="mt-8">
        <h2 id="messages" className="text-lg font-semibold">
          {t('account.orders.messages')}
        </h2>
        {messages.length === 0 ? (
          <p className="mt-2 text-sm text-gray-700">{t('account.orders.messagesEmpty')}</p>
        ) : (
          <ul className="mt-3 space-y-3" data-testid="account-messages">
            {messages.map((m) => (
              <li key={m.id} className="rounded-lg border border-gray-200 bg-white p-3 text-sm">
                <p className="font-semibold">{m.subject}</p>
                <p className="text-xs text-gray-600">{formatDateTime(m.createdAt, locale)}</p>
                <p className="mt-1 whitespace-pre-line">{m.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="credits" className="mt-8">
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
    </div>
  );
}
