import type { ActionState } from '@/lib/platform/auth/validated-action';
import { StatusMessage } from './status-message';

/**
 * The form-level error of a server action's result, announced at once. Rendered before the first result
 * too (empty), so the live region exists when the message arrives.
 */
export function FormAlert({ state, className }: { state: ActionState; className?: string }) {
  return (
    <StatusMessage tone="error" className={className}>
      {state && !state.ok ? state.formError : null}
    </StatusMessage>
  );
}
