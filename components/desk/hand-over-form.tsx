'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';

/** The hand-over at the desk: staff type the code the customer shows; a wrong code changes nothing. */
export function HandOverForm({
  action,
  orderId,
  orderNumber,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  orderId: string;
  orderNumber: number;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const id = useId();
  const error = state && !state.ok ? (state.fieldErrors?.code?.join(' ') ?? state.formError) : undefined;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      <div>
        <label htmlFor={`${id}-code`} className="block text-xs font-medium">
          {t('desk.code', { number: orderNumber })}
        </label>
        <input
          id={`${id}-code`}
          name="code"
          inputMode="numeric"
          autoComplete="off"
          required
          maxLength={32}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          defaultValue={state && !state.ok ? (state.values?.code ?? '') : ''}
          className="w-28 rounded-md border border-gray-400 px-2 py-1"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-green-800 px-3 py-1 text-sm text-white disabled:opacity-60"
      >
        {t('desk.handOver')}
      </button>
      <p
        id={`${id}-error`}
        role={error ? 'alert' : 'status'}
        className={`w-full text-sm ${error ? 'text-red-700' : ''}`}
      >
        {error ?? (state?.ok ? t('desk.handedOver') : null)}
      </p>
    </form>
  );
}
