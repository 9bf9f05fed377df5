import { useLocale, useTranslations } from 'next-intl';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { formatDateTime } from '@/lib/platform/i18n/format';

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

/** The audit log of a record or of the whole back office, newest first. Its caption names its scroll region. */
export function AuditTable({ entries }: { entries: Entry[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const columns: Array<DataTableColumn<Entry>> = [
    { key: 'when', header: t('admin.audit.when'), nowrap: true, cell: (e) => formatDateTime(e.createdAt, locale) },
    { key: 'who', header: t('admin.audit.who'), cell: (e) => e.actor ?? '—' },
    {
      key: 'action',
      header: t('admin.audit.action'),
      cell: (e) => (
        <>
          {e.action} <span className="text-gray-700">({e.entityType})</span>
        </>
      ),
    },
    { key: 'before', header: t('admin.audit.before'), cell: (e) => <Json value={e.before} /> },
    { key: 'after', header: t('admin.audit.after'), cell: (e) => <Json value={e.after} /> },
  ];
  return (
    <DataTable
      caption={t('admin.recentChanges')}
      hideCaption
      columns={columns}
      rows={entries}
      rowKey={(e) => e.id}
      empty={t('admin.noChanges')}
      alignTop
    />
  );
}

function Json({ value }: { value: unknown }) {
  return <span className="font-mono text-xs break-all">{JSON.stringify(value)}</span>;
}
