import { toCategoryDto } from '@/lib/catalog/catalog-dto.rules';
import { requireApiChannel } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { getCachedCategoryTree } from '@/lib/catalog/cached-catalog.reads';
import { ANONYMOUS_AUDIENCE } from '@/lib/pricing/prices.reads';
import { assortmentScope } from '@/lib/assortment/assortment.reads';

/** The category tree of the key's channel: only categories with products in its assortment. */
export const GET = apiHandler(async (request: Request) => {
  const channel = await requireApiChannel(request);
  const tree = await getCachedCategoryTree(assortmentScope(channel.id, ANONYMOUS_AUDIENCE));
  return Response.json({ items: tree.map(toCategoryDto) });
});
