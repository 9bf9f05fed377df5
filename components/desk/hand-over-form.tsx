'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useActionState, useId, type ReactNode } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { StatusMessage } from '@/components/ui/status-message';
import type { ActionState } from '@/lib/platform/auth/validated-action';

type HandedOver = { receipt: string | null };

/**
 * The hand-over at the desk: the code the customer shows (filled in when the order was found by
 * scanning it), then a confirmation listing what is handed over; done, the receipt opens. A wrong code
 * changes nothing.
 */
export function HandOverForm({
  action,
  orderId,
  orderNumber,
  code,
  summary,
}: {
  action: (state: ActionState<HandedOver>, data: FormData) => Promise<ActionState<HandedOver>>;
  orderId: string;
  orderNumber: number;
  /** The code as scanned, when the order was found by it. */
  code: string;
  /** What is handed over: items and payment, shown in the confirmation. */
  summary: ReactNode;
}) {
  const t = useTranslations('desk');
  const router = useRouter();
  // Navigates from inside the action: the answer re-renders the order page without this form (the order
  // is no longer open), so an effect here would never run.
  const [state, formAction, pending] = useActionState(async (previous: ActionState<HandedOver>, data: FormData) => {
    const result = await action(previous, data);
    if (result?.ok && result.data?.receipt) router.push(result.data.receipt);
    return result;
  }, null);
  const resultId = useId();
  const failed = state && !state.ok ? state : null;
  const error = failed ? (failed.fieldErrors?.code?.join(' ') ?? failed.formError) : undefined;
  return (
    <form action={formAction} noValidate className="grid gap-3">
      <input type="hidden" name="orderId" value={orderId} />
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t('code', { number: orderNumber })} className="w-48">
          {(control) => (
            // The code's error is the form's one message (announced at once), named by the input.
            <Input
              {...control}
              name="code"
              inputMode="numeric"
              autoComplete="off"
              required
              maxLength={32}
              className="text-lg tracking-widest"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? resultId : undefined}
              defaultValue={failed?.values?.code ?? code}
            />
          )}
        </Field>
        <ConfirmDialog
          triggerLabel={t('handOverStart')}
          triggerStyle={{ variant: 'primary', size: 'touch' }}
          title={t('handOverTitle', { number: orderNumber })}
          message={t('handOverMessage')}
          confirmLabel={t('handOverConfirm')}
          cancelLabel={t('handOverBack')}
          tone="primary"
          pending={pending}
          details={summary}
        />
      </div>
      <div id={resultId}>
        <StatusMessage tone={error ? 'error' : 'success'}>
          {error ?? (state?.ok ? t('handedOver') : null)}
        </StatusMessage>
      </div>
    </form>
  );
}
