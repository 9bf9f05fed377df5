import { requireApiChannel } from '@/lib/platform/api/channel';
import { DEFAULT_LOCALE, negotiateLocale } from '@/lib/platform/i18n/locales';
import {
  checkoutRequestSchema,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyHeaderSchema,
  toOrderDto,
} from '@/lib/checkout/checkout-api.schemas';
import { readJsonObject } from '@/lib/platform/api/json-body';
import { apiHandler, problem } from '@/lib/platform/api/problem';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getDb } from '@/lib/platform/db';
import { notFound } from '@/lib/platform/errors';
import { isUuid, placeOrder } from '@/lib/checkout/checkout.writes';

/**
 * Places the order of a cart of the key's channel, once per Idempotency-Key: 201 with the order, 200
 * with the same body when the request is a replay, 409 while the same key is still being processed.
 */
export const POST = apiHandler(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const channel = await requireApiChannel(request);
  const { id } = await context.params;
  if (!isUuid(id)) throw notFound('The cart');
  const header = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (header === null)
    return problem(
      400,
      'Send an Idempotency-Key header (a unique value per checkout attempt, the same for its retries).',
    );
  const key = idempotencyKeyHeaderSchema.safeParse(header);
  if (!key.success) return problem(400, key.error.issues[0]?.message ?? 'The Idempotency-Key is not valid.');
  const body = await readJsonObject(request, 'the checkout');
  // Field errors answer 400 before anything is looked up.
  checkoutRequestSchema.parse(body);
  const { order, replayed } = await placeOrder(
    getDb(),
    await getCurrentActor(),
    { ...body, cartId: id, idempotencyKey: key.data },
    // Messages about the order (ready for pickup …) follow the caller's Accept-Language.
    { channel, locale: negotiateLocale(request.headers.get('accept-language')) ?? DEFAULT_LOCALE },
  );
  return Response.json(toOrderDto(order), {
    status: replayed ? 200 : 201,
    headers: {
      'cache-control': 'private, no-store',
      location: `/api/v1/orders/${order.id}`,
      ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
    },
  });
});
