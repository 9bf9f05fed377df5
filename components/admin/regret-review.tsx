'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { formatMoney, formatPercentBp } from '@/lib/platform/i18n/format';

const SHOWN = 20;

/**
 * The price-regret review inside a price form: shown when the server refused a write because it
 * lowers prices below what recent buyers paid. Its buttons resubmit the same form with the decision.
 */
export function RegretReview({ state, pending }: { state: ActionState; pending: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const [dismissed, setDismissed] = useState<ActionState>(null);
  const titleId = useId();
  if (state?.ok && state.credited) {
    return (
      <p role="status" className="text-sm text-green-800">
        {t('admin.regret.credited', { amount: formatMoney(state.credited, locale) })}
      </p>
    );
  }
  const impact = state && !state.ok ? state.regret : undefined;
  if (!impact) return null;
  if (dismissed === state) {
    return (
      <p role="status" className="text-sm">
        {t('admin.regret.cancelled')}
      </p>
    );
  }
  const money = (amount: number) => formatMoney({ amount, currency: impact.currency }, locale);
  return (
    <section aria-labelledby={titleId} className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4">
      <h4 id={titleId} className="font-semibold">
        {t('admin.regret.title')}
      </h4>
      <p role="status" className="mt-1 text-sm">
        {t('admin.regret.intro', {
          orders: impact.orders,
          customers: impact.customers,
          days: impact.windowDays,
          threshold: formatPercentBp(impact.thresholdBp, locale),
        })}
      </p>
      <TableScroll label={t('admin.regret.table')} className="mt-3">
        <table className="min-w-full text-left text-sm">
          <thead>
            <tr className="border-b border-amber-300">
              <th className="py-1 pr-3">{t('admin.regret.product')}</th>
              <th className="py-1 pr-3">{t('admin.regret.sku')}</th>
              <th className="py-1 pr-3 text-right">{t('admin.regret.paid')}</th>
              <th className="py-1 pr-3 text-right">{t('admin.regret.newPrice')}</th>
              <th className="py-1 pr-3 text-right">{t('admin.regret.drop')}</th>
              <th className="py-1 pr-3 text-right">{t('admin.regret.orders')}</th>
              <th className="py-1 text-right">{t('admin.regret.customers')}</th>
            </tr>
          </thead>
          <tbody>
            {impact.variants.slice(0, SHOWN).map((v) => (
              <tr key={v.variantId} className="border-b border-amber-200">
                <td className="py-1 pr-3">{v.productName}</td>
                <td className="py-1 pr-3 font-mono text-xs">{v.sku}</td>
                <td className="py-1 pr-3 text-right">{money(v.highestPaid)}</td>
                <td className="py-1 pr-3 text-right">
                  {money(v.newPrice)} <span className="text-xs text-gray-700">({v.channelName})</span>
                </td>
                <td className="py-1 pr-3 text-right">−{formatPercentBp(v.dropBp, locale)}</td>
                <td className="py-1 pr-3 text-right">{v.orders}</td>
                <td className="py-1 text-right">{v.customers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {impact.variants.length > SHOWN && (
        <p className="mt-1 text-sm">{t('admin.regret.more', { count: impact.variants.length - SHOWN })}</p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => setDismissed(state)}
          className="rounded-md border border-gray-500 bg-white px-4 py-2"
        >
          {t('admin.regret.cancel')}
        </button>
        <button
          type="submit"
          name="regretDecision"
          value="proceed"
          disabled={pending}
          className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
        >
          {t('admin.regret.proceed')}
        </button>
        {impact.creditTotal > 0 ? (
          <button
            type="submit"
            name="regretDecision"
            value="credit"
            disabled={pending}
            className="rounded-md bg-amber-700 px-4 py-2 text-white disabled:opacity-60"
          >
            {t('admin.regret.credit', { amount: money(impact.creditTotal), customers: impact.creditCustomers })}
          </button>
        ) : (
          <p className="text-sm">{t('admin.regret.noCredit')}</p>
        )}
      </div>
    </section>
  );
}
