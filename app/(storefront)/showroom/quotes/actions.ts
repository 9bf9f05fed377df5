'use server';

import { forgetShowroomCustomer } from '../showroom-cookies';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import { getRequestContext, getVisitorLocale } from '@/lib/platform/request-context';
import { quoteIdInput, saveQuoteInput } from '@/lib/quotes/quotes.schemas';
import { saveQuote, withdrawQuote } from '@/lib/quotes/quotes.writes';
import { getTranslations } from 'next-intl/server';
import { findStorefrontCartId } from '@/app/(storefront)/cart/cart-session';

/**
 * Saves the staff member's showroom cart as a quote for the customer in context. Only inside a showroom
 * session (the request context honours the session only with `showroom:sell` at its store; saveQuote
 * checks it again). The raw token travels once, in the URL fragment of the staff quote page: browsers
 * never send a fragment to a server, so it reaches no request log (docs/showroom.md).
 */
export const saveQuoteAction = validatedAction('showroom:sell', saveQuoteInput, async (input, actor) => {
  const [context, locale] = await Promise.all([getRequestContext(), getVisitorLocale()]);
  if (!context.showroomStoreId) throw new AppError('auth.forbidden');
  const cartId = await findStorefrontCartId(actor);
  if (!cartId) throw new AppError('cart.empty');
  const quote = await saveQuote(getDb(), actor, {
    storeId: context.showroomStoreId,
    customer: context.showroomCustomer,
    cartId,
    channel: context.channel,
    audience: context.audience,
    validUntil: input.validUntil,
    locale,
  });
  revalidatePath('/cart');
  await forgetShowroomCustomer();
  redirect(`/showroom/quotes/${quote.id}#link=${quote.token}`);
});

/** Withdraws an open quote: staff who may sell at the quote's store (withdrawQuote checks). */
export const withdrawQuoteAction = validatedAction('showroom:sell', quoteIdInput, async (input, actor) => {
  await withdrawQuote(getDb(), actor, input.quoteId);
  revalidatePath(`/showroom/quotes/${input.quoteId}`);
  return { ok: true, message: (await getTranslations())('quotes.withdrawn') };
});
