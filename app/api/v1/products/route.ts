import { toCardDto } from '@/lib/catalog/catalog-dto.rules';
import { requireApiChannel } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { productsQuery } from '@/lib/catalog/catalog-api.schemas';
import { getCachedProductPage } from '@/lib/catalog/cached-catalog.reads';
import { notFound } from '@/lib/platform/errors';
import { searchParamsToObject } from '@/lib/catalog/catalog.schemas';

/** A page of the key's channel assortment (everyone's), with everyone's prices. */
export const GET = apiHandler(async (request: Request) => {
  const channel = await requireApiChannel(request);
  const query = productsQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const page = await getCachedProductPage(channel.code, query);
  if (!page) throw notFound(`Channel "${channel.code}"`);
  return Response.json({ ...page, items: page.items.map(toCardDto) });
});
