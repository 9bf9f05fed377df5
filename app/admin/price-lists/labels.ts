import type { PriceEntryFormLabels } from '@/components/admin/price-entry-form';
import type { PriceListFormLabels } from '@/components/admin/price-list-form';
import type { RegretLabels } from '@/components/admin/regret-review';
import type { Translate } from '@/lib/platform/i18n/translate';

export function priceListFormLabels(t: Translate, submit: string): PriceListFormLabels {
  return {
    name: t('admin.pricing.field.name'),
    priority: t('admin.pricing.field.priority'),
    channels: t('admin.pricing.field.channels'),
    groups: t('admin.pricing.field.groups'),
    company: t('admin.pricing.field.company'),
    noCompany: t('admin.pricing.field.noCompany'),
    validFrom: t('admin.pricing.field.validFrom'),
    validUntil: t('admin.pricing.field.validUntil'),
    active: t('admin.pricing.field.active'),
    amountsIncludeVat: t('admin.pricing.field.amountsIncludeVat'),
    submit,
    saved: t('admin.pricing.saved'),
  };
}

export function priceEntryFormLabels(t: Translate): PriceEntryFormLabels {
  return {
    title: t('admin.pricing.entry.newTitle'),
    target: t('admin.pricing.entry.target'),
    targetKey: t('admin.pricing.entry.targetKey'),
    kinds: {
      category: t('admin.pricing.entry.kind.category'),
      product: t('admin.pricing.entry.kind.product'),
      variant: t('admin.pricing.entry.kind.variant'),
      all: t('admin.pricing.entry.kind.all'),
    },
    minQuantity: t('admin.pricing.entry.from'),
    adjustment: t('admin.pricing.entry.adjustment'),
    adjustments: {
      percent: t('admin.pricing.entry.percent'),
      amount: t('admin.pricing.entry.amount'),
      fixed: t('admin.pricing.entry.fixed'),
    },
    value: t('admin.pricing.entry.value'),
    submit: t('admin.pricing.entry.add'),
    added: t('admin.pricing.entry.added'),
  };
}

export function regretLabels(t: Translate): RegretLabels {
  const keys = [
    'title',
    'table',
    'intro',
    'product',
    'sku',
    'newPrice',
    'paid',
    'drop',
    'orders',
    'customers',
    'more',
    'cancel',
    'cancelled',
    'proceed',
    'credit',
    'noCredit',
    'credited',
  ] as const;
  return Object.fromEntries(keys.map((key) => [key, t(`admin.regret.${key}`)])) as RegretLabels;
}
