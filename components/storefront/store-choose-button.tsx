'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setPreferredStoreAction } from '@/app/(storefront)/store-actions';

/** "Make this my store" on the store finder; the store's name completes the button's accessible name. */
export function StoreChooseButton({ code, storeName }: { code: string; storeName: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(setPreferredStoreAction, null);
  const error = state && !state.ok ? (state.fieldErrors?.store?.[0] ?? state.formError) : undefined;
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="store" value={code} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t('stores.saving') : t('stores.makeMine')}
        <span className="sr-only">: {storeName}</span>
      </button>
      <p
        role="status"
        aria-live="polite"
        className={`min-h-5 text-sm ${error ? 'font-medium text-red-800' : 'text-gray-700'}`}
      >
        {error ?? (state?.ok ? state.message : '')}
      </p>
    </form>
  );
}
