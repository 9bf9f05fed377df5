import { toCategoryDto } from '@/lib/catalog/catalog-dto.rules';
import { requireApiContext } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { getAssortmentScope, getCachedCategoryTree } from '@/lib/catalog/cached-catalog.reads';

/** The category tree of the caller's channel: only categories with products in their assortment. */
export const GET = apiHandler(async (request: Request) => {
  const { channel, audience, locale } = await requireApiContext(request);
  const tree = await getCachedCategoryTree(await getAssortmentScope(channel.id, audience), locale);
  return Response.json({ items: tree.map(toCategoryDto) }, { headers: { 'content-language': locale } });
});
