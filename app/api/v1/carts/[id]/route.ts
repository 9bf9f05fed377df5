import { requireApiChannel } from '@/lib/api/channel';
import { cartSchema } from '@/lib/api/cart-schemas';
import { apiHandler } from '@/lib/api/problem';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { getCartView } from '@/lib/data/cart';
import { findPricingAudience } from '@/lib/data/prices';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** A cart with today's prices. Unknown ids, other channels' carts and other users' carts are all 404. */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const [channel, actor, { id }] = await Promise.all([requireApiChannel(request), getCurrentActor(), params]);
  const db = getDb();
  const view = await getCartView(db, id, await findPricingAudience(db, actor), channel, actor?.userId ?? null);
  if (!view) throw notFound('Cart');
  return Response.json(cartSchema.parse(view), { headers: { 'cache-control': 'private, no-store' } });
});
