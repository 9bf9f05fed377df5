import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { PickupSettingsForm } from '@/components/desk/pickup-settings-form';
import { RunExpiryForm } from '@/components/desk/run-expiry-form';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { listDeskStores } from '@/lib/pickup/pickup-desk.reads';
import { getPickupSettings } from '@/lib/pickup/pickup-settings.reads';
import { getDb } from '@/lib/platform/db';
import { getTranslations } from 'next-intl/server';
import { cancelUncollectedNowAction, updatePickupSettingsAction } from './actions';

export const generateMetadata = pageTitle('meta.deskStores');

export default async function StoreDeskIndexPage() {
  const actor = await requirePagePermission('orders:manage', '/store-desk');
  const decidesForAllStores = can(actor, 'pickup:settings');
  const [t, stores, settings] = await Promise.all([
    getTranslations(),
    listDeskStores(getDb(), actor),
    getPickupSettings(getDb()),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('desk.title')}</h1>
      <section aria-labelledby="desk-stores" className="mt-6">
        <h2 id="desk-stores" className="mb-2 text-lg font-semibold">
          {t('desk.stores')}
        </h2>
        {stores.length === 0 ? (
          <p className="rounded border border-gray-200 bg-white p-6 text-center">{t('desk.noStores')}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-3">
            {stores.map((store) => (
              <li key={store.id}>
                <Link
                  href={`/store-desk/${encodeURIComponent(store.code)}`}
                  className="block rounded-lg border border-gray-200 bg-white p-4 hover:border-gray-900 focus:outline-2 focus:outline-gray-900"
                >
                  <span className="block font-semibold underline">{store.name}</span>
                  <span className="text-sm text-gray-700">
                    {store.code} · {store.city}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {decidesForAllStores && (
        <section aria-labelledby="desk-settings" className="mt-8 grid gap-4">
          <h2 id="desk-settings" className="text-lg font-semibold">
            {t('desk.settings')}
          </h2>
          <PickupSettingsForm action={updatePickupSettingsAction} uncollectedDays={settings.uncollectedDays} />
          <RunExpiryForm action={cancelUncollectedNowAction} uncollectedDays={settings.uncollectedDays} />
        </section>
      )}
    </>
  );
}
