import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { z } from 'zod';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { findAudienceForAdmin, listPricingChoices } from '@/lib/pricing/admin-pricing.reads';
import { findActiveChannel } from '@/lib/channels/channels.reads';
import {
  findPriceLists,
  findPricedVariants,
  priceVariant,
  type ResolvedVariantPrice,
} from '@/lib/pricing/prices.reads';
import { getDb } from '@/lib/platform/db';
import { berlinLocalToInstant, instantToBerlinLocal } from '@/lib/platform/business-time.rules';
import { formatMoney } from '@/lib/platform/i18n/format';
import { getLocale, getTranslations } from 'next-intl/server';
import { TableScroll } from '@/components/ui/table-scroll';
import { BackLink } from '@/components/admin/back-link';

export const generateMetadata = pageTitle('meta.whyThisPrice');

const whyQuery = z.object({
  channel: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .catch('web'),
  sku: z.string().trim().max(100).catch(''),
  customer: z.string().trim().toLowerCase().max(200).catch(''),
  company: z.union([z.uuid(), z.literal('')]).catch(''),
  quantity: z.coerce.number().int().min(1).max(100_000).catch(1),
  at: z.string().trim().max(16).catch(''),
});

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
  const db = getDb();
  const [t, locale, choices] = await Promise.all([getTranslations(), getLocale(), listPricingChoices(db, actor)]);

  let problem: string | null = null;
  let result: ResolvedVariantPrice | null = null;
  let at = new Date();
  if (query.at) {
    try {
      at = berlinLocalToInstant(query.at);
    } catch {
      problem = t('admin.pricing.invalidDate');
    }
  }
  if (query.sku && !problem) {
    const channel = await findActiveChannel(db, query.channel);
    const [variant] = channel ? await findPricedVariants(db, channel, { skus: [query.sku] }) : [];
    const audience = await findAudienceForAdmin(db, actor, {
      customerEmail: query.customer || undefined,
      companyId: query.company || undefined,
    });
    if (!channel) problem = `No active channel ${query.channel}.`;
    else if (!variant) problem = `No variant with the SKU ${query.sku}.`;
    else if (!audience) problem = `No customer with the email ${query.customer}.`;
    else
      result = priceVariant(
        channel,
        audience,
        variant,
        await findPriceLists(db, channel, [variant], { at }),
        query.quantity,
        at,
      );
  }

  const money = (m: { amount: number; currency: string }) => formatMoney(m, locale);
  return (
    <>
      <BackLink href="/admin/price-lists" label={t('admin.pricing.backToList')} />
      <h1 className="mt-2 text-2xl font-bold">{t('admin.pricing.why')}</h1>
      <form
        method="get"
        className="mt-4 grid max-w-4xl gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3"
      >
        <div>
          <label htmlFor="why-sku" className="mb-1 block text-sm font-medium">
            SKU
          </label>
          <input
            id="why-sku"
            name="sku"
            required
            defaultValue={query.sku}
            className="w-full rounded-md border border-gray-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="why-channel" className="mb-1 block text-sm font-medium">
            {t('admin.pricing.col.channels')}
          </label>
          <select
            id="why-channel"
            name="channel"
            defaultValue={query.channel}
            className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
          >
            {choices.channels.map((c) => (
              <option key={c.id} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="why-quantity" className="mb-1 block text-sm font-medium">
            {t('admin.pricing.whyQuantity')}
          </label>
          <input
            id="why-quantity"
            name="quantity"
            type="number"
            min={1}
            defaultValue={query.quantity}
            className="w-full rounded-md border border-gray-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="why-customer" className="mb-1 block text-sm font-medium">
            {t('admin.pricing.whyCustomer')}
          </label>
          <input
            id="why-customer"
            name="customer"
            type="email"
            defaultValue={query.customer}
            className="w-full rounded-md border border-gray-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="why-company" className="mb-1 block text-sm font-medium">
            {t('admin.pricing.field.company')}
          </label>
          <select
            id="why-company"
            name="company"
            defaultValue={query.company}
            className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
          >
            <option value="">—</option>
            {choices.companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="why-at" className="mb-1 block text-sm font-medium">
            {t('admin.pricing.whyAt')}
          </label>
          <input
            id="why-at"
            name="at"
            type="datetime-local"
            defaultValue={query.at || instantToBerlinLocal(at)}
            className="w-full rounded-md border border-gray-400 px-3 py-2"
          />
        </div>
        <div className="sm:col-span-3">
          <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 text-white">
            {t('admin.pricing.whyExplain')}
          </button>
        </div>
      </form>
      {problem && (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm">
          {problem}
        </p>
      )}
      {result && (
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
          <TableScroll label={t('admin.pricing.why')}>
            <table className="min-w-full text-left text-sm">
              <thead className="bg-gray-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.pricing.col.name')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t('admin.pricing.col.priority')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.pricing.whyOutcome')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.pricing.whyReason')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t('admin.pricing.entry.price')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.trace.map((step) => (
                  <tr key={step.listId} className="border-t border-gray-100">
                    <td className="px-3 py-2">
                      <Link href={`/admin/price-lists/${step.listId}`} className="underline">
                        {step.listName}
                      </Link>
                    </td>
                    <td className="px-3 py-2 text-right">{step.priority}</td>
                    <td className="px-3 py-2">
                      {step.outcome === 'applied' ? t('admin.pricing.whyApplied') : t('admin.pricing.whyDropped')}
                    </td>
                    <td className="px-3 py-2">{step.reason}</td>
                    <td className="px-3 py-2 text-right whitespace-nowrap">
                      {step.unitAmount === null
                        ? '—'
                        : money({ amount: step.unitAmount, currency: result.unit.currency })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </>
  );
}
