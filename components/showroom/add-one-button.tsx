'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { addToCartAction } from '@/app/(storefront)/cart/actions';
import { useRefreshCart } from '@/components/storefront/use-cart';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';

/** One tap adds one unit of an accessory or consumable to the cart; the bar's cart count follows. */
export function AddOneButton({ sku, name }: { sku: string; name: string }) {
  const t = useTranslations('showroom.product');
  const [state, action, pending] = useActionState(addToCartAction, null);
  const refreshCart = useRefreshCart();
  useEffect(() => {
    if (state?.ok) void refreshCart();
  }, [state, refreshCart]);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="sku" value={sku} />
      <input type="hidden" name="quantity" value="1" />
      <Button
        type="submit"
        size="touch"
        variant="secondary"
        pending={pending}
        aria-label={t('addNamed', { product: name })}
      >
        {t('add')}
      </Button>
      <StatusMessage tone={state && !state.ok ? 'error' : 'success'} plain>
        {state ? (state.ok ? t('added', { product: name }) : state.formError) : null}
      </StatusMessage>
    </form>
  );
}
