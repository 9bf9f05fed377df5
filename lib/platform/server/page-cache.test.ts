import { describe, expect, it } from 'vitest';
import {
  affectsCachedPages,
  buyerContextKey,
  hasSessionCookie,
  isCacheableRequest,
  PageCache,
  pageCacheKey,
  readCookies,
  storableHeaders,
  type CachedPage,
} from './page-cache';

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

describe('isCacheableRequest', () => {
  it.each([
    ['/', true],
    ['/c/bikes', true],
    ['/c/bikes/city-bikes/dutch?color=red&page=2', true],
    ['/search?q=helmet', true],
    ['/p/some-bike', true],
    ['/p/some-bike?variant=VO-000001-BK-M', true],
    ['/p/Some-Bike', false],
    ['/p/', false],
    ['/p/some-bike/extra', false],
    ['/api/v1/search/suggestions?q=hel', true],
    ['/api/v1/search', false],
    ['/cart', false],
    ['/account', false],
    ['/admin/products', false],
    ['/api/v1/products', false],
    ['/sign-in', false],
    ['/c/Bikes', false],
    ['/c/', false],
    ['/c/../admin', false],
  ])('%s cacheable: %s', (url, cacheable) => {
    expect(isCacheableRequest(request(url))).toBe(cacheable);
  });

  it('renders client navigations, prefetches, server actions and non-GET requests', () => {
    expect(isCacheableRequest(request('/c/bikes', { rsc: '1' }))).toBe(false);
    expect(isCacheableRequest(request('/c/bikes', { 'next-router-prefetch': '1' }))).toBe(false);
    expect(isCacheableRequest(request('/c/bikes', { 'next-action': 'abc' }))).toBe(false);
    expect(isCacheableRequest(request('/c/bikes', {}, 'POST'))).toBe(false);
    expect(isCacheableRequest(request('/c/bikes', {}, 'HEAD'))).toBe(false);
  });

  it("ignores a client's no-cache: anyone could make every request render", () => {
    expect(isCacheableRequest(request('/c/bikes', { 'cache-control': 'no-cache' }), 'secret')).toBe(true);
    expect(isCacheableRequest(request('/c/bikes', { 'cache-control': 'no-store' }), 'secret')).toBe(true);
    expect(isCacheableRequest(request('/c/bikes', { pragma: 'no-cache' }), 'secret')).toBe(true);
  });

  it.each([
    ['the configured token', 'token-1234', 'token-1234', false],
    ['another token', 'token-1234', 'token-1235', true],
    ['a prefix of the token', 'token-1234', 'token', true],
    ['an empty value', 'token-1234', '', true],
    ['any value when no token is configured', undefined, 'token-1234', true],
  ])('x-page-cache-bypass with %s: cacheable %s', (_, token, sent, cacheable) => {
    expect(isCacheableRequest(request('/c/bikes', { 'x-page-cache-bypass': sent }), token)).toBe(cacheable);
  });
});

describe('pageCacheKey', () => {
  it('keys by visitor, locale (unknown locales fall back to the default), encoding and full URL', () => {
    const en = pageCacheKey(request('/c/bikes'), 'anonymous');
    expect(pageCacheKey(request('/c/bikes', { cookie: 'locale=en' }), 'anonymous')).toBe(en);
    expect(pageCacheKey(request('/c/bikes', { cookie: 'locale=xx' }), 'anonymous')).toBe(en);
    expect(pageCacheKey(request('/c/bikes', { cookie: 'locale=de' }), 'anonymous')).not.toBe(en);
    expect(pageCacheKey(request('/c/bikes', { 'accept-encoding': 'gzip' }), 'anonymous')).not.toBe(en);
    expect(pageCacheKey(request('/c/bikes?page=2'), 'anonymous')).not.toBe(en);
    expect(pageCacheKey(request('/c/bikes'), 'buyer|shop|-|')).not.toBe(en);
  });

  it('keys an API call by the publishable key that names its channel', () => {
    const url = '/api/v1/search/suggestions?q=hel';
    const web = pageCacheKey(request(url, { 'x-publishable-key': 'pk_demo_web' }), 'web|anonymous');
    expect(pageCacheKey(request(url), 'web|anonymous')).not.toBe(web);
    expect(pageCacheKey(request(url, { 'x-publishable-key': 'pk_demo_b2b' }), 'web|anonymous')).not.toBe(web);
  });

  it("keys by the visitor's store: product pages promise pickup there", () => {
    const none = pageCacheKey(request('/p/some-bike'), 'anonymous');
    const berlin = pageCacheKey(request('/p/some-bike', { cookie: 'preferred_store=BER' }), 'anonymous');
    expect(berlin).not.toBe(none);
    expect(pageCacheKey(request('/p/some-bike', { cookie: 'preferred_store=MUC' }), 'anonymous')).not.toBe(berlin);
    expect(pageCacheKey(request('/p/some-bike', { cookie: 'other=1; preferred_store=BER' }), 'anonymous')).toBe(berlin);
  });

  it('keys a first visit by the browser language, a remembered choice by the cookie', () => {
    const en = pageCacheKey(request('/c/bikes'), 'anonymous');
    const de = pageCacheKey(request('/c/bikes', { cookie: 'locale=de' }), 'anonymous');
    expect(pageCacheKey(request('/c/bikes', { 'accept-language': 'de-DE,de;q=0.9' }), 'anonymous')).toBe(de);
    expect(pageCacheKey(request('/c/bikes', { 'accept-language': 'fr-FR' }), 'anonymous')).toBe(en);
    expect(pageCacheKey(request('/c/bikes', { 'accept-language': 'de-DE', cookie: 'locale=en' }), 'anonymous')).toBe(
      en,
    );
  });
});

describe('buyerContextKey and session cookies', () => {
  it('separates back-office users, companies and group sets; group order does not matter', () => {
    const key = (backoffice: boolean, companyId: string | null, customerGroupIds: string[]) =>
      buyerContextKey({ backoffice, audience: { companyId, customerGroupIds } });
    expect(key(false, null, ['b', 'a'])).toBe(key(false, null, ['a', 'b']));
    const all = [
      key(false, null, []),
      key(true, null, []),
      key(false, 'acme', []),
      key(false, 'globex', []),
      key(false, null, ['a']),
      key(false, 'acme', ['a']),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('recognises session cookies, plain or chunked', () => {
    expect(hasSessionCookie(readCookies('authjs.session-token=abc'))).toBe(true);
    expect(hasSessionCookie(readCookies('locale=de; __Secure-authjs.session-token.0=abc'))).toBe(true);
    expect(hasSessionCookie(readCookies('authjs.csrf-token=abc; locale=de'))).toBe(false);
  });
});

const page = (body: string, storedAt = 0): CachedPage => ({
  status: 200,
  headers: {},
  body: Buffer.from(body),
  storedAt,
});

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
    expect(
      storableHeaders({
        date: 'x',
        connection: 'keep-alive',
        'transfer-encoding': 'chunked',
        'content-length': 10,
        'x-page-cache': 'MISS',
        'content-type': 'text/html',
        vary: 'rsc',
        'x-n': 1,
      }),
    ).toEqual({
      'content-type': 'text/html',
      vary: 'rsc',
      'x-n': '1',
    });
  });
});

describe('affectsCachedPages', () => {
  it('ignores a per-visitor path’s implicit tag (a cart write)', () => {
    expect(affectsCachedPages(['_N_T_/cart'])).toBe(false);
    expect(affectsCachedPages(['_N_T_/cart/page', '_N_T_/checkout'])).toBe(false);
    expect(affectsCachedPages(['_N_T_/showroom/quotes/123'])).toBe(false);
  });
  it('counts catalogue tags, shop paths, layouts and a missed notification', () => {
    expect(affectsCachedPages(undefined)).toBe(true);
    expect(affectsCachedPages(['catalog'])).toBe(true);
    expect(affectsCachedPages(['_N_T_/cart', 'catalog'])).toBe(true);
    expect(affectsCachedPages(['_N_T_/p/elba-3'])).toBe(true);
    expect(affectsCachedPages(['_N_T_/layout'])).toBe(true);
    expect(affectsCachedPages(['_N_T_/'])).toBe(true);
    expect(affectsCachedPages(['_N_T_/cartography'])).toBe(true);
  });
});
