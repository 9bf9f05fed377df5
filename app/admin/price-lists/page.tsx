import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { z } from 'zod';
import { Pagination } from '@/components/ui/pagination';
import { TableScroll } from '@/components/ui/table-scroll';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { ADMIN_PRICE_LISTS_PAGE_SIZE, listAdminPriceLists } from '@/lib/pricing/admin-pricing.reads';
import { getDb } from '@/lib/platform/db';
import { instantToBerlinLocal } from '@/lib/platform/business-time.rules';
import { getTranslations } from 'next-intl/server';

export const generateMetadata = pageTitle('admin.priceLists');

const berlin = (d: Date | null) => (d ? instantToBerlinLocal(d).replace('T', ' ') : '…');
const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

export default async function AdminPriceListsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission('pricing:read', '/admin/price-lists');
  const raw = await searchParams;
  const { page } = pageQuery.parse({ page: Array.isArray(raw.page) ? raw.page[0] : raw.page });
  const [t, { rows: lists, total }] = await Promise.all([
    getTranslations(),
    listAdminPriceLists(getDb(), actor, { page }),
  ]);
  const pages = Math.max(1, Math.ceil(total / ADMIN_PRICE_LISTS_PAGE_SIZE));
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t('admin.priceLists')}</h1>
        <div className="flex items-center gap-4">
          <Link href="/admin/price-lists/why" className="underline">
            {t('admin.pricing.whyLink')}
          </Link>
          <Link href="/admin/price-lists/consistency" className="underline">
            {t('admin.pricing.consistency')}
          </Link>
          <Link href="/admin/price-lists/new" className="rounded-md bg-gray-900 px-4 py-2 text-white">
            {t('admin.pricing.new')}
          </Link>
        </div>
      </div>
      {raw.deleted === '1' && (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-sm">
          {t('admin.pricing.deleted')}
        </p>
      )}
      {total === 0 ? (
        <p className="mt-6 rounded border border-gray-200 bg-white p-6 text-center">{t('admin.pricing.none')}</p>
      ) : (
        <TableScroll label={t('admin.priceLists')} className="mt-6">
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
                  {t('admin.pricing.col.state')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.pricing.col.window')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.pricing.col.channels')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.pricing.col.audience')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('admin.pricing.col.entries')}
                </th>
              </tr>
            </thead>
            <tbody>
              {lists.map((list) => (
                <tr key={list.id} className="border-t border-gray-100">
                  <td className="px-3 py-2">
                    <Link href={`/admin/price-lists/${list.id}`} className="underline">
                      {list.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-right">{list.priority}</td>
                  <td className="px-3 py-2">{t(`admin.pricing.state.${list.state}`)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {list.validFrom || list.validUntil ? `${berlin(list.validFrom)} – ${berlin(list.validUntil)}` : '—'}
                  </td>
                  <td className="px-3 py-2">{list.channels.join(', ')}</td>
                  <td className="px-3 py-2">
                    {[list.company, ...list.groups].filter(Boolean).join(', ') || t('admin.pricing.everyone')}
                  </td>
                  <td className="px-3 py-2 text-right">{list.entries}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pages > 1 && (
        <Pagination page={Math.min(page, pages)} pages={pages} hrefFor={(p) => `/admin/price-lists?page=${p}`} />
      )}
    </>
  );
}
