'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { clearCustomerAction } from '@/app/(storefront)/showroom/customer/actions';
import { Button } from '@/components/ui/button';

/** Back to a walk-in: the customer in context is cleared on this tablet. */
export function RemoveCustomerButton() {
  const t = useTranslations('showroomCustomer');
  const [, action, pending] = useActionState(clearCustomerAction, null);
  return (
    <form action={action}>
      <Button type="submit" variant="secondary" size="touch" pending={pending}>
        {t('profile.remove')}
      </Button>
    </form>
  );
}
