import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/storefront/breadcrumb';
import { ProductListingView } from '@/components/storefront/product-listing-view';
import { SubcategoryLinks } from '@/components/storefront/subcategory-links';
import { findCategoryInTree } from '@/lib/catalog/categories.reads';
import { getCachedFacets, getProductPage } from '@/lib/catalog/cached-catalog.reads';
import { getTranslations } from 'next-intl/server';
import { facetFilters, parseListingParams } from '@/lib/catalog/listing-params.schemas';
import {
  getCategoryTree,
  getStorefrontAssortment,
  getStorefrontAudience,
  getStorefrontChannel,
  getVisitorLocale,
} from '@/lib/platform/request-context';

type Props = {
  params: Promise<{ path: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function findCategory(params: Props['params']) {
  const { path } = await params;
  if (!path.every((segment) => /^[a-z0-9-]{1,100}$/.test(segment))) return null;
  return findCategoryInTree(await getCategoryTree(), path.join('/'));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findCategory(params);
  return { title: found?.node.name ?? (await getTranslations('notFound'))('title') };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const found = await findCategory(params);
  if (!found) notFound();
  const { node, trail } = found;
  const [t, channel, raw, audience] = await Promise.all([
    getTranslations(),
    getStorefrontChannel(),
    searchParams,
    getStorefrontAudience(),
  ]);
  const { query, invalid } = parseListingParams(raw);
  const [result, facets] = await Promise.all([
    getProductPage(
      channel,
      { ...query, q: undefined, category: node.path, locale: await getVisitorLocale() },
      audience,
    ),
    getCachedFacets(
      { assortment: await getStorefrontAssortment(), categoryPath: node.path, locale: await getVisitorLocale() },
      facetFilters(channel, query),
    ),
  ]);
  if (!result) notFound();
  const basePath = `/c/${node.path}`;
  return (
    <>
      <Breadcrumb items={trail.map((c) => ({ name: c.name, href: `/c/${c.path}` }))} />
      <h1 className="text-2xl font-bold">{node.name}</h1>
      {node.description && <p className="mt-1 max-w-3xl text-gray-700">{node.description}</p>}
      <ProductListingView
        basePath={basePath}
        query={query}
        result={result}
        facets={facets}
        invalid={invalid}
        currency={channel.currency}
        emptyText={t('listing.empty')}
        aside={
          node.children.length > 0 && <SubcategoryLinks label={t('listing.subcategories')} items={node.children} />
        }
      />
    </>
  );
}
