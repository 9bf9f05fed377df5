'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { StatusMessage } from '@/components/ui/status-message';
import type { ActionState } from '@/lib/platform/auth/validated-action';

/** Pay at pickup: staff take the amount at the card terminal, then type the reference from its slip. */
export function RecordPaymentForm({
  action,
  orderId,
  amount,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  orderId: string;
  /** The amount due, formatted. */
  amount: string;
}) {
  const t = useTranslations('desk');
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const fieldError = failed?.fieldErrors?.reference;
  return (
    <form action={formAction} noValidate className="grid gap-3">
      <input type="hidden" name="orderId" value={orderId} />
      <div className="flex flex-wrap items-end gap-3">
        <Field
          label={t('terminalReference')}
          hint={t('terminalReferenceHint')}
          errors={fieldError}
          className="min-w-0 flex-1 basis-56"
        >
          <Input
            name="reference"
            autoComplete="off"
            spellCheck={false}
            required
            maxLength={60}
            defaultValue={failed?.values?.reference ?? ''}
          />
        </Field>
        <Button type="submit" size="touch" pending={pending}>
          {t('recordPayment', { amount })}
        </Button>
      </div>
      <StatusMessage tone={failed ? 'error' : 'success'}>
        {failed && !fieldError ? failed.formError : state?.ok ? t('paymentRecorded') : null}
      </StatusMessage>
    </form>
  );
}
