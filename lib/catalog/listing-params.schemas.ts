import { productListQuery, searchParamsToObject, type ProductListQuery } from '@/lib/catalog/catalog.schemas';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import type { FacetFilters } from '@/lib/catalog/product-listing.reads';

/**
 * Storefront listings are forgiving: invalid filter values are dropped (and reported) instead of
 * failing the page. The API, in contrast, answers 400 for the same input.
 */
export function parseListingParams(raw: Record<string, string | string[] | undefined>): {
  query: ProductListQuery;
  invalid: string[];
} {
  const input = searchParamsToObject(raw);
  const first = productListQuery.safeParse(input);
  if (first.success) return { query: first.data, invalid: [] };
  const invalid = [...new Set(first.error.issues.map((issue) => String(issue.path[0] ?? '')))].filter(Boolean);
  const cleaned = Object.fromEntries(Object.entries(input).filter(([key]) => !invalid.includes(key)));
  const second = productListQuery.safeParse(cleaned);
  return { query: second.success ? second.data : productListQuery.parse({}), invalid };
}

/** A listing URL with the given parameters changed (undefined removes one). */
export function listingHref(
  basePath: string,
  query: Partial<ProductListQuery>,
  changes: Partial<Record<keyof ProductListQuery, string | string[] | number | boolean | undefined>>,
): string {
  const params = new URLSearchParams();
  const merged: Record<string, unknown> = { ...query, ...changes };
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === false || key === 'category') continue;
    if (key === 'pageSize' && value === 24) continue;
    if (key === 'page' && value === 1) continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.set(key, value === true ? '1' : String(value));
  }
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

/**
 * The active filters of a listing query that its facet counts follow (lib/catalog/product-listing.reads.ts);
 * undefined when none is active, so an unfiltered page shares the plain facet query and its cache entry.
 */
export function facetFilters(channel: ChannelContext, query: ProductListQuery): FacetFilters | undefined {
  const { brand, color, size, minPrice, maxPrice, inStock } = query;
  const active =
    brand.length + color.length + size.length > 0 || minPrice !== undefined || maxPrice !== undefined || inStock;
  return active ? { channel, brand, color, size, minPrice, maxPrice, inStock } : undefined;
}
