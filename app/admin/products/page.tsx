import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { z } from 'zod';
import { Pagination } from '@/components/ui/pagination';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { listAdminProducts } from '@/lib/catalog/admin-catalog.reads';
import { getDb } from '@/lib/platform/db';
import { formatMoney } from '@/lib/platform/i18n/format';
import { getLocale, getTranslations } from 'next-intl/server';
import { TableScroll } from '@/components/ui/table-scroll';

export const generateMetadata = pageTitle('admin.products');

const adminListQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export default async function AdminProductsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission('catalog:read', '/admin/products');
  const [t, locale, raw] = await Promise.all([getTranslations(), getLocale(), searchParams]);
  const query = adminListQuery.parse({ q: typeof raw.q === 'string' ? raw.q : undefined, page: raw.page });
  const result = await listAdminProducts(getDb(), actor, { q: query.q, page: query.page });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pageHref = (page: number) =>
    `/admin/products?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(page) })}`;
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.products')}</h1>
      <form method="get" role="search" className="mt-4 flex max-w-xl gap-2">
        <label htmlFor="admin-q" className="sr-only">
          {t('admin.searchProducts')}
        </label>
        <input
          id="admin-q"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder={t('admin.searchProducts')}
          className="flex-1 rounded-md border border-gray-400 bg-white px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 text-white">
          {t('search.submit')}
        </button>
      </form>
      <p className="mt-4 text-sm text-gray-700" role="status">
        {t('admin.resultCount', { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="mt-4 rounded border border-gray-200 bg-white p-6">{t('admin.noProducts')}</p>
      ) : (
        <TableScroll label={t('admin.products')} className="mt-2">
          <table className="min-w-full text-left text-sm">
            <thead className="bg-gray-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('admin.table.name')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.table.brand')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.table.category')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('admin.table.variants')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('admin.table.price')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('admin.table.stock')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.table.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((p) => (
                <tr key={p.id} className="border-t border-gray-100">
                  <td className="px-3 py-2">
                    <Link
                      href={`/admin/products/${p.id}`}
                      className="font-medium text-brand-800 underline-offset-2 hover:underline"
                    >
                      {p.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{p.brand ?? '—'}</td>
                  <td className="px-3 py-2">{p.category}</td>
                  <td className="px-3 py-2 text-right">{p.variantCount}</td>
                  <td className="px-3 py-2 text-right">
                    {p.minPrice === null ? '—' : formatMoney({ amount: p.minPrice, currency: p.currency }, locale)}
                  </td>
                  <td className="px-3 py-2 text-right">{p.stock}</td>
                  <td className="px-3 py-2">{t(`admin.status.${p.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={query.page} pages={pages} hrefFor={pageHref} />
    </>
  );
}
