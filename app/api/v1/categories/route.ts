import { toCategoryDto } from '@/lib/api/catalog-dto';
import { requireApiChannel } from '@/lib/api/channel';
import { apiHandler } from '@/lib/api/problem';
import { channelQuery } from '@/lib/api/schemas';
import { listCategoryTree } from '@/lib/data/categories';
import { getDb } from '@/lib/db';
import { searchParamsToObject } from '@/lib/validation/catalog';

export const GET = apiHandler(async (request: Request) => {
  const query = channelQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const db = getDb();
  await requireApiChannel(db, query.channel);
  const tree = await listCategoryTree(db);
  return Response.json({ items: tree.map(toCategoryDto) });
});
