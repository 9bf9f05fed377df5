import { describe, expect, it } from 'vitest';
import { listingHref, parseListingParams } from './listing-params.schemas';

describe('parseListingParams', () => {
  it('keeps valid filters and reports and drops invalid ones', () => {
    const { query, invalid } = parseListingParams({ color: 'Red', page: 'x', minPrice: '-5', sort: 'price-asc' });
    expect(query).toMatchObject({ color: ['Red'], page: 1, sort: 'price-asc' });
    expect(query.minPrice).toBeUndefined();
    expect(invalid.sort()).toEqual(['minPrice', 'page']);
  });
});

describe('listingHref', () => {
  it('builds a URL with arrays, drops defaults and applies changes', () => {
    const { query } = parseListingParams({ color: ['Red', 'Blue'], inStock: '1', page: '3' });
    expect(listingHref('/c/bikes', query, { page: 4 })).toBe('/c/bikes?color=Red&color=Blue&inStock=1&page=4');
    expect(listingHref('/c/bikes', query, { page: 1 })).toBe('/c/bikes?color=Red&color=Blue&inStock=1');
  });
});
