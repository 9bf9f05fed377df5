'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { confirmEmailAction } from '@/app/(storefront)/auth-actions';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';

export function ConfirmEmailForm({ token, callbackUrl }: { token: string; callbackUrl?: string }) {
  const t = useTranslations('auth');
  const [state, action, pending] = useActionState(confirmEmailAction, null);
  return (
    <form action={action} className="space-y-4">
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Button type="submit" size="lg" pending={pending} className="w-full">
        {pending ? t('pending') : t('confirmSubmit')}
      </Button>
    </form>
  );
}
