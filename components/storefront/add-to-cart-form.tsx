'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useActionState, useEffect } from 'react';
import { addToCartAction } from '@/app/(storefront)/cart/actions';
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
  useEffect(() => {
    if (!state?.ok) return;
    let current = true;
    void refreshCart().then(() => {
      if (current) openMiniCart();
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
        <div>
          <label htmlFor="add-to-cart-quantity" className="mb-1 block text-sm font-semibold">
            {t('cart.quantity')}
          </label>
          <input
            key={typed ?? sku}
            id="add-to-cart-quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={999}
            defaultValue={typed ?? '1'}
            aria-invalid={error ? true : undefined}
            aria-describedby="add-to-cart-status"
            className="h-10 w-20 rounded-md border border-gray-400 px-2 text-center"
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="h-10 rounded-md bg-brand-700 px-6 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t('cart.adding') : t('cart.addToCart')}
        </button>
      </div>
      <p
        id="add-to-cart-status"
        role="status"
        aria-live="polite"
        className={`min-h-5 text-sm ${error ? 'font-medium text-red-800' : 'text-gray-700'}`}
      >
        {error ?? (state?.ok ? state.message : '')}
        {state?.ok && (
          <>
            {' '}
            <Link href="/cart" className="underline underline-offset-2">
              {t('cart.viewCart')}
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
