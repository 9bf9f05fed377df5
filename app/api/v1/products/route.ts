import { toCardDto } from '@/lib/api/catalog-dto';
import { requireApiChannel } from '@/lib/api/channel';
import { apiHandler } from '@/lib/api/problem';
import { productsQuery } from '@/lib/api/schemas';
import { getCachedProductPage } from '@/lib/data/cached-catalog';
import { notFound } from '@/lib/errors';
import { searchParamsToObject } from '@/lib/validation/catalog';

/** A page of the key's channel assortment (everyone's), with everyone's prices. */
export const GET = apiHandler(async (request: Request) => {
  const channel = await requireApiChannel(request);
  const query = productsQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const page = await getCachedProductPage(channel.code, query);
  if (!page) throw notFound(`Channel "${channel.code}"`);
  return Response.json({ ...page, items: page.items.map(toCardDto) });
});
