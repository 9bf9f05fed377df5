'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
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
    <form action={formAction} className="inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" size="touch" pending={pending}>
        {label}
        <span className="sr-only"> {context}</span>
      </Button>
      <StatusMessage tone="error" className="mt-1">
        {state && !state.ok ? state.formError : null}
      </StatusMessage>
    </form>
  );
}
