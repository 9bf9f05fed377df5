import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { getDb } from '@/lib/platform/db';
import { formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { Translate } from '@/lib/platform/i18n/messages';
import { pageTitle } from '@/lib/platform/i18n/page-title';
import { listShippingChannels, type AdminShippingChannel } from '@/lib/shipping/shipping.reads';
import type { RatedMethod } from '@/lib/shipping/shipping.rules';

export const generateMetadata = pageTitle('admin.shipping.title');

export default async function AdminShippingPage() {
  await requirePagePermission('channels:read', '/admin/shipping');
  const [t, locale, channels] = await Promise.all([getTranslations(), getLocale(), listShippingChannels(getDb())]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.shipping.title')}</h1>
      <p className="mt-2 max-w-3xl text-gray-700">{t('admin.shipping.intro')}</p>
      <DataTable
        caption={t('admin.shipping.title')}
        hideCaption
        className="mt-6"
        columns={columns(t as unknown as Translate, locale as Locale)}
        rows={channels}
        rowKey={(c) => c.id}
        empty="—"
      />
    </>
  );
}

function columns(t: Translate, locale: Locale): Array<DataTableColumn<AdminShippingChannel>> {
  const summary = (channel: AdminShippingChannel, method: RatedMethod) => {
    const rate = channel.rates.find((r) => r.method === method);
    if (!rate) return t('admin.shipping.none');
    const money = (amount: number) => formatMoney({ amount, currency: channel.currency }, locale);
    return rate.freeFromAmount === null
      ? t('admin.shipping.summaryNoThreshold', { flat: money(rate.flatAmount) })
      : t('admin.shipping.summary', { flat: money(rate.flatAmount), freeFrom: money(rate.freeFromAmount) });
  };
  return [
    {
      key: 'name',
      header: t('admin.shipping.channel'),
      rowHeader: true,
      cell: (c) => (
        <Link
          href={`/admin/shipping/${c.id}`}
          className="inline-flex min-h-11 items-center underline"
          aria-label={t('admin.shipping.edit', { channel: c.name })}
        >
          {c.name}
        </Link>
      ),
    },
    { key: 'delivery', header: t('admin.shipping.delivery'), cell: (c) => summary(c, 'delivery') },
    { key: 'shipToStore', header: t('admin.shipping.shipToStore'), cell: (c) => summary(c, 'ship_to_store') },
  ];
}
