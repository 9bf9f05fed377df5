import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getAssortmentScope, getCachedCategoryTree, getCachedChannel } from '@/lib/catalog/cached-catalog.reads';
import { ANONYMOUS_AUDIENCE, findPricingContext, type PricingAudience } from '@/lib/pricing/prices.reads';
import { getDb } from '@/lib/platform/db';

/** The channel the consumer storefront sells through. Later channels reuse the same pages. */
export const STOREFRONT_CHANNEL = 'web';

/** Per-request memo: the layout and the page share one channel and one category-tree query. */
export const getStorefrontChannel = cache(async () => {
  const channel = await getCachedChannel(STOREFRONT_CHANNEL);
  if (!channel) notFound();
  return channel;
});

/** The navigation: the channel's categories that hold products listed for this visitor. */
export const getCategoryTree = cache(async () => {
  const [channel, audience] = await Promise.all([getStorefrontChannel(), getStorefrontAudience()]);
  return getCachedCategoryTree(await getAssortmentScope(channel.id, audience));
});

/** Where the visitor's listings look: the storefront channel, narrowed to their audiences with rules. */
export const getStorefrontAssortment = cache(async () => {
  const [channel, audience] = await Promise.all([getStorefrontChannel(), getStorefrontAudience()]);
  return getAssortmentScope(channel.id, audience);
});

/** Whose prices the storefront shows: everyone's, or a signed-in buyer's groups and company contract. */
export const getStorefrontAudience = cache(async (): Promise<PricingAudience> => {
  const actor = await getCurrentActor();
  if (!actor) return ANONYMOUS_AUDIENCE;
  return (await findPricingContext(getDb(), actor.userId))?.audience ?? ANONYMOUS_AUDIENCE;
});
