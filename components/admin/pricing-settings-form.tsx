'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { ActionStatus } from './action-status';

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
      className="grid max-w-3xl items-start gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-3"
      noValidate
    >
      <Field
        label={t('admin.settings.regretWindowDays')}
        hint={t('admin.settings.regretWindowHint')}
        errors={errors.regretWindowDays}
      >
        <Input
          name="regretWindowDays"
          type="number"
          min={1}
          max={365}
          step={1}
          defaultValue={value('regretWindowDays')}
          disabled={disabled}
        />
      </Field>
      <Field
        label={t('admin.settings.regretThreshold')}
        hint={t('admin.settings.regretThresholdHint')}
        errors={errors.regretThresholdPercent}
      >
        <Input
          name="regretThresholdPercent"
          inputMode="decimal"
          defaultValue={value('regretThresholdPercent')}
          disabled={disabled}
        />
      </Field>
      <Field
        label={t('admin.settings.consistencySpread')}
        hint={t('admin.settings.consistencySpreadHint')}
        errors={errors.consistencySpreadPercent}
      >
        <Input
          name="consistencySpreadPercent"
          inputMode="decimal"
          defaultValue={value('consistencySpreadPercent')}
          disabled={disabled}
        />
      </Field>
      <div className="sm:col-span-3">
        <div>
          <Button type="submit" size="touch" pending={pending} disabled={disabled}>
            {t('admin.settings.save')}
          </Button>
        </div>
        <ActionStatus state={state} success={t('admin.settings.saved')} />
      </div>
    </form>
  );
}
