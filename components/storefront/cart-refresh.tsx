'use client';

import { useEffect } from 'react';
import { useRefreshCart } from './use-cart';

/**
 * Fetches the header's cart again when its page appears: for the order confirmation, which the checkout
 * reaches by a redirect (its form never hears back) after the order emptied the cart.
 */
export function CartRefresh() {
  const refreshCart = useRefreshCart();
  useEffect(() => {
    void refreshCart();
  }, [refreshCart]);
  return null;
}
