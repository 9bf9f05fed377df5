import { pageTitle } from '@/lib/platform/i18n/page-title';
import { useLocale, useTranslations } from 'next-intl';
import { z } from 'zod';
import { BackLink } from '@/components/admin/back-link';
import { LookupCombobox } from '@/components/admin/lookup-combobox';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Pagination } from '@/components/ui/pagination';
import { Table, TableEmptyRow, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { CONSISTENCY_PAGE_SIZE, findPriceConsistency } from '@/lib/pricing/admin-pricing.reads';
import { getDb } from '@/lib/platform/db';
import { getPricingSettings } from '@/lib/pricing/pricing-settings.reads';
import { formatMoney } from '@/lib/platform/i18n/format';
import { getTranslations } from 'next-intl/server';

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
type ConsistencyQuery = z.output<ReturnType<typeof consistencyQuery>>;
type Consistency = Awaited<ReturnType<typeof findPriceConsistency>>;

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
  const t = await getTranslations();
  const result =
    query.product || query.category
      ? await findPriceConsistency(
          getDb(),
          actor,
          { productSlug: query.product || undefined, categoryPath: query.category || undefined, page: query.page },
          query.spread * 100,
        )
      : null;
  return (
    <>
      <BackLink href="/admin/price-lists" label={t('admin.pricing.backToList')} />
      <h1 className="mt-2 text-2xl font-bold">{t('admin.pricing.consistency')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-gray-700">{t('admin.pricing.consistencyIntro')}</p>
      <ConsistencyForm query={query} />
      {result && <ConsistencyTable result={result} query={query} />}
    </>
  );
}

function ConsistencyForm({ query }: { query: ConsistencyQuery }) {
  const t = useTranslations();
  return (
    <form
      method="get"
      className="mt-4 grid max-w-4xl items-start gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-5"
    >
      <LookupCombobox kind="categories" name="category" defaultKey={query.category} className="sm:col-span-2" />
      <LookupCombobox
        kind="products"
        name="product"
        label={t('admin.pricing.consistencyProduct')}
        defaultKey={query.product}
        className="sm:col-span-2"
      />
      <Field label={t('admin.pricing.consistencySpread')}>
        <Input name="spread" type="number" min={0} max={100} defaultValue={query.spread} />
      </Field>
      <div className="sm:col-span-5">
        <Button type="submit" size="touch">
          {t('admin.pricing.consistencyShow')}
        </Button>
      </div>
    </form>
  );
}

function ConsistencyTable({ result, query }: { result: Consistency; query: ConsistencyQuery }) {
  const t = useTranslations();
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(result.total / CONSISTENCY_PAGE_SIZE));
  const hrefFor = (page: number) =>
    `/admin/price-lists/consistency?${new URLSearchParams({ product: query.product, category: query.category, spread: String(query.spread), page: String(page) })}`;
  return (
    <Table
      caption={t('admin.pricing.consistency')}
      hideCaption
      stickyFirstColumn
      className="mt-6"
      footer={<Pagination page={Math.min(query.page, pages)} pages={pages} hrefFor={hrefFor} />}
    >
      <THead>
        <tr>
          <Th>{t('admin.table.name')}</Th>
          {result.columns.map((column) => (
            <Th key={column} numeric nowrap>
              {column}
            </Th>
          ))}
        </tr>
      </THead>
      <TBody>
        {result.rows.length === 0 && (
          <TableEmptyRow colSpan={result.columns.length + 1}>{t('admin.noProducts')}</TableEmptyRow>
        )}
        {result.rows.map((row) => (
          <Tr key={row.id}>
            <Th scope="row">{row.name}</Th>
            {row.cells.map((cell) => (
              <Td
                key={cell.key}
                numeric
                nowrap
                className={cell.flagged ? 'bg-amber-100 font-semibold text-amber-950' : undefined}
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
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
