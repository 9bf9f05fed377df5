'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { ActionStatus } from './action-status';

/** Creates a publishable key for a channel and shows its token (keys name a channel; they are not secret). */
export function PublishableKeyForm({
  action,
  channelId,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  channelId: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form
      action={formAction}
      aria-labelledby="key-form-title"
      className="max-w-3xl rounded-lg border border-gray-200 bg-white p-4"
      noValidate
    >
      <h3 id="key-form-title" className="mb-3 font-semibold">
        {t('admin.channels.keys.newTitle')}
      </h3>
      <input type="hidden" name="channelId" value={channelId} />
      <div className="flex flex-wrap items-start gap-3">
        <Field
          label={t('admin.channels.keys.nameField')}
          errors={failed?.fieldErrors?.name}
          className="min-w-64 flex-1"
        >
          <Input name="name" required maxLength={80} defaultValue={failed?.values?.name ?? ''} />
        </Field>
        {/* mt-6: level with the input below its label, also when the field shows an error. */}
        <Button type="submit" size="touch" pending={pending} className="mt-6">
          {t('admin.channels.keys.create')}
        </Button>
      </div>
      <ActionStatus
        state={state}
        className="mt-3 break-all"
        success={
          state?.ok &&
          state.message && (
            <>
              {t('admin.channels.keys.created')}{' '}
              <code className="rounded bg-white px-1 font-mono">{state.message}</code>
            </>
          )
        }
      />
    </form>
  );
}
