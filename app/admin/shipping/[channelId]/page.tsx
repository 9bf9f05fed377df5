import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/admin/back-link';
import { ShippingRateForm } from '@/components/admin/shipping-rate-form';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { getDb } from '@/lib/platform/db';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { isUuid } from '@/lib/checkout/checkout.writes';
import { listShippingChannels } from '@/lib/shipping/shipping.reads';
import { RATED_METHODS } from '@/lib/shipping/shipping.rules';
import { unitsText } from '@/lib/shipping/shipping.schemas';
import { saveShippingRateAction } from '../actions';

export const generateMetadata = pageTitle('admin.shipping.title');

type Props = { params: Promise<{ channelId: string }> };

/** One channel's shipping: a form per rated method; pickup is always free. */
export default async function AdminChannelShippingPage({ params }: Props) {
  const { channelId } = await params;
  const actor = await requirePagePermission('channels:read', `/admin/shipping/${channelId}`);
  const [channel] = isUuid(channelId) ? await listShippingChannels(getDb(), channelId) : [];
  if (!channel) notFound();
  const t = await getTranslations('admin.shipping');
  const legends = { delivery: t('delivery'), ship_to_store: t('shipToStore') };
  return (
    <>
      <BackLink href="/admin/shipping" label={t('title')} />
      <h1 className="mt-2 text-2xl font-bold">{t('channelTitle', { channel: channel.name })}</h1>
      <p className="mt-2 text-gray-700">{channel.pricesIncludeVat ? t('basisGross') : t('basisNet')}</p>
      <p className="mt-1 text-gray-700">{t('pickupFree')}</p>
      <div className="mt-6 space-y-6">
        {RATED_METHODS.map((method) => {
          const rate = channel.rates.find((r) => r.method === method);
          return (
            <ShippingRateForm
              key={method}
              action={saveShippingRateAction}
              channelId={channel.id}
              method={method}
              legend={legends[method]}
              currency={channel.currency}
              disabled={!can(actor, 'shipping:write')}
              defaults={{
                flatAmount: rate ? unitsText(rate.flatAmount) : '',
                freeFromAmount: unitsText(rate?.freeFromAmount ?? null),
                bulkyTag: rate?.bulkyTag ?? '',
                bulkySurchargeAmount: rate ? unitsText(rate.bulkySurchargeAmount) : '',
              }}
            />
          );
        })}
      </div>
    </>
  );
}
