import { toProductDetailDto } from '@/lib/api/catalog-dto';
import { requireApiChannel } from '@/lib/api/channel';
import { apiHandler } from '@/lib/api/problem';
import { channelQuery, slugParam } from '@/lib/api/schemas';
import { findProductDetail } from '@/lib/data/product-detail';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { searchParamsToObject } from '@/lib/validation/catalog';

export const GET = apiHandler(async (request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { slug: rawSlug } = await context.params;
  const query = channelQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const slug = slugParam.parse(rawSlug);
  const db = getDb();
  const channel = await requireApiChannel(query.channel);
  const product = await findProductDetail(db, channel, slug);
  if (!product) throw notFound(`Product "${slug}"`);
  return Response.json(toProductDetailDto(product));
});
