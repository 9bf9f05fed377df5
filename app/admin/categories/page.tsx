import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { listAdminCategories, type AdminCategory } from '@/lib/catalog/catalog-translations.reads';
import { CATALOG_LOCALE } from '@/lib/catalog/translated-sql.reads';
import { translationLocales } from '@/lib/catalog/translations.rules';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { getDb } from '@/lib/platform/db';
import { pageTitle } from '@/lib/platform/i18n/page-title';

export const generateMetadata = pageTitle('meta.categories');

/** The category tree with its translated names; each category links to its page for translating it. */
export default async function AdminCategoriesPage() {
  const actor = await requirePagePermission('catalog:read', '/admin/categories');
  const [t, rows] = await Promise.all([getTranslations('admin'), listAdminCategories(getDb(), actor)]);
  const columns: Array<DataTableColumn<AdminCategory>> = [
    {
      key: 'name',
      header: t('categories.name'),
      rowHeader: true,
      cell: (c) => (
        <Link
          href={`/admin/categories/${c.id}`}
          className="underline"
          style={{ paddingLeft: `${(c.depth - 1) * 1}rem` }}
        >
          {c.name}
        </Link>
      ),
    },
    ...translationLocales(CATALOG_LOCALE).map((locale): DataTableColumn<AdminCategory> => ({
      key: locale,
      header: t('categories.translated', { language: t(`translations.language.${locale}`) }),
      cell: (c) => <span lang={locale}>{c.translations[locale]?.name ?? t('categories.none')}</span>,
    })),
    { key: 'path', header: t('categories.path'), cell: (c) => <span className="font-mono text-sm">{c.path}</span> },
    { key: 'products', header: t('categories.products'), numeric: true, cell: (c) => c.productCount },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">{t('categories.title')}</h1>
      <DataTable
        caption={t('categories.title')}
        hideCaption
        className="mt-4"
        columns={columns}
        rows={rows}
        rowKey={(c) => c.id}
        empty={t('categories.none')}
        stickyFirstColumn
      />
    </>
  );
}
