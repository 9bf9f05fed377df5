'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';

/** One button that moves an order a step on at the pickup desk; reports a refusal next to it. */
export function DeskStepForm({
  action,
  fields,
  label,
  context,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  /** Read after the label by screen readers, e.g. the order number. */ context: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-gray-900 px-3 py-1 text-sm text-white disabled:opacity-60"
      >
        {label}
        <span className="sr-only"> {context}</span>
      </button>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}
