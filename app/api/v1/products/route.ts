import { toCardDto } from '@/lib/api/catalog-dto';
import { apiHandler } from '@/lib/api/problem';
import { productsQuery } from '@/lib/api/schemas';
import { getCachedProductPage } from '@/lib/data/cached-catalog';
import { notFound } from '@/lib/errors';
import { searchParamsToObject } from '@/lib/validation/catalog';

export const GET = apiHandler(async (request: Request) => {
  const { channel: channelCode, ...query } = productsQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const page = await getCachedProductPage(channelCode, query);
  if (!page) throw notFound(`Channel "${channelCode}"`);
  return Response.json({ ...page, items: page.items.map(toCardDto) });
});
