import { pageTitle } from '@/lib/platform/i18n/page-title';
import { ProductListingView } from '@/components/storefront/product-listing-view';
import { notFound } from 'next/navigation';
import { getCachedFacets, getProductPage } from '@/lib/catalog/cached-catalog.reads';
import { getTranslations } from 'next-intl/server';
import { facetFilters, parseListingParams } from '@/lib/catalog/listing-params.schemas';
import {
  getStorefrontAssortment,
  getStorefrontAudience,
  getStorefrontChannel,
  getVisitorLocale,
} from '@/lib/platform/request-context';

export const generateMetadata = pageTitle('search.title');

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [t, channel, raw, audience] = await Promise.all([
    getTranslations(),
    getStorefrontChannel(),
    searchParams,
    getStorefrontAudience(),
  ]);
  const { query, invalid } = parseListingParams(raw);
  const q = query.q ?? '';
  if (!q) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t('search.title')}</h1>
        <p className="mt-4">{t('search.prompt')}</p>
      </>
    );
  }
  const [result, facets] = await Promise.all([
    getProductPage(channel, { ...query, category: undefined, locale: await getVisitorLocale() }, audience),
    getCachedFacets(
      { assortment: await getStorefrontAssortment(), q, locale: await getVisitorLocale() },
      facetFilters(channel, query),
    ),
  ]);
  if (!result) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('search.resultsFor', { q })}</h1>
      <ProductListingView
        basePath="/search"
        hiddenQ={q}
        query={query}
        result={result}
        facets={facets}
        invalid={invalid}
        currency={channel.currency}
        emptyText={t('search.empty', { q })}
      />
    </>
  );
}
