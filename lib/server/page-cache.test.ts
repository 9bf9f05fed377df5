import { describe, expect, it } from 'vitest';
import { PageCache, pageCacheKey, storableHeaders, type CachedPage } from './page-cache';

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

describe('pageCacheKey', () => {
  it.each([
    ['/', true],
    ['/c/bikes', true],
    ['/c/bikes/city-bikes/dutch?color=red&page=2', true],
    ['/search?q=helmet', true],
    ['/p/some-bike', false],
    ['/cart', false],
    ['/account', false],
    ['/admin/products', false],
    ['/api/v1/products', false],
    ['/sign-in', false],
    ['/c/Bikes', false],
    ['/c/', false],
    ['/c/../admin', false],
  ])('%s cacheable: %s', (url, cacheable) => {
    expect(pageCacheKey(request(url)) !== null).toBe(cacheable);
  });

  it('never caches for a visitor with a session cookie, plain or chunked', () => {
    expect(pageCacheKey(request('/c/bikes', { cookie: 'authjs.session-token=abc' }))).toBeNull();
    expect(pageCacheKey(request('/c/bikes', { cookie: 'locale=de; __Secure-authjs.session-token.0=abc' }))).toBeNull();
    expect(pageCacheKey(request('/c/bikes', { cookie: 'authjs.csrf-token=abc; locale=de' }))).not.toBeNull();
  });

  it('renders client navigations, prefetches, server actions, non-GET and no-cache requests', () => {
    expect(pageCacheKey(request('/c/bikes', { rsc: '1' }))).toBeNull();
    expect(pageCacheKey(request('/c/bikes', { 'next-router-prefetch': '1' }))).toBeNull();
    expect(pageCacheKey(request('/c/bikes', { 'next-action': 'abc' }))).toBeNull();
    expect(pageCacheKey(request('/c/bikes', {}, 'POST'))).toBeNull();
    expect(pageCacheKey(request('/c/bikes', {}, 'HEAD'))).toBeNull();
    expect(pageCacheKey(request('/c/bikes', { 'cache-control': 'no-cache' }))).toBeNull();
    expect(pageCacheKey(request('/c/bikes', { pragma: 'no-cache' }))).toBeNull();
    expect(pageCacheKey(request('/c/bikes', { 'cache-control': 'max-age=0' }))).not.toBeNull();
  });

  it('keys by locale (unknown locales fall back to the default), encoding and full URL', () => {
    const en = pageCacheKey(request('/c/bikes'));
    expect(pageCacheKey(request('/c/bikes', { cookie: 'locale=en' }))).toBe(en);
    expect(pageCacheKey(request('/c/bikes', { cookie: 'locale=xx' }))).toBe(en);
    expect(pageCacheKey(request('/c/bikes', { cookie: 'locale=de' }))).not.toBe(en);
    expect(pageCacheKey(request('/c/bikes', { 'accept-encoding': 'gzip' }))).not.toBe(en);
    expect(pageCacheKey(request('/c/bikes?page=2'))).not.toBe(en);
  });
});

const page = (body: string, storedAt = 0): CachedPage => ({ status: 200, headers: {}, body: Buffer.from(body), storedAt });

describe('PageCache', () => {
  it('serves a page until it is maxAgeMs old', () => {
    const cache = new PageCache({ maxBytes: 1000, maxAgeMs: 60_000 });
    cache.set('a', page('hello', 1000), cache.generation);
    expect(cache.get('a', 60_999)?.body.toString()).toBe('hello');
    expect(cache.get('a', 61_000)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used pages beyond maxBytes and refuses pages over a quarter of it', () => {
    const cache = new PageCache({ maxBytes: 100, maxAgeMs: 60_000 });
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, page('x'.repeat(25)), cache.generation);
    cache.get('a', 0);
    cache.set('e', page('x'.repeat(25)), cache.generation);
    expect(cache.get('b', 0)).toBeNull();
    expect(cache.get('a', 0)).not.toBeNull();
    expect(cache.get('e', 0)).not.toBeNull();
    expect(cache.set('big', page('x'.repeat(26)), cache.generation)).toBe(false);
  });

  it('drops everything on invalidation and does not store a render that began before it', () => {
    const cache = new PageCache({ maxBytes: 1000, maxAgeMs: 60_000 });
    cache.set('a', page('old'), cache.generation);
    const renderStartedAt = cache.generation;
    cache.invalidate();
    expect(cache.get('a', 0)).toBeNull();
    expect(cache.set('b', page('rendered from old data'), renderStartedAt)).toBe(false);
    expect(cache.get('b', 0)).toBeNull();
    expect(cache.set('b', page('fresh'), cache.generation)).toBe(true);
  });
});

describe('storableHeaders', () => {
  it('drops per-connection headers and keeps the rest', () => {
    expect(storableHeaders({ date: 'x', connection: 'keep-alive', 'transfer-encoding': 'chunked', 'content-length': 10, 'x-page-cache': 'MISS', 'content-type': 'text/html', vary: 'rsc', 'x-n': 1 })).toEqual({
      'content-type': 'text/html',
      vary: 'rsc',
      'x-n': '1',
    });
  });
});
