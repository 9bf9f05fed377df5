import { requireApiChannel } from '@/lib/api/channel';
import { createdCartSchema } from '@/lib/api/cart-schemas';
import { apiHandler } from '@/lib/api/problem';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { createCart } from '@/lib/services/cart';

/**
 * A cart in the key's channel: anonymous (keep its id, it is the only key to it), or with a session
 * the caller's own cart there (one per customer and channel: 201 when new, 200 when it existed).
 */
export const POST = apiHandler(async (request: Request) => {
  const channel = await requireApiChannel(request);
  const actor = await getCurrentActor();
  const cart = await createCart(getDb(), channel.id, actor?.userId ?? null);
  return Response.json(createdCartSchema.parse(cart), { status: cart.created ? 201 : 200, headers: { 'cache-control': 'private, no-store' } });
});
