import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { findOwnCredits } from '@/lib/data/credits';
import { getDb } from '@/lib/db';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import { getLocale, getTranslator } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const [t, locale, actor] = await Promise.all([getTranslator(), getLocale(), getCurrentActor()]);
  if (!actor) redirect('/sign-in?callbackUrl=/account');
  const credits = await findOwnCredits(getDb(), actor);
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t('account.title')}</h1>
      <p className="mt-2">{t('account.signedInAs', { email: actor.email })}</p>
      <dl className="mt-6 grid grid-cols-[10rem_1fr] gap-2 text-sm">
        <dt className="font-semibold">{t('account.roles')}</dt>
        <dd data-testid="roles">{actor.roles.join(', ')}</dd>
        {actor.companies.length > 0 && (
          <>
            <dt className="font-semibold">{t('account.company')}</dt>
            <dd>{actor.companies.map((c) => t('account.companyRole', { company: c.companyName, role: c.role })).join(', ')}</dd>
          </>
        )}
      </dl>
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
                  {t('account.credits.priceProtection', { product: e.productName ?? '—', order: e.orderNumber ? `#${e.orderNumber}` : '—' })}
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
