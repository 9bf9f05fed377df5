// Quotes on real PostgreSQL: saved at the customer in context's prices and attributed; scoped to the
// store's staff and the customer's account; ordered at the quoted prices once, never when expired or withdrawn.
import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cartLines, carts, customerProfiles, orderLines, orders, quoteLines, quotes } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { addToCart } from '@/lib/cart/cart.writes';
import { getCartView } from '@/lib/cart/cart.reads';
import { placeOrder } from '@/lib/checkout/checkout.writes';
import { findPricingAudience } from '@/lib/pricing/prices.reads';
import { addDays, localDateOf } from '@/lib/platform/time-zone.rules';
import {
  actorOf,
  makeAdmin,
  makeCart,
  makeChannel,
  makeCustomer,
  makeCustomerGroup,
  makePriceList,
  makeProduct,
  makeStaff,
  makeStock,
  makeStore,
  makeWarehouse,
  type MadeChannel,
  type MadeLocation,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findQuoteByToken, getAccountQuote, getStaffQuote, listAccountQuotes } from './quotes.reads';
import { saveQuote, startQuoteOrder, withdrawQuote } from './quotes.writes';

let t: TestDatabase;
let showroom: MadeChannel;
let ber: MadeLocation;
let ham: MadeLocation;
let bike: { id: string; sku: string };
let bell: { id: string; sku: string };
let actors: Record<'berStaff' | 'hamStaff' | 'admin' | 'customer' | 'stranger', Actor>;
let profileId: string;

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number, now = new Date()) => addDays(localDateOf(now, ber.timeZone), days);

beforeAll(async () => {
  t = await createTestDatabase();
  ber = await makeStore(t.db);
  ham = await makeStore(t.db);
  const warehouse = await makeWarehouse(t.db);
  showroom = await makeChannel(t.db, { kind: 'showroom', key: null, locationIds: [ber.id, ham.id, warehouse.id] });
  bike = (await makeProduct(t.db, { variants: [{ price: 100_000, floor: 10_000 }] })).variants[0]!;
  bell = (await makeProduct(t.db, { variants: [{ price: 2_000, floor: 500 }] })).variants[0]!;
  for (const variant of [bike, bell])
    for (const location of [ber, ham, warehouse])
      await makeStock(t.db, { variantId: variant.id, locationId: location.id, onHand: 100 });
  const customer = await makeCustomer(t.db);
  // The customer's own prices: 10 % off in the showroom (their group's list).
  const regulars = await makeCustomerGroup(t.db, { userIds: [customer.id] });
  await makePriceList(t.db, {
    channelIds: [showroom.id],
    groupIds: [regulars.id],
    priority: 10,
    entries: [{ all: true, kind: 'percent', value: 1000 }],
  });
  actors = {
    berStaff: await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber.id] })),
    hamStaff: await actorOf(t.db, await makeStaff(t.db, { locationIds: [ham.id] })),
    admin: await actorOf(t.db, await makeAdmin(t.db)),
    customer: await actorOf(t.db, customer),
    stranger: await actorOf(t.db, await makeCustomer(t.db)),
  };
  [{ id: profileId }] = (await t.db
    .select({ id: customerProfiles.id })
    .from(customerProfiles)
    .where(eq(customerProfiles.userId, customer.id))) as [{ id: string }];
});
afterAll(() => t.drop());

/** Berlin staff's showroom cart with 2 bikes and a bell, saved as a quote for the customer. */
async function savedQuote(overrides: { validUntil?: string; staff?: Actor; storeId?: string } = {}) {
  const staff = overrides.staff ?? actors.berStaff;
  const cart = await makeCart(t.db, {
    channelId: showroom.id,
    userId: staff.userId,
    lines: [
      { variantId: bike.id, quantity: 2 },
      { variantId: bell.id, quantity: 1 },
    ],
  });
  const audience = await findPricingAudience(t.db, actors.customer);
  const quote = await saveQuote(t.db, staff, {
    storeId: overrides.storeId ?? ber.id,
    customer: { profileId },
    cartId: cart.id,
    channel: showroom,
    audience,
    validUntil: overrides.validUntil ?? inDays(14),
    locale: 'en',
  });
  return { ...quote, cartId: cart.id };
}

const checkout = (cartId: string, actor: Actor | null, now?: Date) =>
  placeOrder(
    t.db,
    actor,
    {
      cartId,
      idempotencyKey: `key-${randomUUID()}`,
      email: actor?.email ?? 'link.holder@example.com',
      fulfilment: 'delivery',
      shippingAddress: { name: 'Kim Kunde', street: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
      payment: actor ? { method: 'invoice' } : { method: 'test_card', card: { number: '4242 4242 4242 4242' } },
    },
    { now },
  );

const quoteRow = async (id: string) => (await t.db.select().from(quotes).where(eq(quotes.id, id)))[0]!;

describe('saving a quote', () => {
  it('prices every line as the cart shows it for the customer, attributes it and empties the cart', async () => {
    const saved = await savedQuote();
    const quote = await quoteRow(saved.id);
    expect(quote).toMatchObject({
      channelId: showroom.id,
      locationId: ber.id,
      createdById: actors.berStaff.userId,
      profileId,
      status: 'open',
      currency: 'EUR',
      pricesIncludeVat: true,
      // 10 % off for the customer: 2 × 900.00 + 18.00
      totalAmount: 181_800,
      validUntil: inDays(14),
    });
    // Only the hash of a 256-bit token is kept.
    expect(saved.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(quote.tokenHash).toBe(createHash('sha256').update(saved.token).digest('hex'));
    const lines = await t.db.select().from(quoteLines).where(eq(quoteLines.quoteId, saved.id));
    expect(lines.map((l) => [l.sku, l.quantity, l.unitAmount, l.lineAmount, l.vatRateBp]).sort()).toEqual(
      [
        [bike.sku, 2, 90_000, 180_000, 1900],
        [bell.sku, 1, 1_800, 1_800, 1900],
      ].sort(),
    );
    expect(await t.db.select().from(cartLines).where(eq(cartLines.cartId, saved.cartId))).toEqual([]);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, saved.id));
    expect(audit).toMatchObject({ action: 'quote.save', actorId: actors.berStaff.userId });
  });

  it('refuses staff of another store, a missing customer, an empty cart and a date out of range', async () => {
    const before = (await t.db.select({ id: quotes.id }).from(quotes)).length;
    await expect(savedQuote({ staff: actors.hamStaff })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(savedQuote({ validUntil: inDays(0) })).rejects.toMatchObject({
      code: 'quote.valid_until_range',
      field: 'validUntil',
    });
    await expect(savedQuote({ validUntil: inDays(91) })).rejects.toMatchObject({ code: 'quote.valid_until_range' });
    const audience = await findPricingAudience(t.db, actors.customer);
    const params = { storeId: ber.id, channel: showroom, audience, validUntil: inDays(3), locale: 'en' as const };
    const cart = await makeCart(t.db, { channelId: showroom.id, userId: actors.berStaff.userId, lines: [] });
    await expect(
      saveQuote(t.db, actors.berStaff, { ...params, customer: null, cartId: cart.id }),
    ).rejects.toMatchObject({ code: 'quote.customer_required' });
    await expect(
      saveQuote(t.db, actors.berStaff, { ...params, customer: { profileId }, cartId: cart.id }),
    ).rejects.toMatchObject({ code: 'cart.empty' });
    // Someone else's cart is not the staff member's to quote.
    const foreign = await makeCart(t.db, {
      channelId: showroom.id,
      userId: actors.admin.userId,
      lines: [{ variantId: bell.id, quantity: 1 }],
    });
    await expect(
      saveQuote(t.db, actors.berStaff, { ...params, customer: { profileId }, cartId: foreign.id }),
    ).rejects.toMatchObject({ code: 'cart.not_found' });
    expect((await t.db.select({ id: quotes.id }).from(quotes)).length).toBe(before);
  });

  it('refuses a cart with a line that can no longer be bought', async () => {
    const gone = (await makeProduct(t.db, { status: 'archived', variants: [{ price: 1_000 }] })).variants[0]!;
    const cart = await makeCart(t.db, {
      channelId: showroom.id,
      userId: actors.berStaff.userId,
      lines: [
        { variantId: bell.id, quantity: 1 },
        { variantId: gone.id, quantity: 1 },
      ],
    });
    const audience = await findPricingAudience(t.db, actors.customer);
    await expect(
      saveQuote(t.db, actors.berStaff, {
        storeId: ber.id,
        customer: { profileId },
        cartId: cart.id,
        channel: showroom,
        audience,
        validUntil: inDays(5),
        locale: 'en',
      }),
    ).rejects.toMatchObject({ code: 'cart.items_unavailable', params: { skus: gone.sku, count: 1 } });
    expect(await t.db.select().from(cartLines).where(eq(cartLines.cartId, cart.id))).toHaveLength(2);
  });
});

describe('who sees a quote', () => {
  it('staff of its store and admins; not staff of another store', async () => {
    const { id } = await savedQuote();
    expect(await getStaffQuote(t.db, actors.berStaff, id)).toMatchObject({ id, storeName: ber.name });
    expect(await getStaffQuote(t.db, actors.admin, id)).toMatchObject({ id });
    expect(await getStaffQuote(t.db, actors.hamStaff, id)).toBeNull();
    expect(await getStaffQuote(t.db, actors.customer, id)).toBeNull();
  });

  it('the customer whose profile it is, and the holder of the link; not another customer', async () => {
    const { id, token } = await savedQuote();
    expect(await getAccountQuote(t.db, actors.customer, id)).toMatchObject({ id, state: 'open' });
    expect((await listAccountQuotes(t.db, actors.customer)).map((q) => q.id)).toContain(id);
    expect(await getAccountQuote(t.db, actors.stranger, id)).toBeNull();
    expect(await listAccountQuotes(t.db, actors.stranger)).toEqual([]);
    expect(await findQuoteByToken(t.db, token)).toMatchObject({ id });
    expect(await findQuoteByToken(t.db, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    await expect(startQuoteOrder(t.db, actors.stranger, { quoteId: id })).rejects.toMatchObject({
      code: 'quote.not_found',
    });
  });
});

describe('ordering a quote', () => {
  it('orders at the quoted prices even after the prices changed, attributed to the staff and store, once', async () => {
    const { id } = await savedQuote();
    // The price rises after the quote: the customer still pays what was quoted.
    await makePriceList(t.db, {
      channelIds: [showroom.id],
      priority: 100,
      entries: [{ all: true, kind: 'fixed', value: 150_000 }],
    });
    const { cartId } = await startQuoteOrder(t.db, actors.customer, { quoteId: id });
    const [cart] = await t.db.select().from(carts).where(eq(carts.id, cartId));
    expect(cart).toMatchObject({
      channelId: showroom.id,
      userId: actors.customer.userId,
      quoteId: id,
      profileId,
      soldById: actors.berStaff.userId,
      soldLocationId: ber.id,
    });
    const audience = await findPricingAudience(t.db, actors.customer);
    const view = await getCartView(t.db, cartId, audience, showroom, actors.customer.userId);
    expect(view).toMatchObject({ quoteId: id, subtotal: { amount: 181_800 } });
    expect(view!.lines.find((l) => l.sku === bike.sku)).toMatchObject({
      unitPrice: { amount: 90_000 },
      priceChanged: null,
    });
    // The quote's cart cannot be changed.
    await expect(
      addToCart(t.db, {
        cartId,
        sku: bell.sku,
        quantity: 1,
        audience,
        channel: showroom,
        userId: actors.customer.userId,
      }),
    ).rejects.toMatchObject({ code: 'quote.cart_locked' });

    const { order } = await checkout(cartId, actors.customer);
    const [row] = await t.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({
      soldById: actors.berStaff.userId,
      soldLocationId: ber.id,
      userId: actors.customer.userId,
    });
    const lines = await t.db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    expect(lines.find((l) => l.sku === bike.sku)).toMatchObject({ unitAmount: 90_000, lineAmount: 180_000 });
    expect(await quoteRow(id)).toMatchObject({ status: 'ordered', orderId: order.id });
    // Ordered: no second cart, and the account says so.
    await expect(startQuoteOrder(t.db, actors.customer, { quoteId: id })).rejects.toMatchObject({
      code: 'quote.ordered',
    });
    expect(await getAccountQuote(t.db, actors.customer, id)).toMatchObject({
      state: 'ordered',
      order: { id: order.id },
    });
  });

  it('orders by the link without signing in', async () => {
    const { id, token } = await savedQuote();
    const { cartId } = await startQuoteOrder(t.db, null, { token });
    const { order } = await checkout(cartId, null);
    expect(order.totalAmount).toBeGreaterThanOrEqual(181_800);
    expect(await quoteRow(id)).toMatchObject({ status: 'ordered', orderId: order.id });
  });

  it('two tabs ordering the same quote in parallel place one order', async () => {
    const { id } = await savedQuote();
    const first = await startQuoteOrder(t.db, actors.customer, { quoteId: id });
    const second = await startQuoteOrder(t.db, actors.customer, { quoteId: id });
    const results = await Promise.allSettled([
      checkout(first.cartId, actors.customer),
      checkout(second.cartId, actors.customer),
    ]);
    const placed = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(placed).toHaveLength(1);
    expect(refused.map((r) => (r.reason as { code?: string }).code)).toEqual(['quote.ordered']);
    const quote = await quoteRow(id);
    expect(quote.status).toBe('ordered');
    expect([first.cartId, second.cartId]).toContain(
      (await t.db.select({ cartId: orders.cartId }).from(orders).where(eq(orders.id, quote.orderId!)))[0]!.cartId,
    );
    const ordersOfQuote = await t.db
      .select({ id: orders.id })
      .from(orders)
      .innerJoin(carts, eq(carts.id, orders.cartId))
      .where(eq(carts.quoteId, id));
    expect(ordersOfQuote).toHaveLength(1);
  });

  it('refuses an expired quote, also from a cart made while it was valid', async () => {
    const { id } = await savedQuote({ validUntil: inDays(1) });
    const { cartId } = await startQuoteOrder(t.db, actors.customer, { quoteId: id });
    const later = new Date(Date.now() + 3 * DAY_MS);
    await expect(startQuoteOrder(t.db, actors.customer, { quoteId: id }, later)).rejects.toMatchObject({
      code: 'quote.expired',
      params: { date: inDays(1) },
    });
    await expect(checkout(cartId, actors.customer, later)).rejects.toMatchObject({ code: 'quote.expired' });
    expect(await getAccountQuote(t.db, actors.customer, id, later)).toMatchObject({ state: 'expired' });
    expect(await quoteRow(id)).toMatchObject({ status: 'open', orderId: null });
  });

  it('staff of the store withdraw a quote, others cannot; a withdrawn quote cannot be ordered', async () => {
    const { id } = await savedQuote();
    const { cartId } = await startQuoteOrder(t.db, actors.customer, { quoteId: id });
    await expect(withdrawQuote(t.db, actors.hamStaff, id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(withdrawQuote(t.db, actors.customer, id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect((await quoteRow(id)).status).toBe('open');
    await withdrawQuote(t.db, actors.berStaff, id);
    expect((await quoteRow(id)).status).toBe('withdrawn');
    await expect(withdrawQuote(t.db, actors.berStaff, id)).rejects.toMatchObject({ code: 'quote.withdrawn' });
    await expect(startQuoteOrder(t.db, actors.customer, { quoteId: id })).rejects.toMatchObject({
      code: 'quote.withdrawn',
    });
    await expect(checkout(cartId, actors.customer)).rejects.toMatchObject({ code: 'quote.withdrawn' });
  });

  it('refuses a quote cart whose lines no longer match the quote', async () => {
    const { id } = await savedQuote();
    const { cartId } = await startQuoteOrder(t.db, actors.customer, { quoteId: id });
    await t.db
      .update(cartLines)
      .set({ quantity: 5 })
      .where(and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, bell.id)));
    await expect(checkout(cartId, actors.customer)).rejects.toMatchObject({ code: 'quote.lines_changed' });
    expect((await quoteRow(id)).status).toBe('open');
  });
});
