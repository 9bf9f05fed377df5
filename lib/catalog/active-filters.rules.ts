// The filters a listing URL holds, as removable chips, and the facet values a filter panel offers.
import type { ProductListQuery } from './catalog.schemas';

export type ActiveFilter =
  | { kind: 'brand' | 'color' | 'size'; value: string; remove: Partial<ProductListQuery> }
  | { kind: 'minPrice' | 'maxPrice'; value: number; remove: Partial<ProductListQuery> }
  | { kind: 'inStock'; remove: Partial<ProductListQuery> };

/**
 * Every active filter in display order (brand, colour, size, price, stock), each with the query change
 * that removes it alone. Removing a filter returns to the first page (the old page may no longer exist).
 */
export function listActiveFilters(query: ProductListQuery): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const kind of ['brand', 'color', 'size'] as const) {
    for (const value of query[kind]) {
      out.push({ kind, value, remove: { [kind]: query[kind].filter((v) => v !== value), page: 1 } });
    }
  }
  if (query.minPrice !== undefined)
    out.push({ kind: 'minPrice', value: query.minPrice, remove: { minPrice: undefined, page: 1 } });
  if (query.maxPrice !== undefined)
    out.push({ kind: 'maxPrice', value: query.maxPrice, remove: { maxPrice: undefined, page: 1 } });
  if (query.inStock) out.push({ kind: 'inStock', remove: { inStock: false, page: 1 } });
  return out;
}

/** The change that removes every filter (search text and sort stay). */
export const CLEAR_FILTERS: Partial<ProductListQuery> = {
  brand: [],
  color: [],
  size: [],
  minPrice: undefined,
  maxPrice: undefined,
  inStock: false,
  page: 1,
};

/**
 * A facet's values with the ticked ones kept even when the other filters leave none of them (count
 * 0), so a ticked box never disappears and can always be unticked where it was ticked.
 */
export function withSelectedValues<F extends { value: string; count: number }>(
  facet: F[],
  selected: string[],
  make: (value: string) => F,
): F[] {
  const missing = selected.filter((value) => !facet.some((f) => f.value === value));
  return [...facet, ...missing.map(make)];
}
