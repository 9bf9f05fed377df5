import { getLocale } from 'next-intl/server';
import { toCardDto } from '@/lib/catalog/catalog-dto.rules';
import { searchParamsToObject } from '@/lib/catalog/catalog.schemas';
import { publishableKeyOf, requireApiContext } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { AppError } from '@/lib/platform/errors';
import { isLocale, DEFAULT_LOCALE } from '@/lib/platform/i18n/locales';
import { getRequestContext } from '@/lib/platform/request-context';
import { getSearchSuggestions } from '@/lib/search/cached-search.reads';
import { suggestionsQuery, type SuggestionsDto } from '@/lib/search/search-api.schemas';

/**
 * Suggestions while typing: products (image, price), categories and brands. With a publishable key
 * the key's channel, as every API call; without one the storefront visitor's channel (the header's
 * search box), like /api/cart. Anonymous answers may be cached by browsers and shared caches briefly.
 */
export const GET = apiHandler(async (request: Request) => {
  const query = suggestionsQuery.parse(searchParamsToObject(new URL(request.url).searchParams));
  const { channel, audience, actor } = publishableKeyOf(request)
    ? await requireApiContext(request)
    : await getRequestContext();
  const requested = query.locale ?? (await getLocale());
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const found = await getSearchSuggestions(channel, audience, query.q, locale);
  if (!found) throw new AppError('channel.inactive', { params: { channel: channel.code } });
  const body: SuggestionsDto = {
    query: query.q,
    products: found.products.map((card) => ({ ...toCardDto(card), url: `/p/${card.slug}` })),
    categories: found.categories.map((c) => ({ ...c, url: `/c/${c.path}` })),
    brands: found.brands.map((b) => ({ ...b, url: `/search?q=${encodeURIComponent(b.name)}` })),
  };
  return Response.json(body, {
    headers: {
      'cache-control': actor ? 'private, no-store' : 'public, max-age=60',
      vary: 'x-publishable-key, accept-language, cookie',
    },
  });
});
