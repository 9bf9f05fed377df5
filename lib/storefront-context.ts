import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { listCategoryTree } from '@/lib/data/categories';
import { findActiveChannel } from '@/lib/data/channels';
import { getDb } from '@/lib/db';

/** The channel the consumer storefront sells through. Later channels reuse the same pages. */
export const STOREFRONT_CHANNEL = 'web';

/** Per-request memo: the layout and the page share one channel and one category-tree query. */
export const getStorefrontChannel = cache(async () => {
  const channel = await findActiveChannel(getDb(), STOREFRONT_CHANNEL);
  if (!channel) notFound();
  return channel;
});

export const getCategoryTree = cache(() => listCategoryTree(getDb()));
