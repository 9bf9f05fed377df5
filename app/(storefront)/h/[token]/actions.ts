'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientIp } from '@/lib/platform/auth/client-ip';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { redeemHandoff } from '@/lib/showroom/handoff.writes';
import { AppError } from '@/lib/platform/errors';
import { getRequestContext } from '@/lib/platform/request-context';
import { openAssistedCart } from '@/app/(storefront)/cart/cart-session';

/**
 * The customer's phone opens a handed-off cart: once, before it expires (redeemHandoff). Public on
 * purpose (the customer need not have an account); the token is the only key and opens only its cart.
 */
export const openHandoffAction = validatedAction(
  'public',
  z.object({ token: z.string().max(64) }),
  async ({ token }) => {
    // A staff tablet in a showroom session would use the link up without ever showing the cart.
    if ((await getRequestContext()).showroomStoreId) throw new AppError('handoff.in_showroom');
    const { cartId } = await redeemHandoff(getDb(), token, clientIp(await headers()));
    await openAssistedCart(cartId);
    redirect('/cart');
  },
);
