import { describe, expect, it } from 'vitest';
import { CLEAR_FILTERS, listActiveFilters, withSelectedValues } from './active-filters.rules';
import { listingHref, parseListingParams } from './listing-params.schemas';

const parse = (raw: Record<string, string | string[]>) => parseListingParams(raw).query;

describe('listActiveFilters', () => {
  it('has nothing for an unfiltered listing (sort and search text are no filters)', () => {
    expect(listActiveFilters(parse({ sort: 'price-asc', q: 'bike', page: '2' }))).toEqual([]);
  });

  it('lists every filter in order, each removable alone, back to page 1', () => {
    const query = parse({
      color: ['Black', 'Racing Red'],
      size: 'M',
      brand: 'velo',
      minPrice: '10',
      maxPrice: '500',
      inStock: '1',
      sort: 'name',
      page: '3',
    });
    const active = listActiveFilters(query);
    expect(active.map((f) => [f.kind, 'value' in f ? f.value : null])).toEqual([
      ['brand', 'velo'],
      ['color', 'Black'],
      ['color', 'Racing Red'],
      ['size', 'M'],
      ['minPrice', 10],
      ['maxPrice', 500],
      ['inStock', null],
    ]);
    const hrefs = active.map((f) => listingHref('/c/bikes', query, f.remove));
    expect(hrefs).toEqual([
      '/c/bikes?color=Black&color=Racing+Red&size=M&minPrice=10&maxPrice=500&inStock=1&sort=name',
      '/c/bikes?brand=velo&color=Racing+Red&size=M&minPrice=10&maxPrice=500&inStock=1&sort=name',
      '/c/bikes?brand=velo&color=Black&size=M&minPrice=10&maxPrice=500&inStock=1&sort=name',
      '/c/bikes?brand=velo&color=Black&color=Racing+Red&minPrice=10&maxPrice=500&inStock=1&sort=name',
      '/c/bikes?brand=velo&color=Black&color=Racing+Red&size=M&maxPrice=500&inStock=1&sort=name',
      '/c/bikes?brand=velo&color=Black&color=Racing+Red&size=M&minPrice=10&inStock=1&sort=name',
      '/c/bikes?brand=velo&color=Black&color=Racing+Red&size=M&minPrice=10&maxPrice=500&sort=name',
    ]);
  });

  it('keeps search text and sort when every filter is cleared', () => {
    const query = parse({ q: 'helmet', color: 'Black', inStock: '1', sort: 'price-desc', page: '2' });
    expect(listingHref('/search', query, CLEAR_FILTERS)).toBe('/search?q=helmet&sort=price-desc');
  });
});

describe('withSelectedValues', () => {
  const make = (value: string) => ({ value, count: 0 });

  it('adds a ticked value the other filters leave no product for', () => {
    expect(withSelectedValues([{ value: 'M', count: 3 }], ['M', 'XL'], make)).toEqual([
      { value: 'M', count: 3 },
      { value: 'XL', count: 0 },
    ]);
  });

  it('leaves the facet alone when nothing is ticked or all ticked values are there', () => {
    const facet = [{ value: 'Black', count: 2 }];
    expect(withSelectedValues(facet, [], make)).toEqual(facet);
    expect(withSelectedValues(facet, ['Black'], make)).toEqual(facet);
  });
});
