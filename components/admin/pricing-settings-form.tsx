'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { FormField } from '@/components/ui/form-field';

/** The pricing thresholds: price-regret window and threshold, consistency spread. */
export function PricingSettingsForm({
  action,
  defaults,
  disabled,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  defaults: { regretWindowDays: string; regretThresholdPercent: string; consistencySpreadPercent: string };
  disabled: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const typed = state && !state.ok ? (state.values ?? {}) : {};
  const value = (name: keyof typeof defaults) => typed[name] ?? defaults[name];
  return (
    <form
      action={formAction}
      className="grid max-w-3xl gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3"
      noValidate
    >
      <FormField
        label={t('admin.settings.regretWindowDays')}
        hint={t('admin.settings.regretWindowHint')}
        name="regretWindowDays"
        type="number"
        min={1}
        max={365}
        step={1}
        defaultValue={value('regretWindowDays')}
        errors={errors.regretWindowDays}
        disabled={disabled}
      />
      <FormField
        label={t('admin.settings.regretThreshold')}
        hint={t('admin.settings.regretThresholdHint')}
        name="regretThresholdPercent"
        inputMode="decimal"
        defaultValue={value('regretThresholdPercent')}
        errors={errors.regretThresholdPercent}
        disabled={disabled}
      />
      <FormField
        label={t('admin.settings.consistencySpread')}
        hint={t('admin.settings.consistencySpreadHint')}
        name="consistencySpreadPercent"
        inputMode="decimal"
        defaultValue={value('consistencySpreadPercent')}
        errors={errors.consistencySpreadPercent}
        disabled={disabled}
      />
      <div className="flex items-center gap-4 sm:col-span-3">
        <button
          type="submit"
          disabled={pending || disabled}
          className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
        >
          {t('admin.settings.save')}
        </button>
        <p role="status" className="text-sm">
          {state?.ok ? (
            t('admin.settings.saved')
          ) : state && !state.ok ? (
            <span className="text-red-700">{state.formError}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
