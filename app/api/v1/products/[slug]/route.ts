import { toProductDetailDto } from '@/lib/catalog/catalog-dto.rules';
import { requireApiChannel } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { slugParam } from '@/lib/catalog/catalog-api.schemas';
import { findProductDetail } from '@/lib/catalog/product-detail.reads';
import { getDb } from '@/lib/platform/db';
import { notFound } from '@/lib/platform/errors';

/** One product of the key's channel assortment; 404 when it is not sold there. */
export const GET = apiHandler(async (request: Request, context: { params: Promise<{ slug: string }> }) => {
  const channel = await requireApiChannel(request);
  const { slug: rawSlug } = await context.params;
  const slug = slugParam.parse(rawSlug);
  const product = await findProductDetail(getDb(), channel, slug);
  if (!product) throw notFound(`Product "${slug}"`);
  return Response.json(toProductDetailDto(product));
});
