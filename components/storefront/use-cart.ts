'use client';

// The visitor's cart in the browser: one TanStack Query entry that the header badge and the mini-cart
// read, fetched from /api/cart (page-cached HTML carries nothing per visitor). Whatever changes the cart
// on the server, or whose cart it is, invalidates the entry.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { StorefrontCart } from '@/lib/cart/cart-api.schemas';

export const CART_QUERY_KEY = ['storefront-cart'] as const;

async function fetchCart(): Promise<StorefrontCart> {
  const response = await fetch('/api/cart', { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`GET /api/cart answered ${response.status}`);
  return (await response.json()) as StorefrontCart;
}

export function useCart() {
  return useQuery({ queryKey: CART_QUERY_KEY, queryFn: fetchCart });
}

/** Marks the cart as changed; the returned promise settles once the cart on screen is fetched again. */
export function useRefreshCart(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: CART_QUERY_KEY }), [client]);
}
