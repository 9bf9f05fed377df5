import { describe, expect, it } from 'vitest';
import { productListQuery, searchParamsToObject } from './catalog.schemas';

const parse = (qs: string) => productListQuery.safeParse(searchParamsToObject(new URLSearchParams(qs)));

describe('productListQuery', () => {
  it('applies defaults', () => {
    const r = parse('');
    expect(r.success && r.data).toMatchObject({ page: 1, pageSize: 24, brand: [], color: [], inStock: false });
  });

  it.each([
    ['color=Red&color=Blue', { color: ['Red', 'Blue'] }],
    ['color=Red,Blue', { color: ['Red', 'Blue'] }],
    ['minPrice=100&maxPrice=500', { minPrice: 100, maxPrice: 500 }],
    ['inStock=1', { inStock: true }],
    ['category=bikes/trekking-bikes', { category: 'bikes/trekking-bikes' }],
    ['sort=price-desc&page=3&pageSize=48', { sort: 'price-desc', page: 3, pageSize: 48 }],
  ])('parses %s', (qs, expected) => {
    const r = parse(qs);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject(expected);
  });

  it('treats empty form fields as not set', () => {
    const r = parse('minPrice=&maxPrice=&color=&sort=price-asc&q=');
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ color: [], sort: 'price-asc' });
    expect(r.data?.minPrice).toBeUndefined();
    expect(r.data?.maxPrice).toBeUndefined();
  });

  it.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['pageSize=101', 'pageSize'],
    ['minPrice=10.5', 'minPrice'],
    ['minPrice=-1', 'minPrice'],
    ['minPrice=500&maxPrice=100', 'minPrice'],
    ['sort=cheap', 'sort'],
    ['category=../etc', 'category'],
    ['inStock=maybe', 'inStock'],
  ])('rejects %s with an error on %s', (qs, field) => {
    const r = parse(qs);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});
