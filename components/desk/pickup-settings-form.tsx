'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ActionStatus } from '@/components/admin/action-status';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { ActionState } from '@/lib/platform/auth/validated-action';

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
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="rounded-lg border border-gray-200 bg-white p-4" noValidate>
      <div className="flex flex-wrap items-start gap-4">
        <Field
          label={t('desk.uncollectedDays')}
          hint={t('desk.uncollectedDaysHint')}
          errors={failed?.fieldErrors?.uncollectedDays}
          className="max-w-sm"
        >
          <Input
            name="uncollectedDays"
            type="number"
            min={1}
            max={90}
            step={1}
            defaultValue={failed?.values?.uncollectedDays ?? String(uncollectedDays)}
          />
        </Field>
        {/* mt-6: level with the input below its label. */}
        <Button type="submit" size="touch" pending={pending} className="mt-6">
          {t('desk.save')}
        </Button>
      </div>
      <ActionStatus state={state} success={t('desk.saved')} />
    </form>
  );
}
