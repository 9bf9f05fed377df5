'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { endShowroomAction } from '@/app/(storefront)/showroom/actions';
import { Button } from '@/components/ui/button';

/** Ends showroom mode on this tablet; the staff member stays signed in. */
export function EndSessionButton() {
  const t = useTranslations('showroom');
  const [, action, pending] = useActionState(endShowroomAction, null);
  return (
    <form action={action}>
      <Button type="submit" variant="secondary" size="touch" pending={pending}>
        {t('endSession')}
      </Button>
    </form>
  );
}
