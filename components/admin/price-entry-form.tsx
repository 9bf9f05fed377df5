'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { FormField } from '@/components/ui/form-field';
import { RegretReview } from './regret-review';

const TARGET_KINDS = ['category', 'product', 'variant', 'all'] as const;
const ADJUSTMENTS = ['percent', 'amount', 'fixed'] as const;

/** Adds one entry (a target, a tier and a price or reduction) to a price list. */
export function PriceEntryForm({
  action,
  priceListId,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  priceListId: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
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
      <div className="sm:col-span-2">
        <label htmlFor="entry-kind" className="mb-1 block text-sm font-medium">
          {t('admin.pricing.entry.target')}
        </label>
        <select
          key={typed.targetKind ?? 'category'}
          id="entry-kind"
          name="targetKind"
          defaultValue={typed.targetKind ?? 'category'}
          className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
        >
          {TARGET_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`admin.pricing.entry.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-4">
        <FormField
          label={t('admin.pricing.entry.targetKey')}
          name="target"
          defaultValue={typed.target ?? ''}
          errors={errors.target}
        />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="entry-adjustment" className="mb-1 block text-sm font-medium">
          {t('admin.pricing.entry.adjustment')}
        </label>
        <select
          key={typed.adjustmentKind ?? 'percent'}
          id="entry-adjustment"
          name="adjustmentKind"
          defaultValue={typed.adjustmentKind ?? 'percent'}
          className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
        >
          {ADJUSTMENTS.map((k) => (
            <option key={k} value={k}>
              {t(`admin.pricing.entry.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <FormField
          label={t('admin.pricing.entry.value')}
          name="value"
          inputMode="decimal"
          defaultValue={typed.value ?? ''}
          errors={errors.value}
        />
      </div>
      <div className="sm:col-span-2">
        <FormField
          label={t('admin.pricing.entry.from')}
          name="minQuantity"
          type="number"
          min={1}
          step={1}
          defaultValue={typed.minQuantity ?? '1'}
          errors={errors.minQuantity}
        />
      </div>
      <div className="flex items-center gap-4 sm:col-span-6">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
        >
          {t('admin.pricing.entry.add')}
        </button>
        <p role="status" className="text-sm">
          {state?.ok ? (
            t('admin.pricing.entry.added')
          ) : state && !state.ok ? (
            <span className="text-red-700">{state.formError}</span>
          ) : null}
        </p>
      </div>
      <div className="sm:col-span-6">
        <RegretReview state={state} pending={pending} />
      </div>
    </form>
  );
}
