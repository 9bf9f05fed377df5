import { useLocale, useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/platform/i18n/format';
import { TableScroll } from '@/components/ui/table-scroll';

type Entry = {
  id: number;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actor: string | null;
};

export function AuditTable({ entries }: { entries: Entry[] }) {
  const t = useTranslations();
  const locale = useLocale();
  if (entries.length === 0) return <p className="text-sm text-gray-700">{t('admin.noChanges')}</p>;
  return (
    <TableScroll label={t('admin.recentChanges')}>
      <table className="min-w-full text-left text-sm">
        <thead className="bg-gray-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('admin.audit.when')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('admin.audit.who')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('admin.audit.action')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('admin.audit.before')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('admin.audit.after')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-gray-100">
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(e.createdAt, locale)}</td>
              <td className="px-3 py-2">{e.actor ?? '—'}</td>
              <td className="px-3 py-2">
                {e.action} <span className="text-gray-600">({e.entityType})</span>
              </td>
              <td className="px-3 py-2 font-mono text-xs">{JSON.stringify(e.before)}</td>
              <td className="px-3 py-2 font-mono text-xs">{JSON.stringify(e.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
