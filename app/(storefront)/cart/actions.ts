'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { getTranslations } from 'next-intl/server';
import { addToCart, removeLine, setLineQuantity } from '@/lib/cart/cart.writes';
import { getStorefrontAudience, getStorefrontChannel } from '@/lib/platform/request-context';
import { addToCartInput, removeLineInput, setLineQuantityInput } from '@/lib/cart/cart.schemas';
import { findStorefrontCartId, requireStorefrontCartId } from './cart-session';

// Public on purpose: a guest's cart is the caller's own, named by the httpOnly cart_id cookie; a
// signed-in customer's is found by their user id. The service checks ownership again.

export const addToCartAction = validatedAction('public', addToCartInput, async (input, actor) => {
  const [channel, audience, t] = await Promise.all([
    getStorefrontChannel(),
    getStorefrontAudience(),
    getTranslations(),
  ]);
  const cartId = await requireStorefrontCartId(actor);
  const line = await addToCart(getDb(), {
    cartId,
    sku: input.sku,
    quantity: input.quantity,
    audience,
    channel,
    userId: actor?.userId ?? null,
  });
  revalidatePath('/cart');
  // Fewer than asked: the cart holds all that can be fulfilled, and says so (docs/orders.md).
  if (line.capped) return { ok: true, message: t('cart.capped', { available: line.capped.available }) };
  return { ok: true, message: t('cart.added', { quantity: input.quantity, total: line.quantity }) };
});

export const setLineQuantityAction = validatedAction('public', setLineQuantityInput, async (input, actor) => {
  const [channel, audience, t] = await Promise.all([
    getStorefrontChannel(),
    getStorefrontAudience(),
    getTranslations(),
  ]);
  const cartId = await findStorefrontCartId(actor);
  if (!cartId) return { ok: false, formError: t('cart.gone') };
  const line = await setLineQuantity(getDb(), {
    cartId,
    lineId: input.lineId,
    quantity: input.quantity,
    audience,
    channel,
    userId: actor?.userId ?? null,
  });
  revalidatePath('/cart');
  if (line.capped) return { ok: true, message: t('cart.capped', { available: line.capped.available }) };
  return { ok: true, message: t('cart.quantityChanged', { quantity: input.quantity }) };
});

export const removeLineAction = validatedAction('public', removeLineInput, async (input, actor) => {
  const [channel, t] = await Promise.all([getStorefrontChannel(), getTranslations()]);
  const cartId = await findStorefrontCartId(actor);
  if (!cartId) return { ok: false, formError: t('cart.gone') };
  await removeLine(getDb(), { cartId, lineId: input.lineId, channel, userId: actor?.userId ?? null });
  revalidatePath('/cart');
  return { ok: true, message: t('cart.removed') };
});
