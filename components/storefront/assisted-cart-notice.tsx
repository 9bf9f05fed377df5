'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { leaveAssistedCartAction } from '@/app/(storefront)/cart/assisted-actions';
import { Button } from '@/components/ui/button';

/** On the customer's device: this cart was put together in a store; they may go back to their own. */
export function AssistedCartNotice() {
  const t = useTranslations('cart.assisted');
  const [, action, pending] = useActionState(leaveAssistedCartAction, null);
  return (
    <form
      action={action}
      className="mb-6 flex flex-wrap items-center gap-3 rounded-lg border border-gray-200 bg-gray-50 p-3"
    >
      <p className="text-sm">{t('note')}</p>
      <Button type="submit" variant="secondary" size="touch" pending={pending}>
        {t('leave')}
      </Button>
    </form>
  );
}
