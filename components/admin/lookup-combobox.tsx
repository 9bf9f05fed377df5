'use client';

import { useTranslations } from 'next-intl';
import { Combobox, type ComboboxItem } from '@/components/ui/combobox';

export type LookupKind = 'categories' | 'products' | 'variants' | 'brands';

/**
 * Pick a category, product, variant or brand by typing part of its name instead of knowing its path,
 * slug or SKU: the items come from the back office's lookup (app/admin/lookup/[kind]), and the chosen
 * item's key is posted under `name` as the forms always took it.
 */
export function LookupCombobox({
  kind,
  name,
  label,
  errors,
  defaultKey,
  className,
}: {
  kind: LookupKind;
  name: string;
  /** Instead of the kind's own label ("Category"). */
  label?: string;
  errors?: readonly string[];
  /** The key chosen before (a page's query, a form sent back): shown as typed until something else is chosen. */
  defaultKey?: string;
  className?: string;
}) {
  const t = useTranslations('admin.lookup');
  const defaultItem: ComboboxItem | null = defaultKey ? { id: defaultKey, label: defaultKey } : null;
  return (
    <Combobox
      source={`/admin/lookup/${kind}`}
      name={name}
      label={label ?? t(`${kind}.label`)}
      hint={t(`${kind}.hint`)}
      errors={errors}
      defaultItem={defaultItem}
      emptyText={t('empty')}
      loadingText={t('loading')}
      errorText={t('failed')}
      className={className}
    />
  );
}
