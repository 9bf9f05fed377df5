'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { StatusMessage } from '@/components/ui/status-message';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { formatMoney, formatPercentBp } from '@/lib/platform/i18n/format';
import type { PriceWriteData, RegretImpact } from '@/lib/pricing/price-regret.rules';

/** The state of a guarded price action: its data is a change waiting for a decision, or a credit granted. */
export type PriceWriteState = ActionState<PriceWriteData>;
export type PriceWriteAction = (state: PriceWriteState, data: FormData) => Promise<PriceWriteState>;

const SHOWN = 20;

/**
 * The price-regret review inside a price form: shown when the server refused a write because it
 * lowers prices below what recent buyers paid. Its buttons resubmit the same form with the decision.
 */
export function RegretReview({ state, pending }: { state: PriceWriteState; pending: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const [dismissed, setDismissed] = useState<PriceWriteState>(null);
  const impact = state && !state.ok ? state.data?.regret : undefined;
  const open = impact !== undefined && dismissed !== state;
  const note =
    state?.ok && state.data?.credited
      ? t('admin.regret.credited', { amount: formatMoney(state.data.credited, locale) })
      : impact && !open
        ? t('admin.regret.cancelled')
        : null;
  return (
    <div>
      <StatusMessage tone={state?.ok ? 'success' : 'info'} className="mt-3">
        {note}
      </StatusMessage>
      {open && <RegretPanel impact={impact} pending={pending} onCancel={() => setDismissed(state)} />}
    </div>
  );
}

function RegretPanel({ impact, pending, onCancel }: { impact: RegretImpact; pending: boolean; onCancel: () => void }) {
  const t = useTranslations();
  const locale = useLocale();
  const titleId = useId();
  const money = (amount: number) => formatMoney({ amount, currency: impact.currency }, locale);
  return (
    <section aria-labelledby={titleId} className="mt-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-4">
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
      <RegretTable impact={impact} />
      {impact.variants.length > SHOWN && (
        <p className="mt-1 text-sm">{t('admin.regret.more', { count: impact.variants.length - SHOWN })}</p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button variant="secondary" size="touch" onClick={onCancel}>
          {t('admin.regret.cancel')}
        </Button>
        <Button type="submit" name="regretDecision" value="proceed" size="touch" pending={pending}>
          {t('admin.regret.proceed')}
        </Button>
        {impact.creditTotal > 0 ? (
          <Button type="submit" name="regretDecision" value="credit" size="touch" pending={pending}>
            {t('admin.regret.credit', { amount: money(impact.creditTotal), customers: impact.creditCustomers })}
          </Button>
        ) : (
          <p className="text-sm">{t('admin.regret.noCredit')}</p>
        )}
      </div>
    </section>
  );
}

type Variant = RegretImpact['variants'][number];

function RegretTable({ impact }: { impact: RegretImpact }) {
  const t = useTranslations();
  const locale = useLocale();
  const money = (amount: number) => formatMoney({ amount, currency: impact.currency }, locale);
  const columns: Array<DataTableColumn<Variant>> = [
    { key: 'product', header: t('admin.regret.product'), cell: (v) => v.productName },
    { key: 'sku', header: t('admin.regret.sku'), cell: (v) => <span className="font-mono text-xs">{v.sku}</span> },
    { key: 'paid', header: t('admin.regret.paid'), numeric: true, nowrap: true, cell: (v) => money(v.highestPaid) },
    {
      key: 'new',
      header: t('admin.regret.newPrice'),
      numeric: true,
      nowrap: true,
      cell: (v) => (
        <>
          {money(v.newPrice)} <span className="text-xs text-gray-700">({v.channelName})</span>
        </>
      ),
    },
    {
      key: 'drop',
      header: t('admin.regret.drop'),
      numeric: true,
      cell: (v) => `−${formatPercentBp(v.dropBp, locale)}`,
    },
    { key: 'orders', header: t('admin.regret.orders'), numeric: true, cell: (v) => v.orders },
    { key: 'customers', header: t('admin.regret.customers'), numeric: true, cell: (v) => v.customers },
  ];
  return (
    <DataTable
      caption={t('admin.regret.table')}
      hideCaption
      className="mt-3"
      columns={columns}
      rows={impact.variants.slice(0, SHOWN)}
      rowKey={(v) => v.variantId}
      empty={t('admin.regret.none')}
    />
  );
}
