import { requireApiContext } from '@/lib/platform/api/channel';
import { cartSchema, cartWriteSchema, updateCartLineBody } from '@/lib/cart/cart-api.schemas';
import { parseJsonBody } from '@/lib/platform/api/json-body';
import { apiHandler } from '@/lib/platform/api/problem';
import { getCartView } from '@/lib/cart/cart.reads';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import { removeLine, setLineQuantity } from '@/lib/cart/cart.writes';

type Context = { params: Promise<{ id: string; lineId: string }> };

async function callerOf(request: Request, context: Context) {
  const [{ channel, actor, audience, locale }, { id, lineId }] = await Promise.all([
    requireApiContext(request),
    context.params,
  ]);
  return { db: getDb(), channel, id, lineId, userId: actor?.userId ?? null, audience, locale };
}

async function answer(
  caller: Awaited<ReturnType<typeof callerOf>>,
  capped?: { sku: string; requested: number; available: number } | null,
): Promise<Response> {
  const view = await getCartView(
    caller.db,
    caller.id,
    caller.audience,
    caller.channel,
    caller.userId,
    undefined,
    caller.locale,
  );
  if (!view) throw new AppError('cart.not_found');
  const body = capped === undefined ? cartSchema.parse(view) : cartWriteSchema.parse({ ...view, capped });
  return Response.json(body, { headers: { 'cache-control': 'private, no-store' } });
}

/**
 * Sets a line's quantity (1..999, capped at what can be fulfilled: `capped` says so; remove a line with
 * DELETE); answers the cart.
 */
export const PATCH = apiHandler(async (request: Request, context: Context) => {
  const caller = await callerOf(request, context);
  const body = await parseJsonBody(request, updateCartLineBody);
  const line = await setLineQuantity(caller.db, {
    cartId: caller.id,
    lineId: caller.lineId,
    quantity: body.quantity,
    audience: caller.audience,
    channel: caller.channel,
    userId: caller.userId,
  });
  return answer(caller, line.capped && { sku: line.sku, ...line.capped });
});

/** Removes a line; answers the cart. */
export const DELETE = apiHandler(async (request: Request, context: Context) => {
  const caller = await callerOf(request, context);
  await removeLine(caller.db, {
    cartId: caller.id,
    lineId: caller.lineId,
    channel: caller.channel,
    userId: caller.userId,
  });
  return answer(caller);
});
