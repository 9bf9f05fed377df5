'use server';

import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { quoteIdInput, quoteTokenInput } from '@/lib/quotes/quotes.schemas';
import { startQuoteOrder } from '@/lib/quotes/quotes.writes';
import { openAssistedCart } from '@/app/(storefront)/cart/cart-session';

/**
 * "Order at these prices" from the account: only a quote the signed-in customer owns (startQuoteOrder
 * checks). The new cart holds the quoted lines and becomes this device's cart; checkout follows.
 */
export const orderQuoteAction = validatedAction('signed-in', quoteIdInput, async (input, actor) => {
  const { cartId } = await startQuoteOrder(getDb(), actor, { quoteId: input.quoteId });
  await openAssistedCart(cartId);
  redirect('/checkout');
});

/** The same from the quote's link: the token is the proof, no sign-in needed (a signed-in caller's order is theirs). */
export const orderQuoteByLinkAction = validatedAction('public', quoteTokenInput, async (input, actor) => {
  const { cartId } = await startQuoteOrder(getDb(), actor, { token: input.token });
  await openAssistedCart(cartId);
  redirect('/checkout');
});
