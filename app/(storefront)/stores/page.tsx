import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { StoreChooseButton } from '@/components/storefront/store-choose-button';
import { StoreHours } from '@/components/storefront/store-hours';
import { Badge } from '@/components/ui/badge';
import { listStoreDetails } from '@/lib/inventory/stores.reads';
import { PREFERRED_STORE_COOKIE } from '@/lib/inventory/preferred-store.rules';
import { getDb } from '@/lib/platform/db';
import { getTranslations } from 'next-intl/server';
import { getStorefrontChannel } from '@/lib/platform/request-context';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('stores.title') };
}

/** Store finder: every active store with address, opening hours, click & collect and "Make this my store". Not page-cached. */
export default async function StoresPage() {
  const [t, channel, jar] = await Promise.all([getTranslations(), getStorefrontChannel(), cookies()]);
  const stores = await listStoreDetails(getDb(), channel);
  const preferred = jar.get(PREFERRED_STORE_COOKIE)?.value;
  return (
    <ClientMessages namespaces={['stores']}>
      <h1 className="text-2xl font-bold sm:text-3xl">{t('stores.title')}</h1>
      <p className="mt-2 text-gray-700">{t('stores.intro')}</p>
      {stores.length === 0 ? (
        <p className="mt-6">{t('stores.none')}</p>
      ) : (
        <ul className="mt-6 grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {stores.map((store) => (
            <li key={store.code}>
              <article
                aria-labelledby={`store-${store.code}`}
                className="h-full space-y-3 rounded-lg border border-gray-200 p-4"
                data-testid="store"
              >
                <h2 id={`store-${store.code}`} className="text-lg font-semibold">
                  {store.name}
                </h2>
                <div>
                  <h3 className="sr-only">{t('stores.address')}</h3>
                  <address className="text-sm not-italic">
                    {store.street}
                    <br />
                    {store.postalCode} {store.city}
                  </address>
                </div>
                <div>
                  <h3 className="mb-1 text-sm font-semibold">{t('stores.openingHours')}</h3>
                  <StoreHours hours={store.openingHours} />
                </div>
                <p className="text-sm">{store.pickup ? t('stores.clickCollect') : t('stores.noClickCollect')}</p>
                {store.pickup &&
                  (store.code === preferred ? (
                    <Badge tone="success">{t('stores.isMine')}</Badge>
                  ) : (
                    <StoreChooseButton code={store.code} storeName={store.name} />
                  ))}
              </article>
            </li>
          ))}
        </ul>
      )}
    </ClientMessages>
  );
}
