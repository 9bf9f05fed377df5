import 'server-only';
import { unstable_cache } from 'next/cache';
import { getDb } from '@/lib/platform/db';
import {
  assortmentScope,
  findAssortedCategoryPaths,
  findRuleAudienceKeys,
  narrowScope,
  type AssortmentScope,
} from '@/lib/assortment/assortment.reads';
import { listCategoryTree, pruneCategoryTree } from './categories.reads';
import { findActiveChannel, findPublishableKey, type ChannelContext } from '@/lib/channels/channels.reads';
import { getInstallationId } from '@/lib/platform/installation.reads';
import { listStores } from '@/lib/inventory/locations.reads';
import { applyPriceLists, ANONYMOUS_AUDIENCE, type PricingAudience } from '@/lib/pricing/prices.reads';
import { listFacets, listProducts, type FacetFilters } from './product-listing.reads';
import { findProductBase, withLiveStock, type ProductDetail } from './product-detail.reads';
import type { Locale } from '@/lib/platform/i18n/locales';
import { CATALOG_LOCALE } from './translated-sql.reads';

/**
 * Shared catalogue reads, cached in each server worker and invalidated by tag on every admin write
 * (`updateTag(CATALOG_TAG)` in the action); lib/platform/cache/shared-cache-handler.js carries the invalidation
 * to every worker and instance. Listings carry coarse availability, so they also expire after
 * LISTING_SECONDS; product pages read stock live and are not cached here (see docs/decisions.md).
 *
 * Every entry is keyed by the database's installation id, so a cache that outlives a database (Next's
 * default handler persists to .next/cache) never serves entries written for another one.
 */
export const CATALOG_TAG = 'catalog';
const LISTING_SECONDS = 60;
const REFERENCE_SECONDS = 300;

const holder = globalThis as typeof globalThis & { __installationId?: Promise<string> };
export function installationId(): Promise<string> {
  holder.__installationId ??= getInstallationId(getDb()).catch((error: unknown) => {
    holder.__installationId = undefined;
    throw error;
  });
  return holder.__installationId;
}

const channelByInstallation = unstable_cache(
  (_installation: string, code: string) => findActiveChannel(getDb(), code),
  ['channel'],
  {
    tags: [CATALOG_TAG],
    revalidate: REFERENCE_SECONDS,
  },
);
export const getCachedChannel = async (code: string) => channelByInstallation(await installationId(), code);

const keyByInstallation = unstable_cache(
  (_installation: string, token: string) => findPublishableKey(getDb(), token),
  ['publishable-key'],
  {
    tags: [CATALOG_TAG],
    revalidate: REFERENCE_SECONDS,
  },
);
/** A publishable key's channel code and whether it was revoked; null when unknown. */
export const getCachedPublishableKey = async (token: string) => keyByInstallation(await installationId(), token);

const ruleKeysByInstallation = unstable_cache(
  (_installation: string, channelId: string) => findRuleAudienceKeys(getDb(), channelId),
  ['assortment-rule-keys'],
  {
    tags: [CATALOG_TAG],
    revalidate: REFERENCE_SECONDS,
  },
);

/** A buyer's assortment scope in a channel, narrowed to the audiences that have rules there (usually none). */
export async function getAssortmentScope(channelId: string, audience: PricingAudience): Promise<AssortmentScope> {
  const scope = assortmentScope(channelId, audience);
  if (scope.audienceKeys.length === 0) return scope;
  return narrowScope(scope, await ruleKeysByInstallation(await installationId(), channelId));
}

const treeByInstallation = unstable_cache(
  async (_installation: string, scope: AssortmentScope, locale: Locale) => {
    const db = getDb();
    const [tree, paths] = await Promise.all([listCategoryTree(db, locale), findAssortedCategoryPaths(db, scope)]);
    return pruneCategoryTree(tree, paths);
  },
  ['category-tree'],
  { tags: [CATALOG_TAG], revalidate: REFERENCE_SECONDS },
);
/** The category tree of a channel's assortment for a scope, in `locale`: categories without listed products are left out. */
export const getCachedCategoryTree = async (scope: AssortmentScope, locale: Locale) =>
  treeByInstallation(await installationId(), scope, locale);

const storesByInstallation = unstable_cache((_installation: string) => listStores(getDb()), ['stores'], {
  tags: [CATALOG_TAG],
  revalidate: REFERENCE_SECONDS,
});
export const getCachedStores = async () => storesByInstallation(await installationId());

const facetsByInstallation = unstable_cache(
  (_installation: string, scope: Parameters<typeof listFacets>[1], filters?: FacetFilters) =>
    listFacets(getDb(), scope, filters),
  ['facets'],
  // With "in stock only" the counts follow stock, like the listing beside them.
  { tags: [CATALOG_TAG], revalidate: LISTING_SECONDS },
);
/** Facet counts of a scope; with `filters`, each facet's counts follow the other active filters (see listFacets). */
export const getCachedFacets = async (scope: Parameters<typeof listFacets>[1], filters?: FacetFilters) =>
  facetsByInstallation(await installationId(), scope, filters);

const productPageByInstallation = unstable_cache(
  async (_installation: string, channelCode: string, query: Parameters<typeof listProducts>[2]) => {
    const channel = await getCachedChannel(channelCode);
    if (!channel) return null;
    const page = await listProducts(getDb(), channel, query);
    // Prices everyone gets (no customer group, no company); time windows are honoured within LISTING_SECONDS.
    return { ...page, items: await applyPriceLists(getDb(), channel, ANONYMOUS_AUDIENCE, page.items) };
  },
  ['product-page'],
  { tags: [CATALOG_TAG], revalidate: LISTING_SECONDS },
);
/** A listing page for an active channel (by code) with everyone's prices; null when the channel is unknown or inactive. */
export const getCachedProductPage = async (channelCode: string, query: Parameters<typeof listProducts>[2]) =>
  productPageByInstallation(await installationId(), channelCode, query);

/**
 * A listing page for this audience: the cached page of their assortment (everyone's unless their
 * groups or company have rules), re-priced for customer groups and contracts.
 */
export async function getProductPage(
  channel: ChannelContext,
  query: Parameters<typeof listProducts>[2],
  audience: PricingAudience,
) {
  const scope = await getAssortmentScope(channel.id, audience);
  const page = await getCachedProductPage(channel.code, { ...query, audienceKeys: scope.audienceKeys });
  if (!page || (audience.companyId === null && audience.customerGroupIds.length === 0)) return page;
  return { ...page, items: await applyPriceLists(getDb(), channel, audience, page.items) };
}

const productBaseByInstallation = unstable_cache(
  async (_installation: string, channelCode: string, slug: string, audience: PricingAudience, locale: Locale) => {
    const channel = await getCachedChannel(channelCode);
    return channel ? findProductBase(getDb(), channel, slug, audience, undefined, locale) : null;
  },
  ['product-base'],
  { tags: [CATALOG_TAG], revalidate: LISTING_SECONDS },
);

/**
 * A product page's or the product API's detail for this buyer with live stock, in `locale`: everything but stock
 * (names, media, the buyer's prices, related products) comes from the catalogue cache, invalidated by
 * every admin write and re-read after LISTING_SECONDS so that price lists' time windows take effect;
 * stock is read now (one query). Null when the product is not sold to this buyer in the channel.
 */
export async function getProductDetail(
  channel: ChannelContext,
  slug: string,
  audience: PricingAudience,
  locale: Locale = CATALOG_LOCALE,
): Promise<ProductDetail | null> {
  // One entry per set of groups, whatever order they were read in.
  const key = { customerGroupIds: [...audience.customerGroupIds].sort(), companyId: audience.companyId };
  const base = await productBaseByInstallation(await installationId(), channel.code, slug, key, locale);
  return base && withLiveStock(getDb(), channel, base);
}
