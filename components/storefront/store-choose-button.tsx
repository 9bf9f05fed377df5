'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setPreferredStoreAction } from '@/app/(storefront)/store-actions';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';

/** "Make this my store" on the store finder; the store's name completes the button's accessible name. */
export function StoreChooseButton({ code, storeName }: { code: string; storeName: string }) {
  const t = useTranslations('stores');
  const [state, action, pending] = useActionState(setPreferredStoreAction, null);
  const error = state && !state.ok ? (state.fieldErrors?.store?.[0] ?? state.formError) : undefined;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="store" value={code} />
      <Button type="submit" size="touch" pending={pending}>
        {pending ? t('saving') : t('makeMine')}
        <span className="sr-only">: {storeName}</span>
      </Button>
      <StatusMessage tone={error ? 'error' : 'success'}>{error ?? (state?.ok ? state.message : null)}</StatusMessage>
    </form>
  );
}
