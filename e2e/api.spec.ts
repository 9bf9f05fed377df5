import { expect, test } from '@playwright/test';

test('health reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
});

test('channels, categories, products and a product', async ({ request }) => {
  const channels = await (await request.get('/api/v1/channels')).json();
  expect(channels.items.map((c: { code: string }) => c.code).sort()).toEqual(['b2b', 'marketplace', 'showroom', 'web']);

  const categories = await (await request.get('/api/v1/categories?channel=web')).json();
  expect(categories.items.length).toBeGreaterThan(0);
  expect(categories.items[0].children[0].children.length).toBeGreaterThan(0);

  const list = await (await request.get('/api/v1/products?channel=web&pageSize=5&page=2')).json();
  expect(list).toMatchObject({ page: 2, pageSize: 5 });
  expect(list.items).toHaveLength(5);
  expect(list.total).toBeGreaterThanOrEqual(250);
  const item = list.items[0];
  expect(Number.isInteger(item.price.amount)).toBe(true);
  expect(item.price.currency).toBe('EUR');
  expect(['in_stock', 'low_stock', 'out_of_stock']).toContain(item.availability);

  const product = await (await request.get(`/api/v1/products/${item.slug}?channel=web`)).json();
  expect(product.slug).toBe(item.slug);
  expect(product.variants.length).toBeGreaterThan(0);
  expect(product.variants[0].stock.length).toBeGreaterThan(0);
  expect(product.related).toHaveProperty('accessory');
});

test('bad input gets problem details', async ({ request }) => {
  const bad = await request.get('/api/v1/products?page=0&pageSize=1000&sort=cheap');
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-type']).toContain('application/problem+json');
  const body = await bad.json();
  expect(body).toMatchObject({ status: 400, title: 'Bad Request' });
  expect(Object.keys(body.errors).sort()).toEqual(['page', 'pageSize', 'sort']);

  const missing = await request.get('/api/v1/products/no-such-product?channel=web');
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ status: 404, title: 'Not Found' });

  expect((await request.get('/api/v1/products?channel=nope')).status()).toBe(404);
  expect((await request.get('/api/v1/products/Bad_Slug!')).status()).toBe(400);
});

test('the OpenAPI document describes the endpoints', async ({ request }) => {
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/v1/channels', '/api/v1/categories', '/api/v1/products', '/api/v1/products/{slug}']));
  const params = doc.paths['/api/v1/products'].get.parameters.map((p: { name: string }) => p.name);
  expect(params).toEqual(expect.arrayContaining(['channel', 'q', 'category', 'page', 'pageSize', 'minPrice', 'color']));
});

test('prices: the engine answers with the resolved price and its trace; buyers see only their lists', async ({ request }) => {
  const helmets = await (await request.get('/api/v1/products?channel=web&category=parts-accessories/safety-security/helmets&pageSize=1')).json();
  const product = await (await request.get(`/api/v1/products/${helmets.items[0].slug}?channel=web`)).json();
  const sku = product.variants[0].sku as string;

  const web = await request.get(`/api/v1/prices?channel=web&sku=${encodeURIComponent(sku)}&quantity=2`);
  expect(web.status()).toBe(200);
  const price = await web.json();
  expect(price).toMatchObject({ sku, channel: 'web', quantity: 2, pricesIncludeVat: true, reduced: true, appliedPriceList: 'Helmet weeks: 15 % off helmets' });
  expect(price.unitPrice.amount).toBeLessThan(price.basePrice.amount);
  expect(price.lineTotal.amount).toBe(price.unitPrice.amount * 2);
  const traced = price.trace.map((s: { priceList: string }) => s.priceList);
  expect(traced).toContain('Helmet weeks: 15 % off helmets');
  // Group lists are not revealed to an anonymous buyer.
  expect(traced).not.toContain('Regular customers: 5 % off');

  const b2b = await (await request.get(`/api/v1/prices?channel=b2b&sku=${encodeURIComponent(sku)}`)).json();
  expect(b2b).toMatchObject({ pricesIncludeVat: false, reduced: false, appliedPriceList: null });
  expect(b2b.trace.map((s: { priceList: string }) => s.priceList)).not.toContain('ACME Facility GmbH contract');

  const bad = await request.get('/api/v1/prices?channel=web&sku=&quantity=0');
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).errors).sort()).toEqual(['quantity', 'sku']);
  expect((await request.get('/api/v1/prices?channel=web&sku=NO-SUCH-SKU')).status()).toBe(404);
  expect((await request.get(`/api/v1/prices?channel=web&sku=${encodeURIComponent(sku)}&company=00000000-0000-4000-8000-000000000000`)).status()).toBe(403);
});
