import { toProductStockDto } from '@/lib/catalog/catalog-dto.rules';
import { slugParam } from '@/lib/catalog/catalog-api.schemas';
import { getProductDetail } from '@/lib/catalog/cached-catalog.reads';
import { publishableKeyOf, requireApiContext } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { AppError } from '@/lib/platform/errors';
import { CATALOG_LOCALE } from '@/lib/catalog/translated-sql.reads';
import { getRequestContext } from '@/lib/platform/request-context';

/**
 * A product's stock now, per variant and location (never cached). With a publishable key the key's
 * channel, as every API call; without one the storefront visitor's channel: the product page, served
 * from the page cache, refreshes its availability with it. 404 when the product is not sold to them there.
 */
export const GET = apiHandler(async (request: Request, context: { params: Promise<{ slug: string }> }) => {
  const slug = slugParam.parse((await context.params).slug);
  const { channel, audience } = publishableKeyOf(request)
    ? await requireApiContext(request)
    : await getRequestContext();
  // Stock does not depend on the language; every locale's cached product base names the same variants.
  const product = await getProductDetail(channel, slug, audience, CATALOG_LOCALE);
  if (!product) throw new AppError('product.not_found');
  return Response.json(toProductStockDto(product), { headers: { 'cache-control': 'private, no-store' } });
});
