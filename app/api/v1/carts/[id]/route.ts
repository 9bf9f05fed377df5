import { requireApiContext } from '@/lib/platform/api/channel';
import { cartSchema } from '@/lib/cart/cart-api.schemas';
import { apiHandler } from '@/lib/platform/api/problem';
import { getCartView } from '@/lib/cart/cart.reads';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';

/** A cart with today's prices. Unknown ids, other channels' carts and other users' carts are all 404. */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const [{ channel, actor, audience, locale }, { id }] = await Promise.all([requireApiContext(request), params]);
  const view = await getCartView(getDb(), id, audience, channel, actor?.userId ?? null, undefined, locale);
  if (!view) throw new AppError('cart.not_found');
  return Response.json(cartSchema.parse(view), { headers: { 'cache-control': 'private, no-store' } });
});
