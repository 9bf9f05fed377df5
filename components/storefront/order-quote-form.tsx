'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionState } from '@/lib/platform/auth/validated-action';

/** "Order at these prices": by the quote's id (account) or its link's token, whichever the page has. */
export function OrderQuoteForm({
  action,
  field,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  field: { name: 'quoteId' | 'token'; value: string };
}) {
  const t = useTranslations('quotes');
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name={field.name} value={field.value} />
      <p className="text-sm text-gray-700">{t('orderHint')}</p>
      <Button type="submit" size="lg" pending={pending}>
        {t('order')}
      </Button>
      <FormAlert state={state} />
    </form>
  );
}
