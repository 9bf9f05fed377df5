import { forbidden, redirect } from 'next/navigation';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StoreChoice } from '@/components/showroom/store-choice';
import { authHref } from '@/lib/platform/auth/auth-links.rules';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { can, storesWhere } from '@/lib/platform/auth/permissions.rules';
import { getDb } from '@/lib/platform/db';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getCategoryTree, getRequestContext } from '@/lib/platform/request-context';
import { listShowroomStores } from '@/lib/showroom/showroom.reads';
import { showroomEntry, showroomStoresFor } from '@/lib/showroom/showroom-stores.rules';
import { enterShowroomAction } from './actions';

export const generateMetadata = pageTitle('showroom.title');

type Props = { searchParams: Promise<{ store?: string | string[] }> };

/**
 * Showroom mode's start: staff choose one of their stores (with one store they go straight in; admins
 * choose any). `?store=BER` offers only that store (a tablet's bookmark) and is refused with 403 to
 * staff of other stores. In a session it is the showroom's home: search, scan or browse.
 */
export default async function ShowroomPage({ searchParams }: Props) {
  const [actor, { store: storeParam }] = await Promise.all([getCurrentActor(), searchParams]);
  if (!actor) redirect(authHref('/sign-in', '/showroom'));
  if (!can(actor, 'showroom:sell')) forbidden();
  const [t, { showroomStoreId }] = await Promise.all([getTranslations(), getRequestContext()]);
  const permitted = showroomStoresFor(storesWhere(actor, 'showroom:sell'), await listShowroomStores(getDb()));
  const asked = typeof storeParam === 'string' ? storeParam : null;
  const offered = asked ? permitted.filter((store) => store.code === asked) : permitted;
  if (asked && offered.length === 0) forbidden();
  if (showroomStoreId && offered.some((store) => store.id === showroomStoreId)) return <ShowroomHome />;
  const entry = showroomEntry(offered);
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-2xl font-bold">{t('showroom.chooseStore')}</h1>
      <p className="mt-2 mb-6 text-gray-800">{t('showroom.chooseIntro')}</p>
      {entry.kind === 'none' ? (
        <p className="rounded border border-gray-200 bg-white p-6">{t('showroom.noStores')}</p>
      ) : (
        <ClientMessages namespaces={['showroom']}>
          <StoreChoice
            stores={entry.kind === 'direct' ? [entry.store] : entry.stores}
            action={enterShowroomAction}
            direct={entry.kind === 'direct'}
          />
        </ClientMessages>
      )}
    </div>
  );
}

async function ShowroomHome() {
  const [t, categories] = await Promise.all([getTranslations(), getCategoryTree()]);
  return (
    <>
      <h1 className="text-3xl font-bold">{t('showroom.homeTitle')}</h1>
      <p className="mt-2 text-gray-800">{t('showroom.homeIntro')}</p>
      <section aria-labelledby="showroom-categories" className="mt-8">
        <h2 id="showroom-categories" className="mb-3 text-xl font-semibold">
          {t('showroom.categories')}
        </h2>
        <ul className="grid grid-cols-2 gap-4 lg:grid-cols-3">
          {categories.map((category) => (
            <li key={category.id}>
              <Link
                href={`/c/${category.path}`}
                className="flex min-h-24 items-center rounded-lg border border-gray-300 bg-white p-4 text-xl font-semibold hover:border-brand-700 focus:outline-2 focus:outline-brand-700"
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
