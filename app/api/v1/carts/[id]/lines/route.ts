import { requireApiContext } from '@/lib/platform/api/channel';
import { addCartLineBody, cartWriteSchema } from '@/lib/cart/cart-api.schemas';
import { parseJsonBody } from '@/lib/platform/api/json-body';
import { apiHandler } from '@/lib/platform/api/problem';
import { getCartView } from '@/lib/cart/cart.reads';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import { addToCart } from '@/lib/cart/cart.writes';

/**
 * Adds a quantity of a SKU (an existing line grows, capped at what can be fulfilled: `capped` says so);
 * answers the cart. Nothing left at all: 409 stock.sold_out.
 */
export const POST = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const [{ channel, actor, audience, locale }, { id }] = await Promise.all([requireApiContext(request), params]);
  const body = await parseJsonBody(request, addCartLineBody);
  const db = getDb();
  const userId = actor?.userId ?? null;
  const line = await addToCart(db, { cartId: id, sku: body.sku, quantity: body.quantity, audience, channel, userId });
  const view = await getCartView(db, id, audience, channel, userId, undefined, locale);
  if (!view) throw new AppError('cart.not_found');
  const capped = line.capped && { sku: line.sku, ...line.capped };
  return Response.json(cartWriteSchema.parse({ ...view, capped }), {
    status: 201,
    headers: { 'cache-control': 'private, no-store' },
  });
});
