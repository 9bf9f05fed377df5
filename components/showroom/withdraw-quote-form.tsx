'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { withdrawQuoteAction } from '@/app/(storefront)/showroom/quotes/actions';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { StatusMessage } from '@/components/ui/status-message';

/** Withdraws an open quote after asking; the customer can then no longer order it. */
export function WithdrawQuoteForm({ quoteId, number }: { quoteId: string; number: number }) {
  const t = useTranslations('quotes');
  const [state, action, pending] = useActionState(withdrawQuoteAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="quoteId" value={quoteId} />
      <ConfirmDialog
        triggerLabel={t('withdraw')}
        triggerStyle={{ variant: 'danger', size: 'touch' }}
        title={t('withdrawTitle')}
        message={t('withdrawConfirm', { number })}
        confirmLabel={t('withdrawYes')}
        cancelLabel={t('withdrawNo')}
        pending={pending}
      />
      <StatusMessage tone="success">{state?.ok ? state.message : null}</StatusMessage>
      <FormAlert state={state} />
    </form>
  );
}
