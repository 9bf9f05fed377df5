import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { OnOffBadge } from '@/components/admin/status-badges';
import { ButtonLink } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { listAdminChannels, type AdminChannelRow } from '@/lib/assortment/admin-assortment.reads';
import { getDb } from '@/lib/platform/db';
import type { Translate } from '@/lib/platform/i18n/messages';
import { getTranslations } from 'next-intl/server';

export const generateMetadata = pageTitle('admin.channels.title');

export default async function AdminChannelsPage() {
  const actor = await requirePagePermission('channels:read', '/admin/channels');
  const [t, channels] = await Promise.all([getTranslations(), listAdminChannels(getDb(), actor)]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t('admin.channels.title')}</h1>
        <div className="flex items-center gap-4">
          <Link href="/admin/assortment" className="underline">
            {t('admin.assortment.title')}
          </Link>
          {can(actor, 'channels:write') && (
            <ButtonLink href="/admin/channels/new" size="touch">
              {t('admin.channels.new')}
            </ButtonLink>
          )}
        </div>
      </div>
      <DataTable
        caption={t('admin.channels.title')}
        hideCaption
        className="mt-6"
        columns={channelColumns(t)}
        rows={channels}
        rowKey={(channel) => channel.id}
        empty={t('admin.channels.none')}
      />
    </>
  );
}

function channelColumns(t: Translate): Array<DataTableColumn<AdminChannelRow>> {
  return [
    {
      key: 'code',
      header: t('admin.channels.col.code'),
      cell: (c) => <span className="font-mono text-xs">{c.code}</span>,
    },
    {
      key: 'name',
      header: t('admin.channels.col.name'),
      rowHeader: true,
      cell: (c) => (
        <Link href={`/admin/channels/${c.id}`} className="underline">
          {c.name}
        </Link>
      ),
    },
    { key: 'kind', header: t('admin.channels.col.kind'), cell: (c) => t(`admin.channels.kind.${c.kind}`) },
    { key: 'currency', header: t('admin.channels.col.currency'), cell: (c) => c.currency },
    {
      key: 'prices',
      header: t('admin.channels.col.prices'),
      cell: (c) => (c.pricesIncludeVat ? t('admin.channels.gross') : t('admin.channels.net')),
    },
    {
      key: 'active',
      header: t('admin.channels.col.active'),
      cell: (c) => <OnOffBadge on={c.active}>{c.active ? t('admin.channels.yes') : t('admin.channels.no')}</OnOffBadge>,
    },
    { key: 'mode', header: t('admin.channels.col.mode'), cell: (c) => t(`admin.channels.mode.${c.assortmentMode}`) },
    { key: 'listed', header: t('admin.channels.col.listed'), numeric: true, cell: (c) => c.listedProducts },
    { key: 'keys', header: t('admin.channels.col.keys'), numeric: true, cell: (c) => c.activeKeys },
  ];
}
