import { toCardDto } from '@/lib/catalog/catalog-dto.rules';
import { requireApiContext } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { productsQuery } from '@/lib/catalog/catalog-api.schemas';
import { getProductPage } from '@/lib/catalog/cached-catalog.reads';
import { AppError } from '@/lib/platform/errors';
import { searchParamsToObject } from '@/lib/catalog/catalog.schemas';

/** A page of the caller's channel assortment, priced for them (everyone's prices without a session), in their language. */
export const GET = apiHandler(async (request: Request) => {
  const { channel, audience, locale } = await requireApiContext(request);
  const query = productsQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const page = await getProductPage(channel, { ...query, locale }, audience);
  if (!page) throw new AppError('channel.inactive', { params: { channel: channel.code } });
  return Response.json({ ...page, items: page.items.map(toCardDto) }, { headers: { 'content-language': locale } });
});
