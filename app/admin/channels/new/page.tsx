import type { Metadata } from 'next';
import { BackLink } from '@/components/admin/back-link';
import { ChannelForm } from '@/components/admin/channel-form';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { listChannelLocationChoices } from '@/lib/assortment/admin-assortment.reads';
import { getDb } from '@/lib/platform/db';
import { getTranslator } from '@/lib/platform/i18n/server';
import { createChannelAction } from '@/app/admin/channels/actions';
import { channelFormLabels } from '@/app/admin/channels/labels';

export const metadata: Metadata = { title: 'New channel' };

export default async function NewChannelPage() {
  const actor = await requirePagePermission('channels:read', '/admin/channels/new');
  const [t, locations] = await Promise.all([getTranslator(), listChannelLocationChoices(getDb(), actor)]);
  return (
    <>
      <BackLink href="/admin/channels" label={t('admin.channels.backToList')} />
      <h1 className="mt-2 mb-4 text-2xl font-bold">{t('admin.channels.new')}</h1>
      {can(actor, 'channels:write') ? (
        <ChannelForm
          action={createChannelAction}
          locations={locations}
          labels={channelFormLabels(t, t('admin.channels.create'))}
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
