'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setPreferredStoreAction } from '@/app/(storefront)/store-actions';

/** "Your store": a select of the click & collect stores, saved in the preferred_store cookie; the page re-renders. */
export function StorePicker({
  stores,
  current,
}: {
  stores: Array<{ code: string; name: string }>;
  current: string | null;
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(setPreferredStoreAction, null);
  const error = state && !state.ok ? (state.fieldErrors?.store?.[0] ?? state.formError) : undefined;
  return (
    <form action={action} noValidate className="space-y-1" data-testid="store-picker">
      <label htmlFor="preferred-store" className="block text-sm font-semibold">
        {t('stores.yourStore')}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <select
          key={current ?? ''}
          id="preferred-store"
          name="store"
          defaultValue={current ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby="preferred-store-status"
          className="h-10 rounded-md border border-gray-400 bg-white px-2"
        >
          {!current && (
            <option value="" disabled>
              {t('stores.chooseStore')}
            </option>
          )}
          {stores.map((store) => (
            <option key={store.code} value={store.code}>
              {store.name}
            </option>
          ))}
        </select>
        <button
          type="submit"
          disabled={pending}
          className="h-10 rounded-md border border-brand-700 px-4 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        >
          {pending ? t('stores.saving') : t('stores.save')}
        </button>
      </div>
      <p
        id="preferred-store-status"
        role="status"
        aria-live="polite"
        className={`min-h-5 text-sm ${error ? 'font-medium text-red-800' : 'text-gray-700'}`}
      >
        {error ?? (state?.ok ? state.message : '')}
      </p>
    </form>
  );
}
