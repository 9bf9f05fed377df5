import { requireApiContext } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { pickupSlotsQuery, storeIdParam, toPickupSlotsDto } from '@/lib/pickup/store-api.schemas';
import { findPickupStoreWithSlots, type SlotLine } from '@/lib/pickup/pickup.reads';
import { getCartView } from '@/lib/cart/cart.reads';
import { findVariantIdBySku } from '@/lib/inventory/stock.reads';
import { getDb } from '@/lib/platform/db';
import { localDateOf } from '@/lib/platform/time-zone.rules';
import { AppError } from '@/lib/platform/errors';
import { searchParamsToObject } from '@/lib/catalog/catalog.schemas';

/**
 * The bookable pickup slots of a click & collect store of the key's channel, day by day in the store's
 * time zone; past, too soon and full slots are left out. For a cart (`cartId`, the caller's own, as at
 * checkout) or one SKU the availability answer decides the first day, as placing the order will. 404
 * for any store that does not hand over the channel's orders (unknown, inactive, a warehouse, pickup
 * off, or not supplying the channel), and for a cart that is not the caller's.
 */
export const GET = apiHandler(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const { channel, actor, audience } = await requireApiContext(request);
  const query = pickupSlotsQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const { id } = await context.params;
  const now = new Date();
  const db = getDb();
  let lines: SlotLine[] | undefined;
  if (query.cartId) {
    const cart = await getCartView(db, query.cartId, audience, channel, actor?.userId ?? null, now);
    if (!cart) throw new AppError('cart.not_found');
    lines = cart.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
  } else if (query.sku) {
    const variantId = await findVariantIdBySku(db, query.sku);
    if (!variantId) throw new AppError('product.unknown_sku', { field: 'sku', params: { sku: query.sku } });
    lines = [{ variantId, quantity: query.quantity }];
  }
  const store = storeIdParam.safeParse(id).success
    ? await findPickupStoreWithSlots(db, channel, id, { now, from: query.from, days: query.days, lines })
    : null;
  if (!store) throw new AppError('store.no_pickup', { params: { channel: channel.code } });
  const from = query.from ?? localDateOf(now, store.timeZone);
  return Response.json(toPickupSlotsDto(store, { from, days: query.days }), {
    headers: { 'cache-control': 'no-store' },
  });
});
