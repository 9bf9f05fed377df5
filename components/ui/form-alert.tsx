import type { ActionState } from '@/lib/platform/auth/validated-action';

/** The form-level error of a server action's result, announced to screen readers. */
export function FormAlert({ state }: { state: ActionState }) {
  if (!state || state.ok || !state.formError) return null;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      {state.formError}
    </p>
  );
}
