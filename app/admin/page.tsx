import { pageTitle } from '@/lib/platform/i18n/page-title';
import { AuditTable } from '@/components/admin/audit-table';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { getDashboardStats } from '@/lib/catalog/admin-catalog.reads';
import { getDb } from '@/lib/platform/db';
import { formatNumber } from '@/lib/platform/i18n/format';
import { getLocale, getTranslations } from 'next-intl/server';

export const generateMetadata = pageTitle('admin.dashboard');

export default async function AdminDashboardPage() {
  const actor = await requirePagePermission('backoffice:access', '/admin');
  const [t, locale, stats] = await Promise.all([getTranslations(), getLocale(), getDashboardStats(getDb(), actor)]);
  const tiles = [
    [t('admin.stats.products'), stats.products],
    [t('admin.stats.variants'), stats.variants],
    [t('admin.stats.channels'), stats.activeChannels],
    [t('admin.stats.outOfStock'), stats.soldOutVariants],
  ] as const;
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.dashboard')}</h1>
      <dl className="mt-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        {tiles.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-gray-200 bg-white p-4">
            <dt className="text-sm text-gray-700">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold">{formatNumber(value, locale)}</dd>
          </div>
        ))}
      </dl>
      {/* Not a named region: the audit table's scroll area already carries this name. */}
      <section className="mt-10">
        <h2 className="mb-3 text-lg font-semibold">{t('admin.recentChanges')}</h2>
        <AuditTable entries={stats.recent} />
      </section>
    </>
  );
}
