'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';

/** A one-button form for destructive actions: asks for confirmation first, then reports the outcome. */
export function ConfirmButtonForm({
  action,
  fields,
  label,
  confirm,
  className,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  confirm: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(confirm)) event.preventDefault();
      }}
      className="inline"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className={className ?? 'text-sm text-red-800 underline disabled:opacity-60'}
      >
        {label}
      </button>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}
