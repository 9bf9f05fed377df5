import { forbidden, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CustomerCreateForm } from '@/components/showroom/customer-create-form';
import { CustomerProfile } from '@/components/showroom/customer-profile';
import { CustomerSearch } from '@/components/showroom/customer-search';
import { getShowroomCustomerProfile } from '@/lib/customers/showroom-customers.reads';
import { authHref } from '@/lib/platform/auth/auth-links.rules';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { can } from '@/lib/platform/auth/permissions.rules';
import { getDb } from '@/lib/platform/db';
import { ClientMessages } from '@/lib/platform/i18n/client-messages';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getRequestContext } from '@/lib/platform/request-context';

export const generateMetadata = pageTitle('showroomCustomer.title');

/**
 * The customer in context of a showroom session (docs/showroom.md): their profile when one is chosen;
 * find one by e-mail, phone or customer number, or create one with the consent they give. Outside a
 * session staff go to /showroom to open one.
 */
export default async function ShowroomCustomerPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect(authHref('/sign-in', '/showroom/customer'));
  if (!can(actor, 'showroom:sell')) forbidden();
  const [t, { showroomStoreId, showroomCustomer }] = await Promise.all([getTranslations(), getRequestContext()]);
  if (!showroomStoreId) redirect('/showroom');
  const profile = showroomCustomer
    ? await getShowroomCustomerProfile(getDb(), actor, showroomStoreId, showroomCustomer.profileId)
    : null;
  return (
    <ClientMessages namespaces={['showroomCustomer']}>
      <h1 className="mb-4 text-3xl font-bold">{t('showroomCustomer.title')}</h1>
      {profile ? (
        <CustomerProfile profile={profile} />
      ) : (
        <p className="max-w-3xl text-gray-800">{t('showroomCustomer.walkInIntro')}</p>
      )}
      <div
        className={
          profile ? 'mt-10 grid gap-10 border-t border-gray-300 pt-8 lg:grid-cols-2' : 'mt-6 grid gap-10 lg:grid-cols-2'
        }
      >
        <CustomerSearch autoFocus={!profile} />
        <CustomerCreateForm />
      </div>
    </ClientMessages>
  );
}
