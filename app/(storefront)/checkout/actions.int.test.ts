// placeOrderAction for click & collect and ship to store, posted as a browser without JavaScript posts
// the form: every field, the hidden sections' too. Refused pickups (a store that does not serve the
// channel, a time of another store) change nothing. Home delivery is walked in app/server-actions.int.test.ts.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cartLines, carts, channelLocations, checkoutRequests, orderLines, orders, stockLevels } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { listPickupStoresWithSlots } from '@/lib/pickup/pickup.reads';
import { makeChannel, makeProduct, makeStock, makeStore, makeWarehouse } from '@/lib/testing/factories';
import { makeRoleActors } from '@/lib/testing/role-actors';
import { jar } from '@/lib/testing/cookie-jar';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { pickupSlotValue } from './pickup-slot-value';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/platform/auth/auth', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn() }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: <F>(fn: F) => fn,
}));
vi.mock('next/headers', () => import('@/lib/testing/cookie-jar'));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));

let t: TestDatabase;
let actors: Record<string, Actor | null>;
/** Location ids by name (BER, HAM, MUC, WH1, and LEI: a store that does not supply the web shop). */
const at: Record<string, string> = {};
/** The bookable pickup slots of the web shop's stores, by name. */
const slots: Record<string, Array<{ start: string; end: string }>> = {};
/** A web-shop item with free stock in Berlin, Hamburg and the warehouse. */
let sku: string;
/** The storefront channel's name, as refusals name it. */
let shopName: string;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  const stores = {
    BER: await makeStore(t.db),
    HAM: await makeStore(t.db),
    MUC: await makeStore(t.db),
    WH1: await makeWarehouse(t.db),
    LEI: await makeStore(t.db, { name: 'Test Store Leipzig' }),
  };
  for (const [name, location] of Object.entries(stores)) at[name] = location.id;
  const web = await makeChannel(t.db, {
    code: channelRouting().storefront,
    locationIds: [stores.BER.id, stores.HAM.id, stores.MUC.id, stores.WH1.id],
  });
  shopName = web.name;
  ({ actors } = await makeRoleActors(t.db, { staffLocationIds: [stores.BER.id] }));
  const locationIds = (
    await t.db
      .select({ id: channelLocations.locationId })
      .from(channelLocations)
      .where(eq(channelLocations.channelId, web.id))
  ).map((r) => r.id);
  expect(locationIds).not.toContain(at.LEI);
  const nameOf = new Map(Object.entries(stores).map(([name, location]) => [location.code, name]));
  for (const store of await listPickupStoresWithSlots(t.db, { locationIds }))
    slots[nameOf.get(store.code)!] = store.days.flatMap((d) => d.slots);
  const variant = (await makeProduct(t.db)).variants[0]!;
  for (const location of [stores.BER, stores.HAM, stores.WH1])
    await makeStock(t.db, { variantId: variant.id, locationId: location.id, onHand: 20 });
  sku = variant.sku;
});
afterAll(() => t.drop());
beforeEach(() => jar.clear());

/** Puts `quantity` of the item into the caller's cart through the cart action; returns the cart id. */
async function fillCart(role: 'anonymous' | 'customer', quantity: number): Promise<string> {
  const { addToCartAction } = await import('@/app/(storefront)/cart/actions');
  state.actor = actors[role] ?? null;
  if (state.actor) {
    // Start from an empty cart: an earlier test may have left lines in the customer's.
    await t.db.execute(
      sql`delete from cart_lines where cart_id in (select id from carts where user_id = ${state.actor.userId})`,
    );
  }
  const add = new FormData();
  add.set('sku', sku);
  add.set('quantity', String(quantity));
  expect(await addToCartAction(null, add)).toMatchObject({ ok: true });
  if (!state.actor) return jar.get('cart_id')!.value;
  const [cart] = await t.db.select({ id: carts.id }).from(carts).where(eq(carts.userId, state.actor.userId));
  return cart!.id;
}

/**
 * Every field of the checkout form as a browser without JavaScript sends it: the empty address of the
 * hidden delivery section, the first store of each store list, the country's default, an empty card number.
 */
function noJsForm(fields: Record<string, string>): Record<string, string> {
  return {
    idempotencyKey: crypto.randomUUID(),
    email: 'guest@example.com',
    name: '',
    street: '',
    postalCode: '',
    city: '',
    country: 'DE',
    pickupLocationId: at.BER!,
    pickupSlot: pickupSlotValue(at.BER!, slots.BER![0]!.start),
    cardNumber: '',
    ...fields,
  };
}

/** Runs the action; the redirect to the confirmation page comes back as its target. */
async function checkout(fields: Record<string, string>) {
  const { placeOrderAction } = await import('./actions');
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  try {
    return await placeOrderAction(null, form);
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest?.startsWith('NEXT_REDIRECT')) return { redirect: digest.split(';')[2] };
    throw error;
  }
}

const ordersOf = (cartId: string) => t.db.select().from(orders).where(eq(orders.cartId, cartId));
const reservedAt = async (code: string) =>
  (
    await t.db.execute<{ reserved: number }>(
      sql`select s.reserved from stock_levels s join variants v on v.id = s.variant_id where v.sku = ${sku} and s.location_id = ${at[code]!}`,
    )
  )[0]!.reserved;

/** What a refused checkout must leave as it was: the cart's lines, its orders and keys, every reservation. */
async function snapshot(cartId: string) {
  return {
    lines: await t.db
      .select({ id: cartLines.id, quantity: cartLines.quantity })
      .from(cartLines)
      .where(eq(cartLines.cartId, cartId)),
    orders: await ordersOf(cartId),
    keys: await t.db.select().from(checkoutRequests).where(eq(checkoutRequests.cartId, cartId)),
    reserved: await t.db
      .select({ variantId: stockLevels.variantId, locationId: stockLevels.locationId, reserved: stockLevels.reserved })
      .from(stockLevels)
      .where(sql`${stockLevels.reserved} > 0`)
      .orderBy(stockLevels.variantId, stockLevels.locationId),
  };
}

describe('placeOrderAction: click & collect and ship to store', () => {
  it('a guest collects in Hamburg at a chosen slot and pays at pickup: reserved in the store, slot booked, pickup code', async () => {
    const cartId = await fillCart('anonymous', 2);
    const slot = slots.HAM![1]!;
    const before = await reservedAt('HAM');
    const placed = await checkout(
      noJsForm({
        fulfilment: 'pickup',
        pickupLocationId: at.HAM!,
        pickupSlot: pickupSlotValue(at.HAM!, slot.start),
        paymentMethod: 'pay_at_pickup',
      }),
    );
    const [order] = await ordersOf(cartId);
    expect(placed).toEqual({ redirect: `/orders/${order!.id}` });
    expect(order).toMatchObject({
      userId: null,
      email: 'guest@example.com',
      fulfilment: 'pickup',
      pickupLocationId: at.HAM,
      shippingAddress: null,
      paymentMethod: 'pay_at_pickup',
      paymentStatus: 'pending',
      status: 'placed',
    });
    expect(order!.pickupSlotStart?.toISOString()).toBe(slot.start);
    expect(order!.pickupSlotEnd?.toISOString()).toBe(slot.end);
    expect(order!.pickupCode).toMatch(/^\d{6}$/);
    expect(
      await t.db
        .select({ sku: orderLines.sku, quantity: orderLines.quantity, locationId: orderLines.locationId })
        .from(orderLines)
        .where(eq(orderLines.orderId, order!.id)),
    ).toEqual([{ sku, quantity: 2, locationId: at.HAM }]);
    expect(await reservedAt('HAM')).toBe(before + 2);
    expect(await t.db.select().from(cartLines).where(eq(cartLines.cartId, cartId))).toEqual([]);
  });

  it('a signed-in customer has it shipped to the Berlin store: reserved in the warehouse, collected without a slot', async () => {
    const cartId = await fillCart('customer', 1);
    const [warehouse, store] = [await reservedAt('WH1'), await reservedAt('BER')];
    const placed = await checkout(
      noJsForm({
        email: actors.customer!.email,
        fulfilment: 'ship_to_store',
        pickupLocationId: at.BER!,
        paymentMethod: 'pay_at_pickup',
      }),
    );
    const [order] = await ordersOf(cartId);
    expect(placed).toEqual({ redirect: `/orders/${order!.id}` });
    expect(order).toMatchObject({
      userId: actors.customer!.userId,
      fulfilment: 'ship_to_store',
      pickupLocationId: at.BER,
      pickupSlotStart: null,
      shippingAddress: null,
      paymentMethod: 'pay_at_pickup',
      paymentStatus: 'pending',
    });
    expect(order!.pickupCode).toMatch(/^\d{6}$/);
    expect(
      await t.db
        .select({ locationId: orderLines.locationId })
        .from(orderLines)
        .where(eq(orderLines.orderId, order!.id)),
    ).toEqual([{ locationId: at.WH1 }]);
    expect([await reservedAt('WH1'), await reservedAt('BER')]).toEqual([warehouse + 1, store]);
  });

  it('a home delivery posted with the hidden pickup fields filled is placed as a delivery', async () => {
    const cartId = await fillCart('anonymous', 1);
    const address = { name: 'Erika Gast', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' };
    expect(
      await checkout(
        noJsForm({ fulfilment: 'delivery', ...address, paymentMethod: 'test_card', cardNumber: '4242 4242 4242 4242' }),
      ),
    ).toMatchObject({ redirect: expect.any(String) });
    const [order] = await ordersOf(cartId);
    expect(order).toMatchObject({
      fulfilment: 'delivery',
      pickupLocationId: null,
      pickupSlotStart: null,
      pickupCode: null,
      shippingAddress: address,
      paymentStatus: 'authorized',
    });
  });

  it('refuses pickup at a store that does not serve the channel, and changes nothing', async () => {
    const cartId = await fillCart('anonymous', 1);
    const before = await snapshot(cartId);
    // Not offered by the page; a tampered form names it anyway, with a slot that would be open there.
    const foreign = await checkout(
      noJsForm({
        fulfilment: 'pickup',
        pickupLocationId: at.LEI!,
        pickupSlot: pickupSlotValue(at.LEI!, slots.BER![0]!.start),
        paymentMethod: 'pay_at_pickup',
      }),
    );
    expect(foreign).toMatchObject({
      ok: false,
      formError: `Test Store Leipzig does not offer pickup for orders from ${shopName}.`,
      fieldErrors: { pickupLocationId: [`Test Store Leipzig does not offer pickup for orders from ${shopName}.`] },
      values: { fulfilment: 'pickup', pickupLocationId: at.LEI },
    });
    const shipped = await checkout(
      noJsForm({ fulfilment: 'ship_to_store', pickupLocationId: at.LEI!, paymentMethod: 'pay_at_pickup' }),
    );
    expect(shipped).toMatchObject({
      ok: false,
      fieldErrors: { pickupLocationId: [`Test Store Leipzig does not offer pickup for orders from ${shopName}.`] },
    });
    // The warehouse supplies the channel but hands nothing over.
    expect(
      await checkout(
        noJsForm({
          fulfilment: 'pickup',
          pickupLocationId: at.WH1!,
          pickupSlot: pickupSlotValue(at.WH1!, slots.BER![0]!.start),
          paymentMethod: 'pay_at_pickup',
        }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { pickupLocationId: [expect.stringContaining('does not offer pickup')] },
    });
    expect(await snapshot(cartId)).toEqual(before);
  });

  it('refuses a time of another store, a missing or misaligned slot and pay at pickup with a delivery, changing nothing', async () => {
    const cartId = await fillCart('anonymous', 1);
    const before = await snapshot(cartId);
    const pickup = { fulfilment: 'pickup', pickupLocationId: at.HAM!, paymentMethod: 'pay_at_pickup' };
    expect(
      await checkout(noJsForm({ ...pickup, pickupSlot: pickupSlotValue(at.BER!, slots.BER![0]!.start) })),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        pickupSlot: ['This pickup time belongs to another store. Choose a time of the store you selected.'],
      },
    });
    expect(await checkout(noJsForm({ ...pickup, pickupSlot: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { pickupSlot: ['Choose a pickup slot.'] },
    });
    const misaligned = new Date(new Date(slots.HAM![0]!.start).getTime() + 7 * 60_000).toISOString();
    expect(await checkout(noJsForm({ ...pickup, pickupSlot: pickupSlotValue(at.HAM!, misaligned) }))).toMatchObject({
      ok: false,
      fieldErrors: { pickupSlot: [expect.stringContaining('choose one of the offered times')] },
    });
    const address = { name: 'Erika Gast', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' };
    expect(
      await checkout(noJsForm({ fulfilment: 'delivery', ...address, paymentMethod: 'pay_at_pickup' })),
    ).toMatchObject({ ok: false, formError: 'Pay at pickup is only possible when you collect the order in a store.' });
    expect(await snapshot(cartId)).toEqual(before);
  });

  it('answers a German visitor in German, each error at its field', async () => {
    const cartId = await fillCart('anonymous', 1);
    const before = await snapshot(cartId);
    jar.set('locale', { value: 'de' });
    const pickup = { fulfilment: 'pickup', pickupLocationId: at.HAM!, paymentMethod: 'pay_at_pickup' };
    expect(await checkout(noJsForm({ ...pickup, pickupSlot: '', email: 'kein-Postfach' }))).toMatchObject({
      ok: false,
      formError: 'Bitte korrigieren Sie die markierten Felder.',
      fieldErrors: {
        pickupSlot: ['Wählen Sie eine Abholzeit.'],
        email: ['Geben Sie eine gültige E-Mail-Adresse ein.'],
      },
    });
    const declined = {
      ...pickup,
      pickupSlot: pickupSlotValue(at.HAM!, slots.HAM![1]!.start),
      paymentMethod: 'test_card',
      cardNumber: '4000 0000 0000 0002',
    };
    expect(await checkout(noJsForm(declined))).toMatchObject({
      ok: false,
      formError: 'Die Karte wurde abgelehnt.',
      fieldErrors: { cardNumber: ['Die Karte wurde abgelehnt.'] },
    });
    expect(await snapshot(cartId)).toEqual(before);
  });

  it('when the store sold out meanwhile: names the item, keeps the values and offers another store and delivery', async () => {
    const cartId = await fillCart('anonymous', 3);
    const variantId = (
      await t.db.select({ id: cartLines.variantId }).from(cartLines).where(eq(cartLines.cartId, cartId))
    )[0]!.id;
    // Berlin sold its last units and the warehouse holds too few to send three: only Hamburg has them.
    await makeStock(t.db, { variantId, locationId: at.BER!, onHand: 20, reserved: 20 });
    await makeStock(t.db, { variantId, locationId: at.WH1!, onHand: 20, reserved: 18 });
    const before = await snapshot(cartId);
    try {
      const form = noJsForm({ fulfilment: 'pickup', paymentMethod: 'pay_at_pickup', email: 'late@example.com' });
      const result = await checkout(form);
      expect(result).toMatchObject({
        ok: false,
        formError: expect.stringMatching(new RegExp(`^Not enough stock of .+ \\(${sku}\\) at .+: none left\\.$`)),
        values: { email: 'late@example.com', fulfilment: 'pickup', pickupLocationId: at.BER },
        data: [
          { kind: 'store', storeId: at.HAM, label: expect.stringMatching(/^Pick up at .+ from \w+day, \d+ \w+$/) },
          { kind: 'delivery', label: expect.stringMatching(/^Home delivery between .+ and .+$/) },
        ],
      });
      expect(await snapshot(cartId)).toEqual(before);
    } finally {
      await makeStock(t.db, { variantId, locationId: at.BER!, onHand: 20 });
      await makeStock(t.db, { variantId, locationId: at.WH1!, onHand: 20 });
    }
  });
});
