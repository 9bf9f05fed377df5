import { toProductDetailDto } from '@/lib/api/catalog-dto';
import { requireApiChannel } from '@/lib/api/channel';
import { apiHandler } from '@/lib/api/problem';
import { slugParam } from '@/lib/api/schemas';
import { findProductDetail } from '@/lib/data/product-detail';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** One product of the key's channel assortment; 404 when it is not sold there. */
export const GET = apiHandler(async (request: Request, context: { params: Promise<{ slug: string }> }) => {
  const channel = await requireApiChannel(request);
  const { slug: rawSlug } = await context.params;
  const slug = slugParam.parse(rawSlug);
  const product = await findProductDetail(getDb(), channel, slug);
  if (!product) throw notFound(`Product "${slug}"`);
  return Response.json(toProductDetailDto(product));
});
