import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { z } from 'zod';
import { ProductStatusBadge } from '@/components/admin/status-badges';
import { Button } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Pagination } from '@/components/ui/pagination';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { listAdminProducts, type AdminProductRow } from '@/lib/catalog/admin-catalog.reads';
import { getDb } from '@/lib/platform/db';
import { formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';
import { getLocale, getTranslations } from 'next-intl/server';

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
      <form method="get" role="search" className="mt-4 flex max-w-xl items-end gap-2">
        <Field label={t('admin.searchProducts')} hideLabel id="admin-q" className="flex-1">
          <Input name="q" type="search" defaultValue={query.q} placeholder={t('admin.searchProducts')} />
        </Field>
        <Button type="submit" size="touch">
          {t('search.submit')}
        </Button>
      </form>
      <p className="mt-4 text-sm text-gray-700" role="status">
        {t('admin.resultCount', { count: result.total })}
      </p>
      <DataTable
        caption={t('admin.products')}
        hideCaption
        className="mt-2"
        columns={productColumns(t, locale)}
        rows={result.items}
        rowKey={(p) => p.id}
        empty={t('admin.noProducts')}
        stickyFirstColumn
        footer={<Pagination page={query.page} pages={pages} hrefFor={pageHref} />}
      />
    </>
  );
}

function productColumns(t: Translate, locale: Locale): Array<DataTableColumn<AdminProductRow>> {
  return [
    {
      key: 'name',
      header: t('admin.table.name'),
      rowHeader: true,
      cell: (p) => (
        <Link href={`/admin/products/${p.id}`} className="text-brand-800 underline-offset-2 hover:underline">
          {p.name}
        </Link>
      ),
    },
    { key: 'brand', header: t('admin.table.brand'), cell: (p) => p.brand ?? '—' },
    { key: 'category', header: t('admin.table.category'), cell: (p) => p.category },
    { key: 'variants', header: t('admin.table.variants'), numeric: true, cell: (p) => p.variantCount },
    {
      key: 'price',
      header: t('admin.table.price'),
      numeric: true,
      nowrap: true,
      cell: (p) => (p.minPrice === null ? '—' : formatMoney({ amount: p.minPrice, currency: p.currency }, locale)),
    },
    { key: 'stock', header: t('admin.table.stock'), numeric: true, cell: (p) => p.stock },
    {
      key: 'status',
      header: t('admin.table.status'),
      cell: (p) => <ProductStatusBadge status={p.status} />,
    },
  ];
}
