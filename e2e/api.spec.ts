import { expect, test } from '@playwright/test';
import { keyFor } from './fixtures';

test('health reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
});

test('channels, categories, products and a product', async ({ request }) => {
  const channels = await (await request.get('/api/v1/channels')).json();
  expect(channels.items.map((c: { code: string }) => c.code).sort()).toEqual(['b2b', 'marketplace', 'showroom', 'web']);

  const categories = await (await request.get('/api/v1/categories', keyFor('web'))).json();
  expect(categories.items.length).toBeGreaterThan(0);
  expect(categories.items[0].children[0].children.length).toBeGreaterThan(0);

  const list = await (await request.get('/api/v1/products?pageSize=5&page=2', keyFor('web'))).json();
  expect(list).toMatchObject({ page: 2, pageSize: 5 });
  expect(list.items).toHaveLength(5);
  expect(list.total).toBeGreaterThanOrEqual(250);
  const item = list.items[0];
  expect(Number.isInteger(item.price.amount)).toBe(true);
  expect(item.price.currency).toBe('EUR');
  expect(['in_stock', 'low_stock', 'out_of_stock']).toContain(item.availability);

  const product = await (await request.get(`/api/v1/products/${item.slug}`, keyFor('web'))).json();
  expect(product.slug).toBe(item.slug);
  expect(product.variants.length).toBeGreaterThan(0);
  expect(product.variants[0].stock.length).toBeGreaterThan(0);
  expect(product.related).toHaveProperty('accessory');
});

test('bad input gets problem details', async ({ request }) => {
  const bad = await request.get('/api/v1/products?page=0&pageSize=1000&sort=cheap', keyFor('web'));
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-type']).toContain('application/problem+json');
  const body = await bad.json();
  expect(body).toMatchObject({
    status: 400,
    title: 'Bad Request',
    code: 'request.invalid',
    type: '/api/v1/openapi.json#/x-error-codes/request.invalid',
  });
  expect(Object.keys(body.errors).sort()).toEqual(['page', 'pageSize', 'sort']);

  const missing = await request.get('/api/v1/products/no-such-product', keyFor('web'));
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ status: 404, title: 'Not Found', code: 'product.not_found' });

  expect((await request.get('/api/v1/products/Bad_Slug!', keyFor('web'))).status()).toBe(400);
});

test('the OpenAPI document describes the endpoints', async ({ request }) => {
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      '/api/health',
      '/api/v1/channels',
      '/api/v1/categories',
      '/api/v1/products',
      '/api/v1/products/{slug}',
    ]),
  );
  const params = doc.paths['/api/v1/products'].get.parameters.map((p: { name: string }) => p.name);
  expect(params).toEqual(expect.arrayContaining(['q', 'category', 'page', 'pageSize', 'minPrice', 'color']));
  expect(doc.components.securitySchemes.publishableKey).toMatchObject({
    type: 'apiKey',
    in: 'header',
    name: 'x-publishable-key',
  });
});

test('prices: the engine answers with the resolved price and its trace; buyers see only their lists', async ({
  request,
}) => {
  const helmets = await (
    await request.get('/api/v1/products?category=parts-accessories/safety-security/helmets&pageSize=1', keyFor('web'))
  ).json();
  const product = await (await request.get(`/api/v1/products/${helmets.items[0].slug}`, keyFor('web'))).json();
  const sku = product.variants[0].sku as string;

  const web = await request.get(`/api/v1/prices?sku=${encodeURIComponent(sku)}&quantity=2`, keyFor('web'));
  expect(web.status()).toBe(200);
  const price = await web.json();
  expect(price).toMatchObject({
    sku,
    channel: 'web',
    quantity: 2,
    pricesIncludeVat: true,
    reduced: true,
    appliedPriceList: 'Helmet weeks: 15 % off helmets',
  });
  expect(price.unitPrice.amount).toBeLessThan(price.basePrice.amount);
  expect(price.lineTotal.amount).toBe(price.unitPrice.amount * 2);
  const traced = price.trace.map((s: { priceList: string }) => s.priceList);
  expect(traced).toContain('Helmet weeks: 15 % off helmets');
  // Group lists are not revealed to an anonymous buyer.
  expect(traced).not.toContain('Regular customers: 5 % off');

  const b2b = await (await request.get(`/api/v1/prices?sku=${encodeURIComponent(sku)}`, keyFor('b2b'))).json();
  expect(b2b).toMatchObject({ pricesIncludeVat: false, reduced: false, appliedPriceList: null });
  expect(b2b.trace.map((s: { priceList: string }) => s.priceList)).not.toContain('ACME Facility GmbH contract');

  const bad = await request.get('/api/v1/prices?sku=&quantity=0', keyFor('web'));
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).errors).sort()).toEqual(['quantity', 'sku']);
  expect((await request.get('/api/v1/prices?sku=NO-SUCH-SKU', keyFor('web'))).status()).toBe(404);
  expect(
    (
      await request.get(
        `/api/v1/prices?sku=${encodeURIComponent(sku)}&company=00000000-0000-4000-8000-000000000000`,
        keyFor('web'),
      )
    ).status(),
  ).toBe(403);
});

test('catalogue calls need a publishable key: missing or unknown 401, the key picks the channel', async ({
  request,
}) => {
  const missing = await request.get('/api/v1/products');
  expect(missing.status()).toBe(401);
  expect(missing.headers()['content-type']).toContain('application/problem+json');
  expect(await missing.json()).toMatchObject({ status: 401, detail: expect.stringContaining('x-publishable-key') });
  expect(
    (await request.get('/api/v1/categories', { headers: { 'x-publishable-key': 'pk_no_such_key' } })).status(),
  ).toBe(401);
  // The key, not a parameter, decides the channel: b2b answers with net prices.
  const b2b = await (await request.get('/api/v1/products?pageSize=1&category=bikes', keyFor('b2b'))).json();
  expect(b2b.items[0].pricesIncludeVat).toBe(false);
  const web = await (await request.get('/api/v1/products?pageSize=1&category=bikes', keyFor('web'))).json();
  expect(web.items[0].pricesIncludeVat).toBe(true);
});

test('each channel sells its own assortment: b2b leaves out clothing, web sells it', async ({ request }) => {
  const names = async (channel: 'web' | 'b2b') =>
    ((await (await request.get('/api/v1/categories', keyFor(channel))).json()).items as Array<{ path: string }>).map(
      (c) => c.path,
    );
  expect(await names('web')).toContain('clothing');
  expect(await names('b2b')).not.toContain('clothing');
  const jacket = (await (await request.get('/api/v1/products?category=clothing&pageSize=1', keyFor('web'))).json())
    .items[0];
  expect((await request.get(`/api/v1/products/${jacket.slug}`, keyFor('web'))).status()).toBe(200);
  expect((await request.get(`/api/v1/products/${jacket.slug}`, keyFor('b2b'))).status()).toBe(404);
  expect((await (await request.get('/api/v1/products?category=clothing', keyFor('b2b'))).json()).total).toBe(0);
});
