// GET /api/cart: the storefront visitor's own cart for the header badge and the mini-cart, and nobody else's.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { actorOf, makeCart, makeChannel, makeCustomer, makeMedia, makeProduct } from '@/lib/testing/factories';
import { jar } from '@/lib/testing/cookie-jar';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { CART_COOKIE } from '@/app/(storefront)/cart/cart-session';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('next/cache', () => ({ unstable_cache: <F>(fn: F) => fn }));
vi.mock('next/headers', () => import('@/lib/testing/cookie-jar'));

let t: TestDatabase;
let channelId: string;
let customer: Actor;
let bell: { name: string; slug: string; sku: string; variantId: string; imageUrl: string };
let lampVariantId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  channelId = (await makeChannel(t.db, { code: channelRouting().storefront })).id;
  const product = await makeProduct(t.db, {
    name: 'Brass bell',
    variants: [{ options: { color: 'Gold' }, price: 1299 }],
  });
  const variant = product.variants[0]!;
  const image = await makeMedia(t.db, { productId: product.id, variantId: variant.id, alt: 'A brass bell' });
  bell = { name: product.name, slug: product.slug, sku: variant.sku, variantId: variant.id, imageUrl: image.url };
  lampVariantId = (await makeProduct(t.db, { variants: [{ price: 2500 }] })).variants[0]!.id;
  customer = await actorOf(t.db, await makeCustomer(t.db));
});
afterAll(() => t.drop());
beforeEach(() => {
  jar.clear();
  state.actor = null;
});

async function getCart() {
  const { GET } = await import('./route');
  const response = await GET();
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: await response.json() };
}

const EMPTY = {
  lines: [],
  itemCount: 0,
  subtotal: { amount: 0, currency: 'EUR' },
  currency: 'EUR',
  pricesIncludeVat: true,
};

describe('GET /api/cart', () => {
  it('answers an empty cart to a guest without one, never to be cached', async () => {
    expect(await getCart()).toEqual({ status: 200, cacheControl: 'private, no-store', body: EMPTY });
    jar.set(CART_COOKIE, { value: 'not-a-cart-id' });
    expect((await getCart()).body).toEqual(EMPTY);
  });

  it("lists the guest cookie's cart with what the mini-cart shows, in cents, without the cart's id", async () => {
    const cart = await makeCart(t.db, { channelId, lines: [{ variantId: bell.variantId, quantity: 2 }] });
    jar.set(CART_COOKIE, { value: cart.id });
    const { status, cacheControl, body } = await getCart();
    expect(status).toBe(200);
    expect(cacheControl).toBe('private, no-store');
    expect(body).toEqual({
      lines: [
        {
          id: expect.any(String),
          sku: bell.sku,
          productName: 'Brass bell',
          productSlug: bell.slug,
          options: [{ name: 'color', value: 'Gold' }],
          image: { url: bell.imageUrl, alt: 'A brass bell' },
          quantity: 2,
          unitPrice: { amount: 1299, currency: 'EUR' },
          lineTotal: { amount: 2598, currency: 'EUR' },
          priceChanged: { from: { amount: 1000, currency: 'EUR' }, to: { amount: 1299, currency: 'EUR' } },
          available: true,
          // No stock anywhere for the bell in this test: the line says how many can be fulfilled.
          fulfillable: 0,
        },
      ],
      itemCount: 2,
      subtotal: { amount: 2598, currency: 'EUR' },
      currency: 'EUR',
      pricesIncludeVat: true,
    });
    expect(JSON.stringify(body)).not.toContain(cart.id);
  });

  it("shows a signed-in customer their own cart, and nobody else a customer's cart", async () => {
    const own = await makeCart(t.db, {
      channelId,
      userId: customer.userId,
      lines: [{ variantId: lampVariantId, quantity: 3, unitAmountAtAdd: 2500 }],
    });
    const guest = await makeCart(t.db, { channelId, lines: [{ variantId: bell.variantId, quantity: 1 }] });
    state.actor = customer;
    jar.set(CART_COOKIE, { value: guest.id });
    const signedIn = (await getCart()).body;
    expect(signedIn.itemCount).toBe(3);
    expect(signedIn.lines).toHaveLength(1);
    expect(signedIn.subtotal).toEqual({ amount: 7500, currency: 'EUR' });

    // A guest who learnt the customer's cart id gets an empty cart: a cookie only names guest carts.
    state.actor = null;
    jar.set(CART_COOKIE, { value: own.id });
    expect((await getCart()).body).toEqual(EMPTY);
  });
});
