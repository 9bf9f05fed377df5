import { requireApiChannel } from '@/lib/api/channel';
import { apiHandler } from '@/lib/api/problem';
import { toStoreDto } from '@/lib/api/store-schemas';
import { listStoreDetails } from '@/lib/data/stores';
import { getDb } from '@/lib/db';

/** Every active store with address and opening hours, and whether it offers click & collect in the key's channel. */
export const GET = apiHandler(async (request: Request) => {
  const channel = await requireApiChannel(request);
  const stores = await listStoreDetails(getDb(), channel);
  return Response.json({ items: stores.map(toStoreDto) });
});
