// Which cart the storefront visitor uses: a signed-in customer's own cart in the channel they shop
// (lib/platform/request-context.ts), or the guest cart named by the httpOnly cart_id cookie. Not a 'use server' module: nothing here is an endpoint.
import 'server-only';
import { cookies } from 'next/headers';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { findGuestCartId, findUserCartId, findUserIdByEmail } from '@/lib/cart/cart.reads';
import { getDb } from '@/lib/platform/db';
import { createCart, mergeCarts } from '@/lib/cart/cart.writes';
import { getRequestContext, getStorefrontChannel, resolveShopperContext } from '@/lib/platform/request-context';
import { ASSISTED_CART_COOKIE } from '@/lib/showroom/assisted-selling.rules';
import { moveGuestCart } from '@/lib/cart/cart-transfer.writes';
import { isCartId } from '@/lib/cart/cart.schemas';

export const CART_COOKIE = 'cart_id';
const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;

async function guestCookieValue(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value;
}

/** The visitor's cart id, or null when they have none yet (nothing is created). */
export async function findStorefrontCartId(actor: Pick<Actor, 'userId'> | null): Promise<string | null> {
  const { channel, assistedCartId } = await getRequestContext();
  // A handed-off or quoted cart on the customer's device is their cart until it is ordered.
  if (assistedCartId) return assistedCartId;
  if (actor) return findUserCartId(getDb(), actor.userId, channel.id);
  const cookie = await guestCookieValue();
  return isCartId(cookie) ? findGuestCartId(getDb(), cookie, channel.id) : null;
}

/** The visitor's cart, created (and for a guest remembered in the cookie) when missing. */
export async function requireStorefrontCartId(actor: Pick<Actor, 'userId'> | null): Promise<string> {
  const existing = await findStorefrontCartId(actor);
  if (existing) return existing;
  const channel = await getStorefrontChannel();
  const { id } = await createCart(getDb(), channel.id, actor?.userId ?? null);
  if (!actor) {
    (await cookies()).set(CART_COOKIE, id, {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production',
      path: '/',
      maxAge: CART_COOKIE_MAX_AGE,
    });
  }
  return id;
}

/**
 * After a successful sign-in: the guest cart's lines move into the customer's cart in the channel they
 * now shop (a company member's b2b cart gets them at b2b prices) and the cookie goes. A failure here
 * must not undo the sign-in: the guest cart then simply stays where it was.
 */
export async function mergeGuestCartOnSignIn(email: string): Promise<void> {
  const cookie = await guestCookieValue();
  if (!cookie) return;
  try {
    const [guestChannel, userId] = await Promise.all([getStorefrontChannel(), findUserIdByEmail(getDb(), email)]);
    if (!userId) return;
    const shopper = await resolveShopperContext(userId);
    if (!shopper) return;
    if (isCartId(cookie) && shopper.channel.id === guestChannel.id)
      await mergeCarts(getDb(), cookie, userId, guestChannel.id);
    else if (isCartId(cookie)) await moveGuestCart(getDb(), cookie, guestChannel.id, { ...shopper, userId });
    (await cookies()).delete(CART_COOKIE);
  } catch (error) {
    console.error('Merging the guest cart failed', error);
  }
}

/** Makes an assisted cart (a hand-off, a quote being ordered) the visitor's cart on this device. */
export async function openAssistedCart(cartId: string): Promise<void> {
  (await cookies()).set(ASSISTED_CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    maxAge: 60 * 60 * 24,
  });
}

/** After its order: the device goes back to the visitor's own cart and channel. */
export async function closeAssistedCart(): Promise<void> {
  (await cookies()).delete(ASSISTED_CART_COOKIE);
}
