import { requireApiContext } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { getCartView } from '@/lib/cart/cart.reads';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import { goodsLinesOf, listShippingQuotes } from '@/lib/shipping/shipping.reads';
import { cartShippingSchema, toCartShippingDto } from '@/lib/shipping/shipping-api.schemas';

/** What shipping costs for a cart by each method, from the channel's rates. Same 404s as GET /carts/{id}. */
export const GET = apiHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const [{ channel, actor, audience }, { id }] = await Promise.all([requireApiContext(request), params]);
  const view = await getCartView(getDb(), id, audience, channel, actor?.userId ?? null);
  if (!view) throw new AppError('cart.not_found');
  const quotes = await listShippingQuotes(getDb(), channel.id, goodsLinesOf(view.lines));
  return Response.json(cartShippingSchema.parse(toCartShippingDto(view.subtotal, view.pricesIncludeVat, quotes)), {
    headers: { 'cache-control': 'private, no-store' },
  });
});
