import { requireApiChannel } from '@/lib/platform/api/channel';
import { cartSchema } from '@/lib/cart/cart-api.schemas';
import { apiHandler } from '@/lib/platform/api/problem';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getCartView } from '@/lib/cart/cart.reads';
import { findPricingAudience } from '@/lib/pricing/prices.reads';
import { getDb } from '@/lib/platform/db';
import { notFound } from '@/lib/platform/errors';

/** A cart with today's prices. Unknown ids, other channels' carts and other users' carts are all 404. */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const [channel, actor, { id }] = await Promise.all([requireApiChannel(request), getCurrentActor(), params]);
  const db = getDb();
  const view = await getCartView(db, id, await findPricingAudience(db, actor), channel, actor?.userId ?? null);
  if (!view) throw notFound('Cart');
  return Response.json(cartSchema.parse(view), { headers: { 'cache-control': 'private, no-store' } });
});
