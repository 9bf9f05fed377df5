import { toCategoryDto } from '@/lib/api/catalog-dto';
import { requireApiChannel } from '@/lib/api/channel';
import { apiHandler } from '@/lib/api/problem';
import { getCachedCategoryTree } from '@/lib/data/cached-catalog';
import { ANONYMOUS_AUDIENCE } from '@/lib/data/prices';
import { assortmentScope } from '@/lib/data/assortment';

/** The category tree of the key's channel: only categories with products in its assortment. */
export const GET = apiHandler(async (request: Request) => {
  const channel = await requireApiChannel(request);
  const tree = await getCachedCategoryTree(assortmentScope(channel.id, ANONYMOUS_AUDIENCE));
  return Response.json({ items: tree.map(toCategoryDto) });
});
