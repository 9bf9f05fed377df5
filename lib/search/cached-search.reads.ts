import 'server-only';
import { unstable_cache } from 'next/cache';
import { CATALOG_TAG, getAssortmentScope, getCachedChannel, installationId } from '@/lib/catalog/cached-catalog.reads';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { getDb } from '@/lib/platform/db';
import type { Locale } from '@/lib/platform/i18n/locales';
import { applyPriceLists, ANONYMOUS_AUDIENCE, type PricingAudience } from '@/lib/pricing/prices.reads';
import type { AssortmentScope } from '@/lib/assortment/assortment.reads';
import { listSearchSuggestions, type SearchSuggestions } from './search-suggestions.reads';

/** Suggestions change with the catalogue and the synonyms (both drop CATALOG_TAG) and with stock; a short life. */
const SUGGESTION_SECONDS = 60;

const suggestionsByInstallation = unstable_cache(
  async (
    _installation: string,
    channelCode: string,
    scope: AssortmentScope,
    q: string,
    locale: Locale,
  ): Promise<SearchSuggestions | null> => {
    const channel = await getCachedChannel(channelCode);
    if (!channel) return null;
    const found = await listSearchSuggestions(getDb(), channel, { q, locale, assortment: scope });
    return { ...found, products: await applyPriceLists(getDb(), channel, ANONYMOUS_AUDIENCE, found.products) };
  },
  ['search-suggestions'],
  { tags: [CATALOG_TAG], revalidate: SUGGESTION_SECONDS },
);

/**
 * Suggestions for a query in a channel, cached per assortment scope, query and language with everyone's
 * prices, re-priced for a buyer with customer-group or contract prices.
 */
export async function getSearchSuggestions(
  channel: ChannelContext,
  audience: PricingAudience,
  q: string,
  locale: Locale,
): Promise<SearchSuggestions | null> {
  const scope = await getAssortmentScope(channel.id, audience);
  const found = await suggestionsByInstallation(await installationId(), channel.code, scope, q.toLowerCase(), locale);
  if (!found || (audience.companyId === null && audience.customerGroupIds.length === 0)) return found;
  return { ...found, products: await applyPriceLists(getDb(), channel, audience, found.products) };
}
