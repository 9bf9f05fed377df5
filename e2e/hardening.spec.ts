import { expect, test } from '@playwright/test';

// Bad input at the edge answers 4xx with a clear message (lib/platform/server/request-guard.rules.ts),
// never a 500 from a decoder or from PostgreSQL.
test('NUL characters and broken percent-encoding answer 400', async ({ request }) => {
  for (const url of ['/api/v1/products?q=%00', '/search?q=%00', '/p/%FF', '/c/bikes%00']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
  }
  const api = await request.get('/api/v1/products?q=%00');
  expect(api.headers()['content-type']).toBe('application/problem+json');
  expect((await api.json()).detail).toMatch(/NUL/);
});

test('TRACE is not allowed', async ({ request }) => {
  const response = await request.fetch('/api/v1/products', { method: 'TRACE' });
  expect(response.status()).toBe(405);
});

test('a server action posted from another origin is refused with 403', async ({ request }) => {
  const response = await request.post('/cart', {
    headers: { 'next-action': '0000000000000000000000000000000000000000', origin: 'https://evil.example' },
    data: '[]',
  });
  expect(response.status()).toBe(403);
});

test('the Auth.js error page sends the visitor to sign-in instead of a 500', async ({ request }) => {
  const response = await request.get('/api/auth/error?error=Configuration', { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers().location).toContain('/sign-in');
});

test('pages carry the security headers (CSP without eval, camera for this origin only, no HSTS over plain HTTP)', async ({
  request,
}) => {
  const headers = (await request.get('/')).headers();
  expect(headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline';");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['permissions-policy']).toBe('camera=(self), microphone=(), geolocation=(), payment=()');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['strict-transport-security']).toBeUndefined();
});
