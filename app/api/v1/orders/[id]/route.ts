import { toOrderDto } from '@/lib/checkout/checkout-api.schemas';
import { apiHandler } from '@/lib/platform/api/problem';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getDb } from '@/lib/platform/db';
import { findOrderForCaller } from '@/lib/orders/orders.writes';

/** One order for its signed-in owner or the staff who work it; 404 for everyone else (existence is not revealed). */
export const GET = apiHandler(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const order = await findOrderForCaller(getDb(), await getCurrentActor(), id);
  return Response.json(toOrderDto(order), { headers: { 'cache-control': 'private, no-store' } });
});
