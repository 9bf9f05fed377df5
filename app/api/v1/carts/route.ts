import { requireApiContext } from '@/lib/platform/api/channel';
import { createdCartSchema } from '@/lib/cart/cart-api.schemas';
import { apiHandler } from '@/lib/platform/api/problem';
import { getDb } from '@/lib/platform/db';
import { createCart } from '@/lib/cart/cart.writes';

/**
 * A cart in the key's channel: anonymous (keep its id, it is the only key to it), or with a session
 * the caller's own cart there (one per customer and channel: 201 when new, 200 when it existed).
 */
export const POST = apiHandler(async (request: Request) => {
  const { channel, actor } = await requireApiContext(request);
  const cart = await createCart(getDb(), channel.id, actor?.userId ?? null);
  return Response.json(createdCartSchema.parse(cart), {
    status: cart.created ? 201 : 200,
    headers: { 'cache-control': 'private, no-store' },
  });
});
