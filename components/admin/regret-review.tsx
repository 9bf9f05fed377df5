'use client';

import { useId, useState } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/translate';

export type RegretLabels = {
  title: string;
  table: string;
  /** Placeholders: {orders} {customers} {days} {threshold} */
  intro: string;
  product: string;
  sku: string;
  newPrice: string;
  paid: string;
  drop: string;
  orders: string;
  customers: string;
  /** Placeholder: {count} */
  more: string;
  cancel: string;
  cancelled: string;
  proceed: string;
  /** Placeholders: {amount} {customers} */
  credit: string;
  noCredit: string;
  /** Placeholder: {amount} */
  credited: string;
};

const SHOWN = 20;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
const percent = (bp: number, locale: Locale) =>
  `${(bp / 100).toLocaleString(locale === 'de' ? 'de-DE' : 'en-IE', { maximumFractionDigits: 2 })} %`;

/**
 * The price-regret review inside a price form: shown when the server refused a write because it
 * lowers prices below what recent buyers paid. Its buttons resubmit the same form with the decision.
 */
export function RegretReview({
  state,
  labels,
  locale,
  pending,
}: {
  state: ActionState;
  labels: RegretLabels;
  locale: Locale;
  pending: boolean;
}) {
  const [dismissed, setDismissed] = useState<ActionState>(null);
  const titleId = useId();
  if (state?.ok && state.credited) {
    return (
      <p role="status" className="text-sm text-green-800">
        {fill(labels.credited, { amount: formatMoney(state.credited, locale) })}
      </p>
    );
  }
  const impact = state && !state.ok ? state.regret : undefined;
  if (!impact) return null;
  if (dismissed === state) {
    return (
      <p role="status" className="text-sm">
        {labels.cancelled}
      </p>
    );
  }
  const money = (amount: number) => formatMoney({ amount, currency: impact.currency }, locale);
  return (
    <section aria-labelledby={titleId} className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4">
      <h4 id={titleId} className="font-semibold">
        {labels.title}
      </h4>
      <p role="status" className="mt-1 text-sm">
        {fill(labels.intro, {
          orders: impact.orders,
          customers: impact.customers,
          days: impact.windowDays,
          threshold: percent(impact.thresholdBp, locale),
        })}
      </p>
      <TableScroll label={labels.table} className="mt-3">
        <table className="min-w-full text-left text-sm">
          <thead>
            <tr className="border-b border-amber-300">
              <th className="py-1 pr-3">{labels.product}</th>
              <th className="py-1 pr-3">{labels.sku}</th>
              <th className="py-1 pr-3 text-right">{labels.paid}</th>
              <th className="py-1 pr-3 text-right">{labels.newPrice}</th>
              <th className="py-1 pr-3 text-right">{labels.drop}</th>
              <th className="py-1 pr-3 text-right">{labels.orders}</th>
              <th className="py-1 text-right">{labels.customers}</th>
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
                <td className="py-1 pr-3 text-right">−{percent(v.dropBp, locale)}</td>
                <td className="py-1 pr-3 text-right">{v.orders}</td>
                <td className="py-1 text-right">{v.customers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {impact.variants.length > SHOWN && (
        <p className="mt-1 text-sm">{fill(labels.more, { count: impact.variants.length - SHOWN })}</p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => setDismissed(state)}
          className="rounded-md border border-gray-500 bg-white px-4 py-2"
        >
          {labels.cancel}
        </button>
        <button
          type="submit"
          name="regretDecision"
          value="proceed"
          disabled={pending}
          className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
        >
          {labels.proceed}
        </button>
        {impact.creditTotal > 0 ? (
          <button
            type="submit"
            name="regretDecision"
            value="credit"
            disabled={pending}
            className="rounded-md bg-amber-700 px-4 py-2 text-white disabled:opacity-60"
          >
            {fill(labels.credit, { amount: money(impact.creditTotal), customers: impact.creditCustomers })}
          </button>
        ) : (
          <p className="text-sm">{labels.noCredit}</p>
        )}
      </div>
    </section>
  );
}
