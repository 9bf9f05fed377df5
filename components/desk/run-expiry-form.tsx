'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ActionStatus } from '@/components/admin/action-status';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { ActionState } from '@/lib/platform/auth/validated-action';

type ExpiryResult = { cancelled: number; failed: number; skipped: boolean };

/** The admins' button that runs the uncollected-orders job now (after asking) and says how many were cancelled. */
export function RunExpiryForm({
  action,
  uncollectedDays,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  uncollectedDays: number;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const result = state?.ok && state.message ? (JSON.parse(state.message) as ExpiryResult) : null;
  const summary =
    result &&
    (result.skipped
      ? t('desk.expiryBusy')
      : [
          t('desk.expiryDone', { count: result.cancelled }),
          result.failed ? t('desk.expiryFailed', { count: result.failed }) : '',
        ]
          .filter(Boolean)
          .join(' '));
  return (
    <form action={formAction} className="rounded-lg border border-gray-200 bg-white p-4">
      <p className="mb-3 text-sm text-gray-700">{t('desk.runExpiryHint', { days: uncollectedDays })}</p>
      <ConfirmDialog
        triggerLabel={t('desk.runExpiry')}
        triggerStyle={{ variant: 'danger', size: 'touch' }}
        title={t('desk.runExpiryTitle')}
        message={t('desk.runExpiryConfirm', { days: uncollectedDays })}
        confirmLabel={t('desk.runExpiryYes')}
        cancelLabel={t('desk.runExpiryNo')}
        pending={pending}
      />
      <ActionStatus state={state} success={summary} />
    </form>
  );
}
