import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { getCachedCategoryTree, getCachedChannel } from '@/lib/data/cached-catalog';
import { ANONYMOUS_AUDIENCE, findPricingContext, type PricingAudience } from '@/lib/data/prices';
import { getDb } from '@/lib/db';

/** The channel the consumer storefront sells through. Later channels reuse the same pages. */
export const STOREFRONT_CHANNEL = 'web';

/** Per-request memo: the layout and the page share one channel and one category-tree query. */
export const getStorefrontChannel = cache(async () => {
  const channel = await getCachedChannel(STOREFRONT_CHANNEL);
  if (!channel) notFound();
  return channel;
});

export const getCategoryTree = cache(() => getCachedCategoryTree());

/** Whose prices the storefront shows: everyone's, or a signed-in buyer's groups and company contract. */
export const getStorefrontAudience = cache(async (): Promise<PricingAudience> => {
  const actor = await getCurrentActor();
  if (!actor) return ANONYMOUS_AUDIENCE;
  return (await findPricingContext(getDb(), actor.userId))?.audience ?? ANONYMOUS_AUDIENCE;
});
