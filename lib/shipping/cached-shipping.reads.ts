import 'server-only';
import { unstable_cache } from 'next/cache';
import { CATALOG_TAG } from '@/lib/catalog/cached-catalog.reads';
import { getDb } from '@/lib/platform/db';
import { getProductShippingNote } from './shipping.reads';

/** Invalidated by every save of a shipping rate (`updateTag(SHIPPING_TAG)` in the action). */
export const SHIPPING_TAG = 'shipping';

/**
 * The product page's shipping note, cached like the rest of the page's catalogue data: it changes with
 * the channel's delivery rate (shipping tag) and the product's tags (catalogue tag). Keyed by ids
 * (random uuids), so an entry can never answer for another database.
 */
export const getCachedProductShippingNote = unstable_cache(
  (channelId: string, productId: string) => getProductShippingNote(getDb(), channelId, productId),
  ['product-shipping-note'],
  { tags: [CATALOG_TAG, SHIPPING_TAG], revalidate: 300 },
);
