import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { TableScroll } from '@/components/ui/table-scroll';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { listAdminChannels } from '@/lib/assortment/admin-assortment.reads';
import { getDb } from '@/lib/platform/db';
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
            <Link href="/admin/channels/new" className="rounded-md bg-gray-900 px-4 py-2 text-white">
              {t('admin.channels.new')}
            </Link>
          )}
        </div>
      </div>
      {channels.length === 0 ? (
        <p className="mt-6 rounded border border-gray-200 bg-white p-6 text-center">{t('admin.channels.none')}</p>
      ) : (
        <TableScroll label={t('admin.channels.title')} className="mt-6">
          <table className="min-w-full text-left text-sm">
            <thead className="bg-gray-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('admin.channels.col.code')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.channels.col.name')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.channels.col.kind')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.channels.col.currency')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.channels.col.prices')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.channels.col.active')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('admin.channels.col.mode')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('admin.channels.col.listed')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('admin.channels.col.keys')}
                </th>
              </tr>
            </thead>
            <tbody>
              {channels.map((channel) => (
                <tr key={channel.id} className="border-t border-gray-100">
                  <td className="px-3 py-2 font-mono text-xs">{channel.code}</td>
                  <td className="px-3 py-2">
                    <Link href={`/admin/channels/${channel.id}`} className="underline">
                      {channel.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{t(`admin.channels.kind.${channel.kind}`)}</td>
                  <td className="px-3 py-2">{channel.currency}</td>
                  <td className="px-3 py-2">
                    {channel.pricesIncludeVat ? t('admin.channels.gross') : t('admin.channels.net')}
                  </td>
                  <td className="px-3 py-2">{channel.active ? t('admin.channels.yes') : t('admin.channels.no')}</td>
                  <td className="px-3 py-2">{t(`admin.channels.mode.${channel.assortmentMode}`)}</td>
                  <td className="px-3 py-2 text-right">{channel.listedProducts}</td>
                  <td className="px-3 py-2 text-right">{channel.activeKeys}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
