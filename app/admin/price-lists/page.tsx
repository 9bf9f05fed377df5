import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { z } from 'zod';
import { PriceListStateBadge } from '@/components/admin/status-badges';
import { ButtonLink } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { StatusMessage } from '@/components/ui/status-message';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import {
  ADMIN_PRICE_LISTS_PAGE_SIZE,
  listAdminPriceLists,
  type AdminPriceListRow,
} from '@/lib/pricing/admin-pricing.reads';
import { getDb } from '@/lib/platform/db';
import { instantToBerlinLocal } from '@/lib/platform/business-time.rules';
import type { Translate } from '@/lib/platform/i18n/messages';
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
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/admin/price-lists/why" className="underline">
            {t('admin.pricing.whyLink')}
          </Link>
          <Link href="/admin/price-lists/consistency" className="underline">
            {t('admin.pricing.consistency')}
          </Link>
          <ButtonLink href="/admin/price-lists/new" size="touch">
            {t('admin.pricing.new')}
          </ButtonLink>
        </div>
      </div>
      <StatusMessage tone="success" className="mt-4">
        {raw.deleted === '1' && t('admin.pricing.deleted')}
      </StatusMessage>
      <DataTable
        caption={t('admin.priceLists')}
        hideCaption
        className="mt-6"
        columns={priceListColumns(t)}
        rows={lists}
        rowKey={(list) => list.id}
        empty={t('admin.pricing.none')}
        stickyFirstColumn
        footer={
          <Pagination page={Math.min(page, pages)} pages={pages} hrefFor={(p) => `/admin/price-lists?page=${p}`} />
        }
      />
    </>
  );
}

function priceListColumns(t: Translate): Array<DataTableColumn<AdminPriceListRow>> {
  return [
    {
      key: 'name',
      header: t('admin.pricing.col.name'),
      rowHeader: true,
      cell: (list) => (
        <Link href={`/admin/price-lists/${list.id}`} className="underline">
          {list.name}
        </Link>
      ),
    },
    { key: 'priority', header: t('admin.pricing.col.priority'), numeric: true, cell: (list) => list.priority },
    { key: 'state', header: t('admin.pricing.col.state'), cell: (list) => <PriceListStateBadge state={list.state} /> },
    {
      key: 'window',
      header: t('admin.pricing.col.window'),
      nowrap: true,
      cell: (list) =>
        list.validFrom || list.validUntil ? `${berlin(list.validFrom)} – ${berlin(list.validUntil)}` : '—',
    },
    { key: 'channels', header: t('admin.pricing.col.channels'), cell: (list) => list.channels.join(', ') },
    {
      key: 'audience',
      header: t('admin.pricing.col.audience'),
      cell: (list) => [list.company, ...list.groups].filter(Boolean).join(', ') || t('admin.pricing.everyone'),
    },
    { key: 'entries', header: t('admin.pricing.col.entries'), numeric: true, cell: (list) => list.entries },
  ];
}
