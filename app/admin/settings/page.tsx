import { pageTitle } from '@/lib/platform/i18n/page-title';
import { PricingSettingsForm } from '@/components/admin/pricing-settings-form';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { getPricingSettings } from '@/lib/pricing/pricing-settings.reads';
import { getDb } from '@/lib/platform/db';
import { getTranslations } from 'next-intl/server';
import { updatePricingSettingsAction } from './actions';

export const generateMetadata = pageTitle('admin.settings.title');

/** Basis points as the percentage a person types ("10", "7.5"). */
const percentText = (bp: number) => (bp / 100).toString();

export default async function AdminSettingsPage() {
  const actor = await requirePagePermission('pricing:read', '/admin/settings');
  const [t, settings] = await Promise.all([getTranslations(), getPricingSettings(getDb())]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.settings.title')}</h1>
      <section aria-labelledby="settings-pricing" className="mt-6">
        <h2 id="settings-pricing" className="mb-2 text-lg font-semibold">
          {t('admin.settings.pricing')}
        </h2>
        <PricingSettingsForm
          action={updatePricingSettingsAction}
          disabled={!can(actor, 'pricing:write')}
          defaults={{
            regretWindowDays: String(settings.regretWindowDays),
            regretThresholdPercent: percentText(settings.regretThresholdBp),
            consistencySpreadPercent: percentText(settings.consistencySpreadBp),
          }}
        />
      </section>
    </>
  );
}
