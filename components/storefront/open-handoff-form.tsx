'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { openHandoffAction } from '@/app/(storefront)/h/[token]/actions';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';

/** The one button that opens a handed-off cart on the customer's phone (posted, so it works without JavaScript). */
export function OpenHandoffForm({ token }: { token: string }) {
  const t = useTranslations('handoff');
  const [state, action, pending] = useActionState(openHandoffAction, null);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormAlert state={state} />
      <Button type="submit" size="lg" pending={pending}>
        {t('open')}
      </Button>
    </form>
  );
}
