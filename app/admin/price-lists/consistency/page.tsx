import { pageTitle } from '@/lib/platform/i18n/page-title';
import { z } from 'zod';
import { TableScroll } from '@/components/ui/table-scroll';
import { Pagination } from '@/components/ui/pagination';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { CONSISTENCY_PAGE_SIZE, findPriceConsistency } from '@/lib/pricing/admin-pricing.reads';
import { getDb } from '@/lib/platform/db';
import { getPricingSettings } from '@/lib/pricing/pricing-settings.reads';
import { formatMoney } from '@/lib/platform/i18n/format';
import { getLocale, getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';

export const generateMetadata = pageTitle('meta.consistency');

/** The allowed spread defaults to the setting (/admin/settings); the form can try another. */
const consistencyQuery = (defaultSpreadPercent: number) =>
  z.object({
    product: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{0,200}$/)
      .catch(''),
    category: z
      .string()
      .trim()
      .regex(/^[a-z0-9/-]{0,300}$/)
      .catch(''),
    spread: z.coerce.number().int().min(0).max(100).catch(defaultSpreadPercent),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  });

export default async function PriceConsistencyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission('pricing:read', '/admin/price-lists/consistency');
  const raw = await searchParams;
  const settings = await getPricingSettings(getDb());
  const query = consistencyQuery(Math.round(settings.consistencySpreadBp / 100)).parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const asked = Boolean(query.product || query.category);
  const result = asked
    ? await findPriceConsistency(
        getDb(),
        actor,
        { productSlug: query.product || undefined, categoryPath: query.category || undefined, page: query.page },
        query.spread * 100,
      )
    : null;
  const pages = result ? Math.max(1, Math.ceil(result.total / CONSISTENCY_PAGE_SIZE)) : 1;
  const hrefFor = (page: number) =>
    `/admin/price-lists/consistency?${new URLSearchParams({ product: query.product, category: query.category, spread: String(query.spread), page: String(page) })}`;
  return (
    <>
      <BackLink href="/admin/price-lists" label={t('admin.pricing.backToList')} />
      <h1 className="mt-2 text-2xl font-bold">{t('admin.pricing.consistency')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-gray-700">{t('admin.pricing.consistencyIntro')}</p>
      <form
        method="get"
        className="mt-4 grid max-w-3xl gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <label htmlFor="pc-category" className="mb-1 block text-sm font-medium">
            {t('admin.pricing.consistencyCategory')}
          </label>
          <input
            id="pc-category"
            name="category"
            defaultValue={query.category}
            placeholder="bikes/city-kids-bikes"
            className="w-full rounded-md border border-gray-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="pc-product" className="mb-1 block text-sm font-medium">
            {t('admin.pricing.consistencyProduct')}
          </label>
          <input
            id="pc-product"
            name="product"
            defaultValue={query.product}
            className="w-full rounded-md border border-gray-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="pc-spread" className="mb-1 block text-sm font-medium">
            {t('admin.pricing.consistencySpread')}
          </label>
          <input
            id="pc-spread"
            name="spread"
            type="number"
            min={0}
            max={100}
            defaultValue={query.spread}
            className="w-full rounded-md border border-gray-400 px-3 py-2"
          />
        </div>
        <div className="sm:col-span-4">
          <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 text-white">
            {t('admin.pricing.consistencyShow')}
          </button>
        </div>
      </form>
      {result && result.rows.length === 0 && (
        <p className="mt-6 rounded border border-gray-200 bg-white p-6 text-center">{t('admin.noProducts')}</p>
      )}
      {result && result.rows.length > 0 && (
        <>
          <TableScroll label={t('admin.pricing.consistency')} className="mt-6">
            <table className="min-w-full text-left text-sm">
              <thead className="bg-gray-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.table.name')}
                  </th>
                  {result.columns.map((column) => (
                    <th key={column} scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr key={row.id} className="border-t border-gray-100">
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      {row.name}
                    </th>
                    {row.cells.map((cell) => (
                      <td
                        key={cell.key}
                        className={`px-3 py-2 text-right whitespace-nowrap ${cell.flagged ? 'bg-amber-100 font-semibold text-amber-950' : ''}`}
                        title={cell.list ?? undefined}
                        data-flagged={cell.flagged || undefined}
                      >
                        {formatMoney({ amount: cell.amount, currency: cell.currency }, locale)}
                        {!cell.includesVat && <span className="text-xs text-gray-700"> {t('admin.pricing.net')}</span>}
                        {cell.flagged && (
                          <span className="block text-xs">
                            {t('admin.pricing.deviation', { percent: (cell.deviationBp / 100).toLocaleString(locale) })}
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination page={Math.min(query.page, pages)} pages={pages} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}
