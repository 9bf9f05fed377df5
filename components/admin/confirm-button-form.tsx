'use client';

import { useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import type { ButtonSize, ButtonVariant } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { ActionStatus } from './action-status';

/**
 * A one-button form for a destructive action (delete, revoke, cancel): the button asks in a
 * ConfirmDialog, confirming submits the form to its server action, a refusal is shown beside it.
 */
export function ConfirmButtonForm({
  action,
  fields,
  label,
  title,
  confirm,
  confirmLabel,
  cancelLabel,
  variant = 'danger',
  size = 'md',
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  /** The trigger's text; name the record when a page has several ("Revoke “Shop app”"), if need be for screen readers only. */
  label: ReactNode;
  title: string;
  /** The question in full: what happens and whether it can be undone. */
  confirm: string;
  confirmLabel: string;
  /** Instead of "Cancel", where the action itself is a cancellation ("Keep order"). */
  cancelLabel?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
}) {
  const t = useTranslations('ui');
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmDialog
        triggerLabel={label}
        triggerStyle={{ variant, size }}
        title={title}
        message={confirm}
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel ?? t('cancel')}
        pending={pending}
      />
      <ActionStatus state={state} className="mt-1" />
    </form>
  );
}
