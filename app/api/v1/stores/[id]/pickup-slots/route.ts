import { requireApiChannel } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { pickupSlotsQuery, storeIdParam, toPickupSlotsDto } from '@/lib/pickup/store-api.schemas';
import { findPickupStoreWithSlots } from '@/lib/pickup/pickup.reads';
import { getDb } from '@/lib/platform/db';
import { localDateOf } from '@/lib/platform/time-zone.rules';
import { AppError } from '@/lib/platform/errors';
import { searchParamsToObject } from '@/lib/catalog/catalog.schemas';

/**
 * The bookable pickup slots of a click & collect store of the key's channel, day by day in the store's
 * time zone; past, too soon and full slots are left out. 404 for any store that does not hand over the
 * channel's orders (unknown, inactive, a warehouse, pickup off, or not supplying the channel).
 */
export const GET = apiHandler(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const channel = await requireApiChannel(request);
  const query = pickupSlotsQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const { id } = await context.params;
  const now = new Date();
  const store = storeIdParam.safeParse(id).success
    ? await findPickupStoreWithSlots(getDb(), channel, id, { now, from: query.from, days: query.days })
    : null;
  if (!store) throw new AppError('store.no_pickup', { params: { channel: channel.code } });
  const from = query.from ?? localDateOf(now, store.timeZone);
  return Response.json(toPickupSlotsDto(store, { from, days: query.days }), {
    headers: { 'cache-control': 'no-store' },
  });
});
