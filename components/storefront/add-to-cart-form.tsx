'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { addToCartAction } from '@/app/(storefront)/cart/actions';
import { Button, ButtonLink } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { StatusMessage } from '@/components/ui/status-message';
import { useOpenMiniCart } from './mini-cart';
import { useRefreshCart } from './use-cart';

/**
 * Quantity and "Add to cart" for the selected variant; the result is announced in a live region. With
 * JavaScript the mini-cart then opens with the cart fetched again, showing the item with the path to checkout.
 */
export function AddToCartForm({ sku }: { sku: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(addToCartAction, null);
  const refreshCart = useRefreshCart();
  const openMiniCart = useOpenMiniCart();
  const submit = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    let current = true;
    void refreshCart().then(() => {
      if (!current) return;
      // The button was disabled while adding, which sent focus to the page; the mini-cart returns focus
      // to where it was when it opened, so closing it should land back on "Add to cart".
      submit.current?.focus();
      openMiniCart();
    });
    return () => {
      current = false;
    };
  }, [state, refreshCart, openMiniCart]);
  const error =
    state && !state.ok
      ? (state.fieldErrors?.quantity?.[0] ?? state.fieldErrors?.sku?.[0] ?? state.formError)
      : undefined;
  const typed = state && !state.ok ? state.values?.quantity : undefined;
  return (
    <form action={action} noValidate className="mt-6 space-y-2" data-testid="add-to-cart">
      <input type="hidden" name="sku" value={sku} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id="add-to-cart-quantity" label={t('cart.quantity')} className="w-24">
          <Input
            key={typed ?? sku}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={999}
            defaultValue={typed ?? '1'}
            aria-invalid={error ? true : undefined}
            aria-describedby="add-to-cart-status"
            className="text-center"
          />
        </Field>
        <Button ref={submit} type="submit" size="lg" pending={pending}>
          {pending ? t('cart.adding') : t('cart.addToCart')}
        </Button>
      </div>
      <StatusMessage id="add-to-cart-status" tone={error ? 'error' : 'success'}>
        {error ??
          (state?.ok && (
            <>
              {state.message}{' '}
              <ButtonLink href="/cart" variant="link" size="sm">
                {t('cart.viewCart')}
              </ButtonLink>
            </>
          ))}
      </StatusMessage>
    </form>
  );
}
