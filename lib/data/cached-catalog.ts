import 'server-only';
import { unstable_cache } from 'next/cache';
import { getDb } from '@/lib/db';
import { listCategoryTree } from './categories';
import { findActiveChannel } from './channels';
import { listStores } from './locations';
import { listFacets, listProducts } from './product-listing';

/**
 * Shared catalogue reads, cached per app instance and invalidated by tag on every admin write
 * (`updateTag(CATALOG_TAG)` in the action). Listings carry coarse availability, so they also expire
 * after LISTING_SECONDS; product pages read stock live and are not cached here. With several app
 * instances each keeps its own cache: an admin write is seen at once on the instance that served it
 * and within the expiry everywhere else (see docs/decisions.md).
 */
export const CATALOG_TAG = 'catalog';
const LISTING_SECONDS = 60;
const REFERENCE_SECONDS = 300;

export const getCachedChannel = unstable_cache((code: string) => findActiveChannel(getDb(), code), ['channel'], {
  tags: [CATALOG_TAG],
  revalidate: REFERENCE_SECONDS,
});

export const getCachedCategoryTree = unstable_cache(() => listCategoryTree(getDb()), ['category-tree'], {
  tags: [CATALOG_TAG],
  revalidate: REFERENCE_SECONDS,
});

export const getCachedStores = unstable_cache(() => listStores(getDb()), ['stores'], { tags: [CATALOG_TAG], revalidate: REFERENCE_SECONDS });

export const getCachedFacets = unstable_cache((scope: Parameters<typeof listFacets>[1]) => listFacets(getDb(), scope), ['facets'], {
  tags: [CATALOG_TAG],
  revalidate: REFERENCE_SECONDS,
});

/** A listing page for an active channel (by code); null when the channel is unknown or inactive. */
export const getCachedProductPage = unstable_cache(
  async (channelCode: string, query: Parameters<typeof listProducts>[2]) => {
    const channel = await getCachedChannel(channelCode);
    return channel ? listProducts(getDb(), channel, query) : null;
  },
  ['product-page'],
  { tags: [CATALOG_TAG], revalidate: LISTING_SECONDS },
);
