import { toCategoryDto } from '@/lib/api/catalog-dto';
import { requireApiChannel } from '@/lib/api/channel';
import { apiHandler } from '@/lib/api/problem';
import { channelQuery } from '@/lib/api/schemas';
import { getCachedCategoryTree } from '@/lib/data/cached-catalog';
import { searchParamsToObject } from '@/lib/validation/catalog';

export const GET = apiHandler(async (request: Request) => {
  const query = channelQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  await requireApiChannel(query.channel);
  const tree = await getCachedCategoryTree();
  return Response.json({ items: tree.map(toCategoryDto) });
});
