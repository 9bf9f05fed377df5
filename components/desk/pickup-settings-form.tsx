'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { FormField } from '@/components/ui/form-field';

/** The admins' pickup settings: after how many days uncollected orders are cancelled. */
export function PickupSettingsForm({
  action,
  uncollectedDays,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  uncollectedDays: number;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-end gap-4 rounded-lg border border-gray-200 bg-white p-4"
      noValidate
    >
      <div className="max-w-sm">
        <FormField
          label={t('desk.uncollectedDays')}
          hint={t('desk.uncollectedDaysHint')}
          name="uncollectedDays"
          type="number"
          min={1}
          max={90}
          step={1}
          defaultValue={
            state && !state.ok ? (state.values?.uncollectedDays ?? String(uncollectedDays)) : String(uncollectedDays)
          }
          errors={errors.uncollectedDays}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
      >
        {t('desk.save')}
      </button>
      <p role="status" className="text-sm">
        {state?.ok ? (
          t('desk.saved')
        ) : state && !state.ok ? (
          <span className="text-red-700">{state.formError}</span>
        ) : null}
      </p>
    </form>
  );
}
