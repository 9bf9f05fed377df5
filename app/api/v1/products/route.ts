import { toCardDto } from '@/lib/api/catalog-dto';
import { requireApiChannel } from '@/lib/api/channel';
import { apiHandler } from '@/lib/api/problem';
import { productsQuery } from '@/lib/api/schemas';
import { listProducts } from '@/lib/data/product-listing';
import { getDb } from '@/lib/db';
import { searchParamsToObject } from '@/lib/validation/catalog';

export const GET = apiHandler(async (request: Request) => {
  const { channel: channelCode, ...query } = productsQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const db = getDb();
  const channel = await requireApiChannel(db, channelCode);
  const page = await listProducts(db, channel, query);
  return Response.json({ ...page, items: page.items.map(toCardDto) });
});
