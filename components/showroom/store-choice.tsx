'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import type { ShowroomStore } from '@/lib/showroom/showroom-stores.rules';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * One button per store the staff member may open showroom mode for. With `direct` (their only store)
 * the form sends itself once the page is interactive: staff with one store go straight in; the button
 * stays for browsers without JavaScript.
 */
export function StoreChoice({ stores, action, direct }: { stores: ShowroomStore[]; action: Action; direct: boolean }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {stores.map((store) => (
        <li key={store.id}>
          <StoreForm store={store} action={action} auto={direct} />
        </li>
      ))}
    </ul>
  );
}

function StoreForm({ store, action, auto }: { store: ShowroomStore; action: Action; auto: boolean }) {
  const t = useTranslations('showroom');
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  const sent = useRef(false);
  useEffect(() => {
    if (!auto || sent.current) return;
    sent.current = true;
    form.current?.requestSubmit();
  }, [auto]);
  return (
    <form ref={form} action={formAction} className="rounded-lg border border-gray-300 bg-white p-4">
      <input type="hidden" name="storeId" value={store.id} />
      <p className="text-lg font-semibold">{store.name}</p>
      <p className="mb-3 text-gray-700">
        {store.code} · {store.city}
      </p>
      <Button type="submit" size="touch" pending={pending} className="w-full">
        {pending ? t('opening', { store: store.name }) : t('openStore', { store: store.name })}
      </Button>
      <StatusMessage tone="error">{state && !state.ok ? state.formError : null}</StatusMessage>
    </form>
  );
}
