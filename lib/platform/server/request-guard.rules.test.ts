import { describe, expect, it } from 'vitest';
import { refuseRequest } from './request-guard.rules';

const get = (url: string) => refuseRequest({ method: 'GET', url, isServerAction: false });

describe('refuseRequest', () => {
  it('lets ordinary requests through, percent-encoded umlauts and plus signs included', () => {
    expect(get('/search?q=Fahrrad+gr%C3%BCn&page=2')).toBeNull();
    expect(get('/c/bikes/trekking-bikes')).toBeNull();
    expect(get('/api/v1/products?q=100%25')).toBeNull();
  });

  it('refuses NUL characters in the path or a query value', () => {
    expect(get('/api/v1/products?q=%00')).toMatchObject({ status: 400 });
    expect(get('/search?q=bike%00')).toMatchObject({ status: 400 });
    expect(get('/p/a%00b')).toMatchObject({ status: 400 });
  });

  it('refuses invalid percent-encoding', () => {
    expect(get('/p/%FF')).toMatchObject({ status: 400, code: 'request.bad_encoding' });
    expect(get('/search?q=%E0%A4%A')).toMatchObject({ status: 400 });
  });

  it('refuses TRACE, TRACK and CONNECT', () => {
    for (const method of ['TRACE', 'track', 'CONNECT'])
      expect(refuseRequest({ method, url: '/api/v1/products', isServerAction: false })).toMatchObject({ status: 405 });
  });

  it('refuses a server action from another origin, and only that', () => {
    const action = { method: 'POST', url: '/cart', host: 'shop.example', isServerAction: true };
    expect(refuseRequest({ ...action, origin: 'https://evil.example' })).toMatchObject({ status: 403 });
    expect(refuseRequest({ ...action, origin: 'https://shop.example' })).toBeNull();
    expect(refuseRequest({ ...action, origin: 'https://evil.example', isServerAction: false })).toBeNull();
  });
});
