'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { AssortmentPreviewPanel } from './assortment-preview';

/**
 * Deletes one assortment rule: the first click previews what the deletion adds and removes, the
 * preview's confirm button deletes.
 */
export function AssortmentRuleDeleteForm({
  action,
  channelId,
  ruleId,
  ruleText,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  channelId: string;
  ruleId: string;
  /** The rule in words, so each row's button has its own accessible name. */
  ruleText: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="grid justify-items-end gap-2">
      <input type="hidden" name="channelId" value={channelId} />
      <input type="hidden" name="ruleId" value={ruleId} />
      <button type="submit" disabled={pending} className="text-sm text-red-800 underline disabled:opacity-60">
        {t('admin.assortment.delete')}
        <span className="sr-only"> ({ruleText})</span>
      </button>
      {state && !state.ok && state.formError && (
        <span role="alert" className="text-sm text-red-700">
          {state.formError}
        </span>
      )}
      <AssortmentPreviewPanel state={state} confirmLabel={t('admin.assortment.deleteRule')} pending={pending} />
    </form>
  );
}
