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
import Link from 'next/link';
import { getDb } from '@/lib/platform/db';
import { findCorrectedQuery } from '@/lib/search/search.reads';

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
  // Nothing found: offer the spelling the dictionary knows, if that finds something.
  const corrected = result.total === 0 ? await findCorrectedQuery(getDb(), q) : null;
  const correctedPage = corrected
    ? await getProductPage(
        channel,
        { ...query, q: corrected, category: undefined, page: 1, locale: await getVisitorLocale() },
        audience,
      )
    : null;
  return (
    <>
      <h1 className="text-2xl font-bold">{t('search.resultsFor', { q })}</h1>
      {corrected && correctedPage && correctedPage.total > 0 && (
        <p className="mt-2 text-lg">
          <Link href={`/search?q=${encodeURIComponent(corrected)}`} className="font-semibold underline">
            {t('search.didYouMean', { suggestion: corrected })}
          </Link>
        </p>
      )}
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
