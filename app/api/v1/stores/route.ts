import { requireApiChannel } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { toStoreDto } from '@/lib/pickup/store-api.schemas';
import { listStoreDetails } from '@/lib/inventory/stores.reads';
import { getDb } from '@/lib/platform/db';

/** Every active store with address and opening hours, and whether it offers click & collect in the key's channel. */
export const GET = apiHandler(async (request: Request) => {
  const channel = await requireApiChannel(request);
  const stores = await listStoreDetails(getDb(), channel);
  return Response.json({ items: stores.map(toStoreDto) });
});
