'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ActionStatus } from './action-status';
import { PreviewList, type PreviewAction, type PreviewState } from './assortment-preview';

/**
 * Deletes one assortment rule: the first press asks the server what the deletion would add and remove,
 * and an alert dialog shows that with cancel and "Delete rule"; only confirming deletes.
 */
export function AssortmentRuleDeleteForm({
  action,
  channelId,
  ruleId,
  ruleText,
}: {
  action: PreviewAction;
  channelId: string;
  ruleId: string;
  /** The rule in words, so each row's button has its own accessible name. */
  ruleText: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const [dismissed, setDismissed] = useState<PreviewState>(null);
  const formId = useId();
  const preview = state && !state.ok ? state.data?.preview : undefined;
  return (
    <form id={formId} action={formAction} className="inline-block">
      <input type="hidden" name="channelId" value={channelId} />
      <input type="hidden" name="ruleId" value={ruleId} />
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        {t('admin.assortment.delete')}
        <span className="sr-only"> ({ruleText})</span>
      </Button>
      <ActionStatus state={state} className="mt-1" />
      <Dialog
        role="alertdialog"
        isOpen={preview !== undefined && dismissed !== state}
        onOpenChange={(open) => {
          if (!open) setDismissed(state);
        }}
        title={t('admin.assortment.deleteTitle')}
        description={ruleText}
      >
        {({ close }) => (
          <>
            {preview && <PreviewList preview={preview} />}
            <div className="mt-6 flex flex-wrap justify-end gap-3">
              <Button variant="secondary" size="touch" autoFocus onClick={close}>
                {t('admin.assortment.preview.cancel')}
              </Button>
              {/* The dialog is rendered outside the form: `form` makes this button submit it. */}
              <Button
                type="submit"
                form={formId}
                name="confirmed"
                value="1"
                variant="danger"
                size="touch"
                pending={pending}
              >
                {t('admin.assortment.deleteRule')}
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </form>
  );
}
