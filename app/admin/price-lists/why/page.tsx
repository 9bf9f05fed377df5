import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { traceText } from '@/lib/pricing/pricing-trace.rules';
import type { Locale } from '@/lib/platform/i18n/locales';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { z } from 'zod';
import { BackLink } from '@/components/admin/back-link';
import { LookupCombobox } from '@/components/admin/lookup-combobox';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { StatusMessage } from '@/components/ui/status-message';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { findAudienceForAdmin, listPricingChoices } from '@/lib/pricing/admin-pricing.reads';
import { findActiveChannel } from '@/lib/channels/channels.reads';
import {
  findPriceLists,
  findPricedVariants,
  priceVariant,
  type ResolvedVariantPrice,
} from '@/lib/pricing/prices.reads';
import type { TraceStep } from '@/lib/pricing/pricing.rules';
import { getDb } from '@/lib/platform/db';
import { berlinLocalToInstant, instantToBerlinLocal } from '@/lib/platform/business-time.rules';
import { formatMoney } from '@/lib/platform/i18n/format';
import type { Translate } from '@/lib/platform/i18n/messages';
import { getTranslations } from 'next-intl/server';

export const generateMetadata = pageTitle('meta.whyThisPrice');

const whyQuery = z.object({
  channel: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .catch(channelRouting().storefront),
  sku: z.string().trim().max(100).catch(''),
  customer: z.string().trim().toLowerCase().max(200).catch(''),
  company: z.union([z.uuid(), z.literal('')]).catch(''),
  quantity: z.coerce.number().int().min(1).max(100_000).catch(1),
  at: z.string().trim().max(16).catch(''),
});
type WhyQuery = z.output<typeof whyQuery>;
type Choices = Awaited<ReturnType<typeof listPricingChoices>>;

/** "Why this price?": the engine's trace for a SKU, channel, buyer, quantity and moment. */
export default async function WhyThisPricePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission('pricing:read', '/admin/price-lists/why');
  const raw = await searchParams;
  const query = whyQuery.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const [t, choices] = await Promise.all([getTranslations(), listPricingChoices(getDb(), actor)]);
  const { problem, result, at } = await explainPrice(actor, query, t);
  return (
    <>
      <BackLink href="/admin/price-lists" label={t('admin.pricing.backToList')} />
      <h1 className="mt-2 text-2xl font-bold">{t('admin.pricing.why')}</h1>
      <WhyForm query={query} choices={choices} at={at} />
      <StatusMessage tone="error" className="mt-4">
        {problem}
      </StatusMessage>
      {result && <WhyResult result={result} />}
    </>
  );
}

/** Prices the SKU as the engine would for that buyer and moment, or says which input is unknown. */
async function explainPrice(actor: Actor, query: WhyQuery, t: Translate) {
  const db = getDb();
  let at = new Date();
  if (query.at) {
    try {
      at = berlinLocalToInstant(query.at);
    } catch {
      return { problem: t('admin.pricing.invalidDate'), result: null, at };
    }
  }
  if (!query.sku) return { problem: null, result: null, at };
  const channel = await findActiveChannel(db, query.channel);
  const [variant] = channel ? await findPricedVariants(db, channel, { skus: [query.sku] }) : [];
  const audience = await findAudienceForAdmin(db, actor, {
    customerEmail: query.customer || undefined,
    companyId: query.company || undefined,
  });
  if (!channel) return { problem: t('admin.pricing.whyNoChannel', { channel: query.channel }), result: null, at };
  if (!variant) return { problem: t('admin.pricing.whyNoVariant', { sku: query.sku }), result: null, at };
  if (!audience) return { problem: t('admin.pricing.whyNoCustomer', { email: query.customer }), result: null, at };
  const lists = await findPriceLists(db, channel, [variant], { at });
  return { problem: null, result: priceVariant(channel, audience, variant, lists, query.quantity, at), at };
}

function WhyForm({ query, choices, at }: { query: WhyQuery; choices: Choices; at: Date }) {
  const t = useTranslations();
  return (
    <form
      method="get"
      className="mt-4 grid max-w-4xl items-start gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3"
    >
      <LookupCombobox kind="variants" name="sku" defaultKey={query.sku} />
      <Field label={t('admin.pricing.col.channels')}>
        <Select
          name="channel"
          defaultValue={query.channel}
          options={choices.channels.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))}
        />
      </Field>
      <Field label={t('admin.pricing.whyQuantity')}>
        <Input name="quantity" type="number" min={1} defaultValue={query.quantity} />
      </Field>
      <Field label={t('admin.pricing.whyCustomer')}>
        <Input name="customer" type="email" defaultValue={query.customer} />
      </Field>
      <Field label={t('admin.pricing.field.company')}>
        <Select
          name="company"
          defaultValue={query.company}
          placeholder={t('admin.pricing.field.noCompany')}
          options={choices.companies.map((c) => ({ value: c.id, label: c.name }))}
        />
      </Field>
      <Field label={t('admin.pricing.whyAt')}>
        <Input name="at" type="datetime-local" defaultValue={query.at || instantToBerlinLocal(at)} />
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" size="touch">
          {t('admin.pricing.whyExplain')}
        </Button>
      </div>
    </form>
  );
}

function WhyResult({ result }: { result: ResolvedVariantPrice }) {
  const t = useTranslations();
  const locale = useLocale();
  const money = (m: { amount: number; currency: string }) => formatMoney(m, locale);
  return (
    <section aria-labelledby="why-result" className="mt-6 space-y-3">
      <h2 id="why-result" className="text-lg font-semibold">
        {money(result.unit)}{' '}
        <span className="text-sm font-normal text-gray-700">
          ({result.includesVat ? t('product.inclVat') : t('product.exclVat')})
        </span>
      </h2>
      <p className="text-sm" data-testid="why-summary">
        {t('admin.pricing.whySummary', {
          base: money(result.base),
          list: result.applied?.listName ?? '—',
          total: money(result.lineTotal),
          quantity: result.quantity,
        })}
        {result.floorApplied && ` ${t('admin.pricing.whyFloor')}`}
      </p>
      <DataTable
        caption={t('admin.pricing.whyTrace')}
        hideCaption
        columns={traceColumns(t, locale, (amount) => money({ amount, currency: result.unit.currency }))}
        rows={result.trace}
        rowKey={(step) => step.listId}
        empty={t('admin.pricing.whyNoLists')}
        stickyFirstColumn
      />
    </section>
  );
}

function traceColumns(
  t: Translate,
  locale: Locale,
  money: (amount: number) => string,
): Array<DataTableColumn<TraceStep>> {
  return [
    {
      key: 'list',
      header: t('admin.pricing.col.name'),
      rowHeader: true,
      cell: (step) => (
        <Link href={`/admin/price-lists/${step.listId}`} className="underline">
          {step.listName}
        </Link>
      ),
    },
    { key: 'priority', header: t('admin.pricing.col.priority'), numeric: true, cell: (step) => step.priority },
    {
      key: 'outcome',
      header: t('admin.pricing.whyOutcome'),
      cell: (step) =>
        step.outcome === 'applied' ? (
          <Badge tone="success">{t('admin.pricing.whyApplied')}</Badge>
        ) : (
          <Badge>{t('admin.pricing.whyDropped')}</Badge>
        ),
    },
    { key: 'reason', header: t('admin.pricing.whyReason'), cell: (step) => traceText(t, locale, step.reasons) },
    {
      key: 'price',
      header: t('admin.pricing.entry.price'),
      numeric: true,
      nowrap: true,
      cell: (step) => (step.unitAmount === null ? '—' : money(step.unitAmount)),
    },
  ];
}
