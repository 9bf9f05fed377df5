import { getLocale, getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { getDb } from '@/lib/platform/db';
import { formatDateTime, formatNumber } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { listJobs, type JobOverview, type JobRunState } from '@/lib/platform/jobs/jobs.reads';

export const generateMetadata = pageTitle('meta.jobs');

const STATE_TONES: Record<JobRunState, BadgeTone> = {
  active: 'info',
  retry: 'warning',
  completed: 'success',
  failed: 'danger',
  cancelled: 'neutral',
};

const KNOWN_JOBS = new Set([
  'send-notifications',
  'record-price-history',
  'cancel-uncollected-orders',
  'delete-abandoned-carts',
]);

function jobName(t: Translate, name: string): string {
  return KNOWN_JOBS.has(name) ? t(`admin.jobs.name.${name as 'send-notifications'}`) : name;
}

function duration(t: Translate, locale: Locale, ms: number | null): string {
  if (ms === null) return '—';
  return ms < 1000
    ? t('admin.jobs.milliseconds', { ms: formatNumber(Math.round(ms), locale) })
    : t('admin.jobs.seconds', { seconds: formatNumber(Math.round(ms / 100) / 10, locale) });
}

function columns(t: Translate, locale: Locale): Array<DataTableColumn<JobOverview>> {
  const when = (date: Date | null | undefined) => (date ? formatDateTime(date, locale) : '—');
  return [
    { key: 'name', header: t('admin.jobs.col.job'), rowHeader: true, cell: (job) => jobName(t, job.name) },
    {
      key: 'schedule',
      header: t('admin.jobs.col.schedule'),
      cell: (job) => (job.schedule ? <code>{job.schedule}</code> : t('admin.jobs.notScheduled')),
    },
    {
      key: 'last',
      header: t('admin.jobs.col.lastRun'),
      nowrap: true,
      cell: (job) =>
        job.lastRun ? (
          <>
            {when(job.lastRun.startedAt)}{' '}
            <Badge tone={STATE_TONES[job.lastRun.state]}>{t(`admin.jobs.state.${job.lastRun.state}`)}</Badge>
          </>
        ) : (
          t('admin.jobs.never')
        ),
    },
    {
      key: 'duration',
      header: t('admin.jobs.col.duration'),
      numeric: true,
      cell: (job) => duration(t, locale, job.lastRun?.durationMs ?? null),
    },
    { key: 'next', header: t('admin.jobs.col.nextRun'), nowrap: true, cell: (job) => when(job.nextRunAt) },
    {
      key: 'failures',
      header: t('admin.jobs.col.failures'),
      cell: (job) =>
        job.recentFailures === 0 ? (
          '0'
        ) : (
          <>
            <Badge tone="danger">{formatNumber(job.recentFailures, locale)}</Badge>
            {job.lastError && (
              <span className="mt-1 block max-w-md text-xs break-words text-gray-700">
                {t('admin.jobs.lastError', { at: when(job.lastError.at), message: job.lastError.message })}
              </span>
            )}
          </>
        ),
    },
  ];
}

/** The background jobs: schedule, last run and its outcome, duration, next run, failures in the last day. */
export default async function AdminJobsPage() {
  const actor = await requirePagePermission('jobs:read', '/admin/jobs');
  const [t, locale, jobs] = await Promise.all([getTranslations(), getLocale(), listJobs(getDb(), actor)]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.jobs.title')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-gray-700">{t('admin.jobs.intro')}</p>
      <DataTable
        className="mt-4"
        caption={t('admin.jobs.title')}
        hideCaption
        columns={columns(t, locale)}
        rows={jobs}
        rowKey={(job) => job.name}
        empty={t('admin.jobs.empty')}
      />
    </>
  );
}
