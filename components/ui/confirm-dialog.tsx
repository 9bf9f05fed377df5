'use client';

import { useRef, type ReactNode } from 'react';
import { Button as AriaButton } from 'react-aria-components';
import { buttonClasses, type ButtonStyle } from './button';
import { Dialog } from './dialog';

/**
 * A button that asks before it acts: it opens an alert dialog ("Delete this price list?") with cancel
 * and confirm; confirming submits the form the button is in (or the one named by `form`), so the
 * server action and its useActionState stay as they are. It replaces the browser's native dialog, which cannot be
 * styled or translated and which some browsers suppress. Focus starts on cancel, the safe choice;
 * Escape cancels; focus returns to the button. Needs JavaScript (admin and desk pages).
 */
export function ConfirmDialog({
  triggerLabel,
  triggerStyle = { variant: 'danger' },
  title,
  message,
  confirmLabel,
  cancelLabel,
  tone = 'danger',
  form,
  pending,
  onConfirm,
  details,
}: {
  triggerLabel: ReactNode;
  triggerStyle?: ButtonStyle;
  title: ReactNode;
  /** The question in full: what happens and whether it can be undone. */
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** danger: the confirm button is red (deleting, cancelling an order). */
  tone?: 'danger' | 'primary';
  /** The id of the form to submit when the button is not inside it. */
  form?: string;
  /** The form's action is running (useActionState's pending): the trigger says so and ignores presses. */
  pending?: boolean;
  /** Instead of submitting a form: what confirming does. */
  onConfirm?: () => void;
  /** What the confirmation is about, shown under the question (the items handed over …). */
  details?: ReactNode;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  const proceed = () => {
    if (onConfirm) onConfirm();
    // requestSubmit runs the form's validation and submit event, so React calls the form's action.
    else trigger.current?.form?.requestSubmit();
  };
  return (
    <Dialog
      role="alertdialog"
      title={title}
      description={message}
      triggerLabel={triggerLabel}
      triggerStyle={triggerStyle}
      triggerRef={trigger}
      triggerForm={form}
      triggerPending={pending}
    >
      {({ close }) => (
        <>
          {details}
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <AriaButton autoFocus onPress={close} className={buttonClasses({ variant: 'secondary', size: 'touch' })}>
              {cancelLabel}
            </AriaButton>
            <AriaButton
              onPress={() => {
                close();
                proceed();
              }}
              className={buttonClasses({ variant: tone, size: 'touch' })}
            >
              {confirmLabel}
            </AriaButton>
          </div>
        </>
      )}
    </Dialog>
  );
}
