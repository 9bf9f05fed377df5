import { requireApiContext } from '@/lib/platform/api/channel';
import { translatorFor } from '@/lib/platform/i18n/messages';
import { traceText } from '@/lib/pricing/pricing-trace.rules';
import { apiHandler } from '@/lib/platform/api/problem';
import { pricesQuery } from '@/lib/catalog/catalog-api.schemas';
import { can } from '@/lib/platform/auth/permissions.rules';
import {
  findPriceLists,
  findPricedVariants,
  findPricingAudience,
  isVisibleTo,
  priceVariant,
} from '@/lib/pricing/prices.reads';
import { assortmentScope, isProductListed } from '@/lib/assortment/assortment.reads';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import { searchParamsToObject } from '@/lib/catalog/catalog.schemas';

/** The engine's answer for one SKU, with a trace over every price list of the channel. */
// The API speaks English (problem details and reasons alike).
const english = translatorFor('en');

export const GET = apiHandler(async (request: Request) => {
  const { channel, actor } = await requireApiContext(request);
  const query = pricesQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const db = getDb();
  const [variant] = await findPricedVariants(db, channel, { skus: [query.sku] });
  if (!variant) throw new AppError('variant.not_found', { params: { sku: query.sku } });
  if (query.company && !can(actor, 'company:shop', { company: query.company }))
    throw new AppError('company.not_member');
  const audience = await findPricingAudience(db, actor, query.company);
  if (!(await isProductListed(db, assortmentScope(channel.id, audience), variant.productId)))
    throw new AppError('variant.not_found', { params: { sku: query.sku } });
  const at = new Date();
  // Back-office users see every list in the trace; buyers only the lists meant for everyone and their own.
  const lists = (await findPriceLists(db, channel, [variant], { at })).filter(
    (list) => can(actor, 'catalog:read') || isVisibleTo(list, audience),
  );
  const price = priceVariant(channel, audience, variant, lists, query.quantity, at);
  return Response.json(
    {
      sku: variant.sku,
      channel: channel.code,
      quantity: price.quantity,
      unitPrice: price.unit,
      basePrice: price.base,
      lineTotal: price.lineTotal,
      pricesIncludeVat: price.includesVat,
      reduced: price.reduced,
      appliedPriceList: price.applied?.listName ?? null,
      floorApplied: price.floorApplied,
      trace: price.trace.map((s) => ({
        priceList: s.listName,
        priority: s.priority,
        outcome: s.outcome,
        reason: traceText(english, 'en', s.reasons),
        unitAmount: s.unitAmount,
      })),
    },
    { headers: { 'cache-control': 'private, no-store' } },
  );
});
