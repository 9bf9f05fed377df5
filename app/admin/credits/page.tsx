import { pageTitle } from '@/lib/platform/i18n/page-title';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Pagination } from '@/components/ui/pagination';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { ADMIN_CREDITS_PAGE_SIZE, findCreditsForAdmin, type AdminCreditEntry } from '@/lib/pricing/credits.reads';
import { getDb } from '@/lib/platform/db';
import { formatDateTime, formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';
import { getLocale, getTranslations } from 'next-intl/server';

export const generateMetadata = pageTitle('meta.credits');

const creditsQuery = z.object({
  email: z.string().trim().max(200).catch(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export default async function AdminCreditsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission('credits:read', '/admin/credits');
  const raw = await searchParams;
  const query = creditsQuery.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const [t, locale, result] = await Promise.all([
    getTranslations(),
    getLocale(),
    findCreditsForAdmin(getDb(), actor, { page: query.page, email: query.email || undefined }),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / ADMIN_CREDITS_PAGE_SIZE));
  const hrefFor = (page: number) => `/admin/credits?${new URLSearchParams({ email: query.email, page: String(page) })}`;
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.credits.title')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-gray-700">{t('admin.credits.intro')}</p>
      <form method="get" className="mt-4 flex max-w-xl items-end gap-3">
        <Field label={t('admin.credits.filter')} className="grow">
          <Input name="email" type="search" defaultValue={query.email} />
        </Field>
        <Button type="submit" size="touch">
          {t('admin.credits.apply')}
        </Button>
      </form>
      <p className="mt-4 text-sm" data-testid="credits-summary">
        {t('admin.credits.summary', { count: result.total, amount: formatMoney(result.sum, locale) })}
      </p>
      <DataTable
        caption={t('admin.credits.title')}
        hideCaption
        className="mt-2"
        columns={creditColumns(t, locale)}
        rows={result.entries}
        rowKey={(e) => e.id}
        empty={t('admin.credits.empty')}
        footer={<Pagination page={query.page} pages={pages} hrefFor={hrefFor} />}
      />
    </>
  );
}

function creditColumns(t: Translate, locale: Locale): Array<DataTableColumn<AdminCreditEntry>> {
  return [
    {
      key: 'when',
      header: t('admin.credits.col.when'),
      nowrap: true,
      cell: (e) => formatDateTime(e.createdAt, locale),
    },
    {
      key: 'customer',
      header: t('admin.credits.col.customer'),
      cell: (e) => (
        <>
          {e.customerName} <span className="text-gray-700">({e.customerEmail})</span>
        </>
      ),
    },
    { key: 'amount', header: t('admin.credits.col.amount'), numeric: true, cell: (e) => formatMoney(e.amount, locale) },
    {
      key: 'product',
      header: t('admin.credits.col.product'),
      cell: (e) => (
        <>
          {e.productName ?? '—'} {e.sku && <span className="font-mono text-xs text-gray-700">{e.sku}</span>}
        </>
      ),
    },
    { key: 'order', header: t('admin.credits.col.order'), cell: (e) => (e.orderNumber ? `#${e.orderNumber}` : '—') },
    { key: 'list', header: t('admin.credits.col.priceList'), cell: (e) => e.priceListName ?? '—' },
    { key: 'by', header: t('admin.credits.col.grantedBy'), cell: (e) => e.grantedBy ?? '—' },
  ];
}
