'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useActionState, useEffect } from 'react';
import { addToCartAction } from '@/app/(storefront)/cart/actions';
import { CART_CHANGED_EVENT } from './cart-events';

/** Quantity and "Add to cart" for the selected variant; the result is announced in a live region. */
export function AddToCartForm({ sku }: { sku: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(addToCartAction, null);
  useEffect(() => {
    if (state?.ok) window.dispatchEvent(new Event(CART_CHANGED_EVENT));
  }, [state]);
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
