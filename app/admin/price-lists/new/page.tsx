import { pageTitle } from '@/lib/platform/i18n/page-title';
import { PriceListForm } from '@/components/admin/price-list-form';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { listPricingChoices } from '@/lib/pricing/admin-pricing.reads';
import { getDb } from '@/lib/platform/db';
import { getTranslations } from 'next-intl/server';
import { createPriceListAction } from '@/app/admin/price-lists/actions';
import { BackLink } from '@/components/admin/back-link';

export const generateMetadata = pageTitle('meta.newPriceList');

export default async function NewPriceListPage() {
  const actor = await requirePagePermission('pricing:write', '/admin/price-lists/new');
  const [t, choices] = await Promise.all([getTranslations(), listPricingChoices(getDb(), actor)]);
  return (
    <>
      <BackLink href="/admin/price-lists" label={t('admin.pricing.backToList')} />
      <h1 className="mt-2 mb-4 text-2xl font-bold">{t('admin.pricing.new')}</h1>
      <PriceListForm
        action={createPriceListAction}
        choices={choices}
        submitLabel={t('admin.pricing.create')}
        defaults={{
          name: '',
          priority: 0,
          channelIds: [],
          customerGroupIds: [],
          companyId: null,
          validFrom: '',
          validUntil: '',
          active: true,
          amountsIncludeVat: true,
        }}
      />
    </>
  );
}
