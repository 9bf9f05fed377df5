'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { StatusMessage } from '@/components/ui/status-message';
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
  const resultId = useId();
  const failed = state && !state.ok ? state : null;
  const error = failed ? (failed.fieldErrors?.code?.join(' ') ?? failed.formError) : undefined;
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      <div className="flex flex-wrap items-end gap-2">
        <Field label={t('desk.code', { number: orderNumber })} className="w-36">
          {(control) => (
            // The code's error is the form's one message (announced at once), named by the input.
            <Input
              {...control}
              name="code"
              inputMode="numeric"
              autoComplete="off"
              required
              maxLength={32}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? resultId : undefined}
              defaultValue={failed?.values?.code ?? ''}
            />
          )}
        </Field>
        <Button type="submit" size="touch" pending={pending}>
          {t('desk.handOver')}
        </Button>
      </div>
      <div id={resultId}>
        <StatusMessage tone={error ? 'error' : 'success'} className="mt-1">
          {error ?? (state?.ok ? t('desk.handedOver') : null)}
        </StatusMessage>
      </div>
    </form>
  );
}
