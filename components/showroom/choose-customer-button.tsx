'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { chooseCustomerAction } from '@/app/(storefront)/showroom/customer/actions';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import type { CustomerHit } from '@/lib/customers/showroom-customers.reads';

/** Makes a found (or already existing) customer the customer in context; the page then shows their profile. */
export function ChooseCustomerButton({ hit, label }: { hit: CustomerHit; label: string }) {
  const t = useTranslations('showroomCustomer');
  const [state, action, pending] = useActionState(chooseCustomerAction, null);
  const name = `${hit.firstName} ${hit.lastName}`.trim();
  return (
    <form action={action}>
      <input type="hidden" name="profileId" value={hit.profileId} />
      <Button type="submit" size="touch" pending={pending} aria-label={t('find.chooseNamed', { name })}>
        {label}
      </Button>
      <StatusMessage tone="error">{state && !state.ok ? state.formError : null}</StatusMessage>
    </form>
  );
}
