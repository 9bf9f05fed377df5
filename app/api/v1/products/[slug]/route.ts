import { toProductDetailDto } from '@/lib/catalog/catalog-dto.rules';
import { requireApiContext } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { slugParam } from '@/lib/catalog/catalog-api.schemas';
import { getProductDetail } from '@/lib/catalog/cached-catalog.reads';
import { AppError } from '@/lib/platform/errors';

/** One product of the caller's channel assortment, priced for them; 404 when it is not sold to them there. */
export const GET = apiHandler(async (request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { channel, audience, locale } = await requireApiContext(request);
  const { slug: rawSlug } = await context.params;
  const slug = slugParam.parse(rawSlug);
  const product = await getProductDetail(channel, slug, audience, locale);
  if (!product) throw new AppError('product.not_found');
  return Response.json(toProductDetailDto(product), { headers: { 'content-language': locale } });
});
