'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';

/** The admins' button that runs the uncollected-orders job now and says how many were cancelled. */
export function RunExpiryForm({
  action,
  uncollectedDays,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  uncollectedDays: number;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const result =
    state?.ok && state.message
      ? (JSON.parse(state.message) as { cancelled: number; failed: number; skipped: boolean })
      : null;
  return (
    <form action={formAction} className="rounded-lg border border-gray-200 bg-white p-4">
      <p id="run-expiry-hint" className="mb-2 text-sm text-gray-700">
        {t('desk.runExpiryHint', { days: uncollectedDays })}
      </p>
      <button
        type="submit"
        aria-describedby="run-expiry-hint"
        disabled={pending}
        className="rounded-md bg-red-800 px-4 py-2 text-white disabled:opacity-60"
      >
        {t('desk.runExpiry')}
      </button>
      <p role="status" className="mt-2 text-sm">
        {result &&
          (result.skipped
            ? t('desk.expiryBusy')
            : [
                t('desk.expiryDone', { count: result.cancelled }),
                result.failed ? t('desk.expiryFailed', { count: result.failed }) : '',
              ]
                .filter(Boolean)
                .join(' '))}
        {state && !state.ok && <span className="text-red-700">{state.formError}</span>}
      </p>
    </form>
  );
}
