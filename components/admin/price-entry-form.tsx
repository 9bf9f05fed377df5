'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { ActionStatus } from './action-status';
import { KindSelect } from './kind-select';
import { LookupCombobox } from './lookup-combobox';
import { RegretReview, type PriceWriteAction } from './regret-review';

const TARGET_KINDS = ['category', 'product', 'variant', 'all'] as const;
type TargetKind = (typeof TARGET_KINDS)[number];
const ADJUSTMENTS = ['percent', 'amount', 'fixed'] as const;
/** Where each kind's targets are looked up; the chosen item's id is the key the action takes. */
const LOOKUP = { category: 'categories', product: 'products', variant: 'variants' } as const;

/** Adds one entry (a target, a tier and a price or reduction) to a price list. */
export function PriceEntryForm({ action, priceListId }: { action: PriceWriteAction; priceListId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const [kind, setKind] = useState<TargetKind>('category');
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const typed = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form
      action={formAction}
      aria-labelledby="entry-form-title"
      className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-6"
      noValidate
    >
      <h3 id="entry-form-title" className="font-semibold sm:col-span-6">
        {t('admin.pricing.entry.newTitle')}
      </h3>
      <input type="hidden" name="priceListId" value={priceListId} />
      <KindSelect
        label={t('admin.pricing.entry.target')}
        name="targetKind"
        initial={kind}
        onKindChange={setKind}
        options={TARGET_KINDS.map((k) => ({ value: k, label: t(`admin.pricing.entry.kind.${k}`) }))}
        errors={errors.targetKind}
        className="sm:col-span-2"
      />
      <div className="sm:col-span-4">
        {kind === 'all' ? (
          <input type="hidden" name="target" value="" />
        ) : (
          // A new kind is a new question: the combobox starts empty.
          <LookupCombobox key={kind} kind={LOOKUP[kind]} name="target" errors={errors.target} />
        )}
      </div>
      <EntryPriceFields typed={typed} errors={errors} />
      <div className="sm:col-span-6">
        <Button type="submit" size="touch" pending={pending}>
          {t('admin.pricing.entry.add')}
        </Button>
        <ActionStatus state={state} success={t('admin.pricing.entry.added')} />
        <RegretReview state={state} pending={pending} />
      </div>
    </form>
  );
}

function EntryPriceFields({
  typed,
  errors,
}: {
  typed: Record<string, string>;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations();
  // React applies a select's defaultValue only when it mounts, and resets the form after every
  // submit: keyed by its value, the select remounts with what was sent.
  const adjustment = typed.adjustmentKind ?? 'percent';
  return (
    <>
      <Field label={t('admin.pricing.entry.adjustment')} errors={errors.adjustmentKind} className="sm:col-span-2">
        <Select
          key={adjustment}
          name="adjustmentKind"
          defaultValue={adjustment}
          options={ADJUSTMENTS.map((k) => ({ value: k, label: t(`admin.pricing.entry.${k}`) }))}
        />
      </Field>
      <Field label={t('admin.pricing.entry.value')} errors={errors.value} className="sm:col-span-2">
        <Input name="value" inputMode="decimal" defaultValue={typed.value ?? ''} />
      </Field>
      <Field label={t('admin.pricing.entry.from')} errors={errors.minQuantity} className="sm:col-span-2">
        <Input name="minQuantity" type="number" min={1} step={1} defaultValue={typed.minQuantity ?? '1'} />
      </Field>
    </>
  );
}
