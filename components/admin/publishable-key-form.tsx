'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { FieldError } from './field-error';

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
  const errors = failed?.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      aria-labelledby="key-form-title"
      className="grid max-w-3xl gap-3 rounded-lg border border-gray-200 bg-white p-4"
      noValidate
    >
      <h3 id="key-form-title" className="font-semibold">
        {t('admin.channels.keys.newTitle')}
      </h3>
      <input type="hidden" name="channelId" value={channelId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="key-name" className="mb-1 block text-sm font-medium">
            {t('admin.channels.keys.nameField')}
          </label>
          <input
            id="key-name"
            name="name"
            required
            maxLength={80}
            defaultValue={failed?.values?.name ?? ''}
            aria-invalid={errors.name?.length ? true : undefined}
            aria-describedby={errors.name?.length ? 'key-name-error' : undefined}
            className="w-full rounded-md border border-gray-400 px-3 py-2"
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
        >
          {t('admin.channels.keys.create')}
        </button>
      </div>
      <FieldError id="key-name-error" errors={errors.name} />
      <p role="status" className="text-sm break-all">
        {state?.ok && state.message ? (
          <>
            {t('admin.channels.keys.created')}{' '}
            <code className="rounded bg-gray-100 px-1 font-mono">{state.message}</code>
          </>
        ) : failed?.formError ? (
          <span className="text-red-700">{failed.formError}</span>
        ) : null}
      </p>
    </form>
  );
}
