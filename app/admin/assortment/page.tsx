import { pageTitle } from '@/lib/platform/i18n/page-title';
import { z } from 'zod';
import { AssortmentMatrixForm, type AssortmentMatrixRow } from '@/components/admin/assortment-matrix-form';
import { Pagination } from '@/components/ui/pagination';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { listAssortmentFilterChoices, listAssortmentMatrix } from '@/lib/assortment/admin-assortment.reads';
import { getDb } from '@/lib/platform/db';
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
  const rows: AssortmentMatrixRow[] = matrix.rows.map((row) => ({
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
  }));
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.assortment.title')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-gray-700">{t('admin.assortment.intro')}</p>
      <form
        method="get"
        aria-label={t('admin.assortment.filters')}
        className="mt-4 grid max-w-4xl gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <label htmlFor="matrix-category" className="mb-1 block text-sm font-medium">
            {t('admin.assortment.filter.category')}
          </label>
          <select
            id="matrix-category"
            name="category"
            defaultValue={query.category}
            className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
          >
            <option value="">{t('admin.assortment.filter.allCategories')}</option>
            {choices.categories.map((c) => (
              <option key={c.path} value={c.path}>
                {`${'\u00a0\u00a0'.repeat(Math.max(0, c.depth - 1))}${c.name} (${c.path})`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="matrix-brand" className="mb-1 block text-sm font-medium">
            {t('admin.assortment.filter.brand')}
          </label>
          <select
            id="matrix-brand"
            name="brand"
            defaultValue={query.brand}
            className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
          >
            <option value="">{t('admin.assortment.filter.allBrands')}</option>
            {choices.brands.map((b) => (
              <option key={b.slug} value={b.slug}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="matrix-status" className="mb-1 block text-sm font-medium">
            {t('admin.assortment.filter.status')}
          </label>
          <select
            id="matrix-status"
            name="status"
            defaultValue={query.status}
            className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s === 'any' ? t('admin.assortment.filter.anyStatus') : t(`admin.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-4">
          <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 text-white">
            {t('admin.assortment.filter.submit')}
          </button>
        </div>
      </form>
      <p className="mt-4 text-sm text-gray-700" role="status">
        {t('admin.resultCount', { count: matrix.total })}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4 rounded border border-gray-200 bg-white p-6">{t('admin.assortment.noProducts')}</p>
      ) : (
        <AssortmentMatrixForm
          // A new page of products is a new form: no ticked boxes or preview carried over.
          key={`${query.category}|${query.brand}|${query.status}|${query.page}`}
          action={setProductsInChannelAction}
          channels={matrix.channels}
          rows={rows}
          writable={can(actor, 'assortment:write')}
        />
      )}
      <Pagination page={query.page} pages={pages} hrefFor={hrefFor} />
    </>
  );
}
