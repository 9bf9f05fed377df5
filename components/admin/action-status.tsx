import type { ReactNode } from 'react';
import { StatusMessage } from '@/components/ui/status-message';
import type { ActionState } from '@/lib/platform/auth/validated-action';

/**
 * The outcome of a back-office or desk form: `success` once the action succeeded, the action's form
 * error otherwise. Always rendered (see StatusMessage), so screen readers announce each new outcome.
 * Put it in a block container under the form's button: `className` (default a top margin) applies only
 * while there is a message, so an empty status takes no room.
 */
export function ActionStatus({
  state,
  success,
  className = 'mt-3',
}: {
  state: ActionState;
  success?: ReactNode;
  className?: string;
}) {
  const failed = state && !state.ok;
  return (
    <StatusMessage tone={failed ? 'error' : 'success'} className={className}>
      {failed ? state.formError : state?.ok ? success : null}
    </StatusMessage>
  );
}
