import { pageTitle } from '@/lib/platform/i18n/page-title';
import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { AssortmentMatrixForm, type AssortmentMatrixRow } from '@/components/admin/assortment-matrix-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { Select } from '@/components/ui/select';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import {
  listAssortmentFilterChoices,
  listAssortmentMatrix,
  type MatrixRow,
} from '@/lib/assortment/admin-assortment.reads';
import { getDb } from '@/lib/platform/db';
import type { Translate } from '@/lib/platform/i18n/messages';
import { getTranslations } from 'next-intl/server';
import { setProductsInChannelAction } from './actions';
import { describeDecision } from './describe-rule';

export const generateMetadata = pageTitle('admin.assortment.title');

const STATUSES = ['active', 'draft', 'archived', 'any'] as const;

const matrixQuery = z.object({
  category: z
    .string()
    .trim()
    .regex(/^[a-z0-9/-]{0,300}$/)
    .catch(''),
  brand: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{0,100}$/)
    .catch(''),
  status: z.enum(STATUSES).catch('active'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
type MatrixQuery = z.output<typeof matrixQuery>;
type FilterChoices = Awaited<ReturnType<typeof listAssortmentFilterChoices>>;

export default async function AdminAssortmentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission('channels:read', '/admin/assortment');
  const raw = await searchParams;
  const query = matrixQuery.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const db = getDb();
  const [t, choices, matrix] = await Promise.all([
    getTranslations(),
    listAssortmentFilterChoices(db, actor),
    listAssortmentMatrix(db, actor, {
      categoryPath: query.category || undefined,
      brandSlug: query.brand || undefined,
      status: query.status,
      page: query.page,
    }),
  ]);
  const pages = Math.max(1, Math.ceil(matrix.total / matrix.pageSize));
  const hrefFor = (page: number) =>
    `/admin/assortment?${new URLSearchParams({ category: query.category, brand: query.brand, status: query.status, page: String(page) })}`;
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.assortment.title')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-gray-700">{t('admin.assortment.intro')}</p>
      <MatrixFilters query={query} choices={choices} />
      <p className="mt-4 text-sm text-gray-700" role="status">
        {t('admin.resultCount', { count: matrix.total })}
      </p>
      <AssortmentMatrixForm
        // A new page of products is a new form: no ticked boxes or preview carried over.
        key={`${query.category}|${query.brand}|${query.status}|${query.page}`}
        action={setProductsInChannelAction}
        channels={matrix.channels}
        rows={matrix.rows.map((row) => matrixRow(t, row))}
        writable={can(actor, 'assortment:write')}
        footer={<Pagination page={query.page} pages={pages} hrefFor={hrefFor} />}
      />
    </>
  );
}

/** A matrix row in words: each cell's state and the rule (or default) that decided it. */
function matrixRow(t: Translate, row: MatrixRow): AssortmentMatrixRow {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    statusNote: row.status === 'active' ? null : t(`admin.status.${row.status}`),
    cells: row.cells.map((cell) => ({
      channelId: cell.channelId,
      listed: cell.listed,
      state: cell.listed ? t('admin.assortment.listed') : t('admin.assortment.notListed'),
      reason: describeDecision(t, cell),
    })),
  };
}

function MatrixFilters({ query, choices }: { query: MatrixQuery; choices: FilterChoices }) {
  const t = useTranslations();
  return (
    <form
      method="get"
      aria-label={t('admin.assortment.filters')}
      className="mt-4 grid max-w-4xl gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-4"
    >
      <Field label={t('admin.assortment.filter.category')} className="sm:col-span-2">
        <Select
          name="category"
          defaultValue={query.category}
          placeholder={t('admin.assortment.filter.allCategories')}
          options={choices.categories.map((c) => ({
            value: c.path,
            label: `${'\u00a0\u00a0'.repeat(Math.max(0, c.depth - 1))}${c.name} (${c.path})`,
          }))}
        />
      </Field>
      <Field label={t('admin.assortment.filter.brand')}>
        <Select
          name="brand"
          defaultValue={query.brand}
          placeholder={t('admin.assortment.filter.allBrands')}
          options={choices.brands.map((b) => ({ value: b.slug, label: b.name }))}
        />
      </Field>
      <Field label={t('admin.assortment.filter.status')}>
        <Select
          name="status"
          defaultValue={query.status}
          options={STATUSES.map((s) => ({
            value: s,
            label: s === 'any' ? t('admin.assortment.filter.anyStatus') : t(`admin.status.${s}`),
          }))}
        />
      </Field>
      <div className="sm:col-span-4">
        <Button type="submit" size="touch">
          {t('admin.assortment.filter.submit')}
        </Button>
      </div>
    </form>
  );
}
