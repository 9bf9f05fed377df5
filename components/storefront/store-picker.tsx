'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setPreferredStoreAction } from '@/app/(storefront)/store-actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { StatusMessage } from '@/components/ui/status-message';

/** "Your store": a select of the click & collect stores, saved in the preferred_store cookie; the page re-renders. */
export function StorePicker({
  stores,
  current,
}: {
  stores: Array<{ code: string; name: string }>;
  current: string | null;
}) {
  const t = useTranslations('stores');
  const [state, action, pending] = useActionState(setPreferredStoreAction, null);
  const error = state && !state.ok ? (state.fieldErrors?.store?.[0] ?? state.formError) : undefined;
  return (
    <form action={action} noValidate className="space-y-2" data-testid="store-picker">
      <div className="flex flex-wrap items-end gap-2">
        <Field key={current ?? ''} id="preferred-store" label={t('yourStore')} className="min-w-48 flex-1">
          <Select
            name="store"
            defaultValue={current ?? ''}
            aria-invalid={error ? true : undefined}
            aria-describedby="preferred-store-status"
          >
            {!current && (
              <option value="" disabled>
                {t('chooseStore')}
              </option>
            )}
            {stores.map((store) => (
              <option key={store.code} value={store.code}>
                {store.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary" size="touch" pending={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
      </div>
      <StatusMessage id="preferred-store-status" tone={error ? 'error' : 'success'}>
        {error ?? (state?.ok ? state.message : null)}
      </StatusMessage>
    </form>
  );
}
