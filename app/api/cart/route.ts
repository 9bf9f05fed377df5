import { findStorefrontCartId } from '@/app/(storefront)/cart/cart-session';
import { storefrontCartSchema, type StorefrontCart } from '@/lib/cart/cart-api.schemas';
import { getCartView } from '@/lib/cart/cart.reads';
import { apiHandler } from '@/lib/platform/api/problem';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getDb } from '@/lib/platform/db';
import { getStorefrontAudience, getStorefrontChannel, getVisitorLocale } from '@/lib/platform/request-context';

/**
 * The storefront visitor's own cart (the guest cookie's or the signed-in customer's) for the header badge
 * and the mini-cart, priced for them; per visitor, so never stored by any cache.
 */
export const GET = apiHandler(async () => {
  const [actor, channel, audience, locale] = await Promise.all([
    getCurrentActor(),
    getStorefrontChannel(),
    getStorefrontAudience(),
    getVisitorLocale(),
  ]);
  const cartId = await findStorefrontCartId(actor);
  const view = cartId
    ? await getCartView(getDb(), cartId, audience, channel, actor?.userId ?? null, undefined, locale)
    : null;
  const empty: StorefrontCart = {
    lines: [],
    itemCount: 0,
    subtotal: { amount: 0, currency: channel.currency },
    currency: channel.currency,
    pricesIncludeVat: channel.pricesIncludeVat,
  };
  return Response.json(view ? storefrontCartSchema.parse(view) : empty, {
    headers: { 'cache-control': 'private, no-store' },
  });
});
