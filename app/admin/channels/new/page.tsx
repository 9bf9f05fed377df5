import { pageTitle } from '@/lib/platform/i18n/page-title';
import { BackLink } from '@/components/admin/back-link';
import { ChannelForm } from '@/components/admin/channel-form';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { listChannelLocationChoices } from '@/lib/assortment/admin-assortment.reads';
import { getDb } from '@/lib/platform/db';
import { getTranslations } from 'next-intl/server';
import { createChannelAction } from '@/app/admin/channels/actions';

export const generateMetadata = pageTitle('meta.newChannel');

export default async function NewChannelPage() {
  const actor = await requirePagePermission('channels:read', '/admin/channels/new');
  const [t, locations] = await Promise.all([getTranslations(), listChannelLocationChoices(getDb(), actor)]);
  return (
    <>
      <BackLink href="/admin/channels" label={t('admin.channels.backToList')} />
      <h1 className="mt-2 mb-4 text-2xl font-bold">{t('admin.channels.new')}</h1>
      {can(actor, 'channels:write') ? (
        <ChannelForm
          action={createChannelAction}
          locations={locations}
          submitLabel={t('admin.channels.create')}
          defaults={{
            code: '',
            name: '',
            kind: 'online',
            currency: 'EUR',
            pricesIncludeVat: true,
            active: true,
            assortmentMode: 'all',
            locationIds: [],
          }}
        />
      ) : (
        <p className="rounded border border-gray-200 bg-white p-6">{t('admin.channels.readOnly')}</p>
      )}
    </>
  );
}
