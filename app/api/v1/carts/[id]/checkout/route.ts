import { requireApiContext } from '@/lib/platform/api/channel';
import {
  checkoutRequestSchema,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyHeaderSchema,
  toOrderDto,
} from '@/lib/checkout/checkout-api.schemas';
import { readJsonObject } from '@/lib/platform/api/json-body';
import { apiHandler } from '@/lib/platform/api/problem';
import { fieldIssueOf } from '@/lib/platform/error-text';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { clientIp } from '@/lib/platform/auth/client-ip';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import { isUuid, placeOrder } from '@/lib/checkout/checkout.writes';

/**
 * Places the order of a cart of the key's channel, once per Idempotency-Key: 201 with the order, 200
 * with the same body when the request is a replay, 409 while the same key is still being processed.
 */
export const POST = apiHandler(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const { channel, locale } = await requireApiContext(request);
  const { id } = await context.params;
  if (!isUuid(id)) throw new AppError('cart.not_found');
  const header = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (header === null) throw new AppError('checkout.key_missing');
  const key = idempotencyKeyHeaderSchema.safeParse(header);
  if (!key.success)
    throw new AppError('request.invalid', {
      fieldErrors: { [IDEMPOTENCY_KEY_HEADER]: key.error.issues.map(fieldIssueOf) },
    });
  const body = await readJsonObject(request);
  // Field errors answer 400 before anything is looked up.
  checkoutRequestSchema.parse(body);
  const { order, replayed } = await placeOrder(
    getDb(),
    await getCurrentActor(),
    { ...body, cartId: id, idempotencyKey: key.data },
    // Messages about the order (ready for pickup …) and its line names follow the caller's language.
    {
      channel,
      locale,
      // Guest orders paid at pickup are limited per client address (429).
      clientIp: clientIp(request.headers),
    },
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
