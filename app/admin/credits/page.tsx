import { pageTitle } from '@/lib/platform/i18n/page-title';
import { z } from 'zod';
import { Pagination } from '@/components/ui/pagination';
import { TableScroll } from '@/components/ui/table-scroll';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { ADMIN_CREDITS_PAGE_SIZE, findCreditsForAdmin } from '@/lib/pricing/credits.reads';
import { getDb } from '@/lib/platform/db';
import { formatDateTime, formatMoney } from '@/lib/platform/i18n/format';
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
        <div className="grow">
          <label htmlFor="credits-email" className="mb-1 block text-sm font-medium">
            {t('admin.credits.filter')}
          </label>
          <input
            id="credits-email"
            name="email"
            type="search"
            defaultValue={query.email}
            className="w-full rounded-md border border-gray-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-md bg-gray-900 px-4 py-2 text-white">
          {t('admin.credits.apply')}
        </button>
      </form>
      <p className="mt-4 text-sm" data-testid="credits-summary">
        {t('admin.credits.summary', { count: result.total, amount: formatMoney(result.sum, locale) })}
      </p>
      {result.entries.length === 0 ? (
        <p className="mt-4 text-gray-700">{t('admin.credits.empty')}</p>
      ) : (
        <TableScroll label={t('admin.credits.title')}>
          <table className="min-w-full bg-white text-left text-sm">
            <thead className="bg-gray-100">
              <tr>
                <th className="px-3 py-2">{t('admin.credits.col.when')}</th>
                <th className="px-3 py-2">{t('admin.credits.col.customer')}</th>
                <th className="px-3 py-2 text-right">{t('admin.credits.col.amount')}</th>
                <th className="px-3 py-2">{t('admin.credits.col.product')}</th>
                <th className="px-3 py-2">{t('admin.credits.col.order')}</th>
                <th className="px-3 py-2">{t('admin.credits.col.priceList')}</th>
                <th className="px-3 py-2">{t('admin.credits.col.grantedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {result.entries.map((e) => (
                <tr key={e.id} className="border-t border-gray-200">
                  <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(e.createdAt, locale)}</td>
                  <td className="px-3 py-2">
                    {e.customerName} <span className="text-gray-600">({e.customerEmail})</span>
                  </td>
                  <td className="px-3 py-2 text-right">{formatMoney(e.amount, locale)}</td>
                  <td className="px-3 py-2">
                    {e.productName ?? '—'} {e.sku && <span className="font-mono text-xs text-gray-600">{e.sku}</span>}
                  </td>
                  <td className="px-3 py-2">{e.orderNumber ? `#${e.orderNumber}` : '—'}</td>
                  <td className="px-3 py-2">{e.priceListName ?? '—'}</td>
                  <td className="px-3 py-2">{e.grantedBy ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={query.page} pages={pages} hrefFor={hrefFor} />
    </>
  );
}
