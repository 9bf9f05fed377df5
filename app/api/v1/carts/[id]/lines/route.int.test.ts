// The cart API end to end through its route handlers: POST /carts, GET /carts/{id}, POST lines,
// PATCH and DELETE a line; channel from the publishable key, 404 for anything not the caller's.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import {
  actorOf,
  makeChannel,
  makeCompany,
  makeCustomer,
  makeProduct,
  makeStock,
  makeStore,
  uniqueSuffix,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ db: null as unknown, actor: null as unknown }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('next/cache', () => ({ unstable_cache: <F>(fn: F) => fn, revalidateTag: vi.fn(), updateTag: vi.fn() }));

let t: TestDatabase;
let sku: string;
let customer: Actor;
let other: Actor;

const WEB = { 'x-publishable-key': `pk_test_${uniqueSuffix()}` };
const B2B = { 'x-publishable-key': `pk_test_${uniqueSuffix()}` };
const request = (path: string, method: string, headers: Record<string, string>, body?: unknown) =>
  new Request(`http://localhost/api/v1/carts${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
const ctx = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  const store = await makeStore(t.db);
  await makeChannel(t.db, { key: WEB['x-publishable-key'], locationIds: [store.id] });
  await makeChannel(t.db, { kind: 'b2b', key: B2B['x-publishable-key'], locationIds: [store.id] });
  const variant = (await makeProduct(t.db)).variants[0]!;
  await makeStock(t.db, { variantId: variant.id, locationId: store.id, onHand: 10 });
  sku = variant.sku;
  customer = await actorOf(t.db, await makeCustomer(t.db));
  other = await actorOf(t.db, (await makeCompany(t.db, { members: [{ role: 'buyer' }] })).members[0]!);
});
afterAll(() => t.drop());

describe('cart API', () => {
  it('creates an anonymous cart, adds, changes and removes lines', async () => {
    const { POST: create } = await import('@/app/api/v1/carts/route');
    const { GET } = await import('@/app/api/v1/carts/[id]/route');
    const { POST: add } = await import('./route');
    const { PATCH, DELETE } = await import('./[lineId]/route');
    state.actor = null;

    expect((await create(request('', 'POST', {}))).status).toBe(401);
    const created = await create(request('', 'POST', WEB));
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('private, no-store');
    const { id } = (await created.json()) as { id: string };

    const added = await add(request(`/${id}/lines`, 'POST', WEB, { sku, quantity: 2 }), ctx({ id }));
    expect(added.status).toBe(201);
    const cart = await added.json();
    expect(cart).toMatchObject({
      id,
      itemCount: 2,
      currency: 'EUR',
      pricesIncludeVat: true,
      lines: [{ sku, quantity: 2, available: true, priceChanged: null }],
    });
    expect(cart.subtotal.amount).toBe(cart.lines[0].unitPrice.amount * 2);
    expect(cart.lines[0]).not.toHaveProperty('variantId');
    const lineId = cart.lines[0].id as string;

    expect(cart).toMatchObject({ capped: null, lines: [{ fulfillable: 10 }] });
    const patched = await PATCH(request(`/${id}/lines/${lineId}`, 'PATCH', WEB, { quantity: 4 }), ctx({ id, lineId }));
    expect(patched.status).toBe(200);
    expect((await patched.json()).lines[0].quantity).toBe(4);

    // More than can be fulfilled (10 in stock): capped, and the answer says so.
    const capped = await add(request(`/${id}/lines`, 'POST', WEB, { sku, quantity: 9 }), ctx({ id }));
    expect(capped.status).toBe(201);
    expect(await capped.json()).toMatchObject({
      capped: { sku, requested: 13, available: 10 },
      lines: [{ sku, quantity: 10, fulfillable: 10 }],
    });
    const cappedPatch = await PATCH(
      request(`/${id}/lines/${lineId}`, 'PATCH', WEB, { quantity: 12 }),
      ctx({ id, lineId }),
    );
    expect(await cappedPatch.json()).toMatchObject({ capped: { sku, requested: 12, available: 10 } });
    await PATCH(request(`/${id}/lines/${lineId}`, 'PATCH', WEB, { quantity: 4 }), ctx({ id, lineId }));
    expect((await (await GET(request(`/${id}`, 'GET', WEB), ctx({ id }))).json()).itemCount).toBe(4);

    const deleted = await DELETE(request(`/${id}/lines/${lineId}`, 'DELETE', WEB), ctx({ id, lineId }));
    expect(deleted.status).toBe(200);
    expect((await deleted.json()).lines).toEqual([]);
    expect((await DELETE(request(`/${id}/lines/${lineId}`, 'DELETE', WEB), ctx({ id, lineId }))).status).toBe(404);
  });

  it('answers problem details for bad input and 404 for carts that are not the caller’s', async () => {
    const { POST: create } = await import('@/app/api/v1/carts/route');
    const { GET } = await import('@/app/api/v1/carts/[id]/route');
    const { POST: add } = await import('./route');
    const { PATCH } = await import('./[lineId]/route');
    state.actor = null;
    const { id } = (await (await create(request('', 'POST', WEB))).json()) as { id: string };

    for (const quantity of [0, -1, 1.5, 1000, 'abc']) {
      const response = await add(request(`/${id}/lines`, 'POST', WEB, { sku, quantity }), ctx({ id }));
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await response.json()).errors.quantity).toHaveLength(1);
    }
    expect((await add(request(`/${id}/lines`, 'POST', WEB, '{not json'), ctx({ id }))).status).toBe(400);
    // A NUL in a value is refused before PostgreSQL sees it; a form body is not JSON.
    const nul = await add(request(`/${id}/lines`, 'POST', WEB, { sku: `${sku}\u0000`, quantity: 1 }), ctx({ id }));
    expect(nul.status).toBe(400);
    const form = await add(
      request(
        `/${id}/lines`,
        'POST',
        { ...WEB, 'content-type': 'application/x-www-form-urlencoded' },
        'sku=A&quantity=1',
      ),
      ctx({ id }),
    );
    expect(form.status).toBe(415);
    const unknown = await add(request(`/${id}/lines`, 'POST', WEB, { sku: 'NO-SUCH-SKU', quantity: 1 }), ctx({ id }));
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toEqual({
      type: '/api/v1/openapi.json#/x-error-codes/product.unknown_sku',
      title: 'Unprocessable Content',
      status: 422,
      code: 'product.unknown_sku',
      detail: 'There is no item with SKU “NO-SUCH-SKU”.',
      field: 'sku',
      params: { sku: 'NO-SUCH-SKU' },
      errors: { sku: ['There is no item with SKU “NO-SUCH-SKU”.'] },
    });

    // Not a uuid, unknown, or a cart of another channel: 404.
    for (const [cartId, headers] of [
      ['not-a-uuid', WEB],
      ['00000000-0000-4000-8000-000000000000', WEB],
      [id, B2B],
    ] as const) {
      expect((await GET(request(`/${cartId}`, 'GET', headers), ctx({ id: cartId }))).status).toBe(404);
      expect(
        (await add(request(`/${cartId}/lines`, 'POST', headers, { sku, quantity: 1 }), ctx({ id: cartId }))).status,
      ).toBe(404);
    }
    expect(
      (await PATCH(request(`/${id}/lines/x`, 'PATCH', WEB, { quantity: 2 }), ctx({ id, lineId: 'x' }))).status,
    ).toBe(404);

    // A customer's cart: theirs through the session, 404 for anyone else.
    state.actor = customer;
    const mine = await create(request('', 'POST', WEB));
    const { id: customerCart } = (await mine.json()) as { id: string };
    expect([200, 201]).toContain(mine.status);
    expect((await create(request('', 'POST', WEB))).status).toBe(200); // one cart per customer and channel
    expect(
      (await add(request(`/${customerCart}/lines`, 'POST', WEB, { sku, quantity: 1 }), ctx({ id: customerCart })))
        .status,
    ).toBe(201);
    for (const actor of [null, other]) {
      state.actor = actor;
      expect((await GET(request(`/${customerCart}`, 'GET', WEB), ctx({ id: customerCart }))).status).toBe(404);
      expect(
        (await add(request(`/${customerCart}/lines`, 'POST', WEB, { sku, quantity: 1 }), ctx({ id: customerCart })))
          .status,
      ).toBe(404);
    }
    state.actor = customer;
    expect(
      (await (await GET(request(`/${customerCart}`, 'GET', WEB), ctx({ id: customerCart }))).json()).itemCount,
    ).toBe(1);
  });
});
