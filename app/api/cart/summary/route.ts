import { findStorefrontCartId } from '@/app/(storefront)/cart/cart-session';
import { apiHandler } from '@/lib/platform/api/problem';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCartItemCount } from '@/lib/cart/cart.reads';
import { getDb } from '@/lib/platform/db';
import { getStorefrontChannel } from '@/lib/platform/request-context';

/** The storefront visitor's cart item count for the header badge; per visitor, so never cached. */
export const GET = apiHandler(async () => {
  const [actor, channel] = await Promise.all([getCurrentActor(), getStorefrontChannel()]);
  const cartId = await findStorefrontCartId(actor);
  const itemCount = cartId ? await getCartItemCount(getDb(), cartId, channel.id, actor?.userId ?? null) : 0;
  return Response.json({ itemCount }, { headers: { 'cache-control': 'private, no-store' } });
});
