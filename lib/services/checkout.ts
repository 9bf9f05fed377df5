import 'server-only';
import { createHash, randomInt } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '@/db/client';
import { cartLines, carts, checkoutRequests, locations, orderEvents, orderLines, orders, products, variants } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { assortedSql, assortmentScope, productRow } from '@/lib/data/assortment';
import { findActiveChannelById } from '@/lib/data/channels';
import { offersPickup } from '@/lib/data/stores';
import { findOrderSummary, type OrderSummary } from '@/lib/data/orders';
import { findPricedVariants, findPriceLists, findPricingAudience, priceVariant } from '@/lib/data/prices';
import { checkSlot, type PickupStore } from '@/lib/domain/pickup-slots';
import { AppError, notFound } from '@/lib/errors';
import { normalizeCardNumber, paymentProvider } from '@/lib/payments/providers';
import { canonicalJson, checkoutInput, type CheckoutInput } from '@/lib/validation/checkout';

/** An in-flight checkout older than this is taken to have died (crashed server) and may be retried. */
const STALE_CLAIM_MINUTES = 10;
// Namespace of the advisory locks that serialise bookings of one pickup slot.
const SLOT_LOCK = 4_711_005;

export type PlaceOrderResult = { order: OrderSummary; replayed: boolean };
export type PlaceOrderOptions = {
  /** The channel of the caller's publishable key: the cart must belong to it (403 otherwise). */
  channelId?: string;
  now?: Date;
};

/** ZodError → 400 with field errors, as the API answers (lib/api/problem.ts). */
function parseInput(raw: unknown): CheckoutInput {
  const parsed = checkoutInput.safeParse(raw);
  if (parsed.success) return parsed.data;
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join('.') || '_'] ??= []).push(issue.message);
  throw new AppError('bad_request', 'The checkout has invalid fields.', errors);
}

/** sha256 of the canonical JSON of the validated input without the key (card number without spaces). */
export function checkoutRequestHash(input: CheckoutInput): string {
  const { idempotencyKey: _key, ...rest } = input;
  const payment = rest.payment.card ? { ...rest.payment, card: { number: normalizeCardNumber(rest.payment.card.number) } } : rest.payment;
  return createHash('sha256').update(canonicalJson({ ...rest, payment })).digest('hex');
}

type Claim = { kind: 'claimed' } | { kind: 'replay'; orderId: string };

/**
 * Claims the Idempotency-Key in its own, committed statement, so a concurrent request with the same
 * key sees it at once: a second insert of the same key waits for the first to commit and then finds
 * the row. Same request and an order → replay; same request still running → 409; other request → 422.
 */
async function claimKey(db: Database, cartId: string, key: string, hash: string): Promise<Claim> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db.insert(checkoutRequests).values({ cartId, idempotencyKey: key, requestHash: hash }).onConflictDoNothing().returning({ cartId: checkoutRequests.cartId });
    if (inserted.length) return { kind: 'claimed' };
    const [row] = await db
      .select({ requestHash: checkoutRequests.requestHash, orderId: checkoutRequests.orderId, stale: sql<boolean>`${checkoutRequests.createdAt} < now() - make_interval(mins => ${STALE_CLAIM_MINUTES})` })
      .from(checkoutRequests)
      .where(and(eq(checkoutRequests.cartId, cartId), eq(checkoutRequests.idempotencyKey, key)));
    if (!row) continue; // the other attempt failed and released the key meanwhile: try again
    if (row.requestHash !== hash) throw new AppError('unprocessable', 'This Idempotency-Key was used for a different checkout.');
    if (row.orderId) return { kind: 'replay', orderId: row.orderId };
    if (row.stale) {
      // Take over a claim whose request died; the final guarded update still allows one order per key.
      const taken = await db
        .update(checkoutRequests)
        .set({ createdAt: sql`now()` })
        .where(and(eq(checkoutRequests.cartId, cartId), eq(checkoutRequests.idempotencyKey, key), isNull(checkoutRequests.orderId), sql`${checkoutRequests.createdAt} < now() - make_interval(mins => ${STALE_CLAIM_MINUTES})`))
        .returning({ cartId: checkoutRequests.cartId });
      if (taken.length) return { kind: 'claimed' };
      continue;
    }
    throw new AppError('conflict', 'This checkout is already in progress.');
  }
  throw new AppError('conflict', 'This checkout is already in progress.');
}

/** Turns database concurrency failures into a 409 the client may retry. */
function mapError(error: unknown): unknown {
  const code = (error as { code?: string } | null)?.code ?? (error as { cause?: { code?: string } } | null)?.cause?.code;
  if (code === '40P01' || code === '40001') return new AppError('conflict', 'The checkout collided with another one. Please try again.');
  return error;
}

type Location = typeof locations.$inferSelect;

/**
 * Reserves `quantity` at the first location with enough free stock, atomically: the update only
 * matches when on_hand − reserved covers it, and holds the row until the transaction ends.
 */
async function reserveAt(tx: Executor, variantId: string, quantity: number, candidates: Location[]): Promise<Location | null> {
  for (const location of candidates) {
    const rows = await tx.execute<{ location_id: string }>(sql`
      update stock_levels set reserved = reserved + ${quantity}
      where variant_id = ${variantId} and location_id = ${location.id} and on_hand - reserved >= ${quantity}
      returning location_id`);
    if (rows.length) return location;
  }
  return null;
}

function pickupStoreOf(location: Location): PickupStore {
  return { name: location.name, timeZone: location.timeZone, openingHours: location.openingHours, pickupSlotMinutes: location.pickupSlotMinutes, pickupSlotCapacity: location.pickupSlotCapacity };
}

/**
 * Places an order from a cart, at most once per Idempotency-Key: prices every line with the engine
 * for the buyer, reserves the stock (never more than is free), books the pickup slot and authorizes
 * the payment, all in one transaction; the cart is emptied. A replay of the same request returns the
 * same order (`replayed: true`).
 */
export async function placeOrder(db: Database, actor: Actor | null, raw: unknown, options: PlaceOrderOptions = {}): Promise<PlaceOrderResult> {
  const input = parseInput(raw);
  const now = options.now ?? new Date();
  const hash = checkoutRequestHash(input);

  const [cart] = await db.select({ id: carts.id, channelId: carts.channelId, userId: carts.userId }).from(carts).where(eq(carts.id, input.cartId));
  // Someone else's cart is as unknown as a missing one.
  if (!cart || (cart.userId !== null && cart.userId !== actor?.userId)) throw notFound('The cart');
  if (options.channelId && cart.channelId !== options.channelId) throw new AppError('forbidden', 'This publishable key is for another channel than the cart.');

  const claim = await claimKey(db, input.cartId, input.idempotencyKey, hash);
  if (claim.kind === 'replay') {
    const order = await findOrderSummary(db, claim.orderId);
    if (!order) throw notFound('The order');
    return { order, replayed: true };
  }

  try {
    const order = await db.transaction((tx) => placeInTransaction(tx, actor, input, hash, now));
    return { order, replayed: false };
  } catch (error) {
    // Release the key so that the same request can be retried (only while no order holds it).
    await db
      .delete(checkoutRequests)
      .where(and(eq(checkoutRequests.cartId, input.cartId), eq(checkoutRequests.idempotencyKey, input.idempotencyKey), isNull(checkoutRequests.orderId)))
      .catch(() => undefined);
    throw mapError(error);
  }
}

async function placeInTransaction(tx: Executor, actor: Actor | null, input: CheckoutInput, hash: string, now: Date): Promise<OrderSummary> {
  // Lock the cart: a second checkout of it (another key) waits, then finds it empty.
  const [cart] = await tx.execute<{ id: string; channel_id: string; user_id: string | null }>(sql`select id, channel_id, user_id from carts where id = ${input.cartId} for update`);
  if (!cart || (cart.user_id !== null && cart.user_id !== actor?.userId)) throw notFound('The cart');
  const channel = await findActiveChannelById(tx, cart.channel_id);
  if (!channel) throw notFound('The channel of this cart');

  // Every line again: still sold, still in this channel's assortment for this buyer, priced now.
  const audience = await findPricingAudience(tx, actor);
  const lines = await tx
    .select({
      variantId: cartLines.variantId,
      quantity: cartLines.quantity,
      sku: variants.sku,
      variantActive: variants.active,
      productId: products.id,
      productName: products.name,
      productStatus: products.status,
      listed: sql<boolean>`${assortedSql(productRow('products'), assortmentScope(channel.id, audience))}`,
    })
    .from(cartLines)
    .innerJoin(variants, eq(variants.id, cartLines.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(cartLines.cartId, input.cartId))
    // One lock order for every checkout: stock rows are always taken by ascending variant id.
    .orderBy(asc(cartLines.variantId));
  if (lines.length === 0) throw new AppError('unprocessable', 'Your cart is empty.');

  const unavailable = lines.filter((l) => !l.variantActive || l.productStatus !== 'active' || !l.listed).map((l) => l.sku);
  const priced = new Map((await findPricedVariants(tx, channel, { variantIds: lines.map((l) => l.variantId) })).map((p) => [p.variantId, p]));
  for (const line of lines) if (!priced.has(line.variantId) && !unavailable.includes(line.sku)) unavailable.push(line.sku);
  if (unavailable.length) {
    throw new AppError('unprocessable', `${unavailable.map((s) => `"${s}"`).join(', ')} ${unavailable.length === 1 ? 'is' : 'are'} no longer available here. Remove ${unavailable.length === 1 ? 'it' : 'them'} from your cart.`);
  }
  const lists = await findPriceLists(tx, channel, [...priced.values()], { audience, at: now });
  const pricedLines = lines.map((line) => {
    const item = priced.get(line.variantId)!;
    const price = priceVariant(channel, audience, item, lists, line.quantity, now);
    return { ...line, unitAmount: price.unit.amount, lineAmount: price.lineTotal.amount, vatRateBp: item.vatRateBp, priceListId: price.applied?.listId ?? null };
  });
  const total = pricedLines.reduce((sum, l) => sum + l.lineAmount, 0);

  const provider = paymentProvider(input.payment.method);
  const refusal = provider.unavailableReason({ fulfilment: input.fulfilment, signedIn: actor !== null });
  if (refusal) throw new AppError('unprocessable', refusal);

  // Where the goods come from, and the store that hands them over.
  const supplying = channel.locationIds.length ? await tx.select().from(locations).where(and(inArray(locations.id, channel.locationIds), eq(locations.active, true))).orderBy(asc(locations.code)) : [];
  let store: Location | null = null;
  if (input.fulfilment !== 'delivery') {
    store = supplying.find((l) => l.id === input.pickupLocationId) ?? null;
    if (!store || !offersPickup(store, channel)) {
      const [named] = await tx.select({ name: locations.name }).from(locations).where(eq(locations.id, input.pickupLocationId!));
      throw new AppError('unprocessable', named ? `${named.name} does not offer pickup for orders from ${channel.name}.` : 'Choose one of the pickup stores.');
    }
  }
  const slotStart = input.pickupSlotStart ? new Date(input.pickupSlotStart) : null;
  // Closed, misaligned or past slots fail before anything is reserved; capacity is checked under the lock below.
  if (store && slotStart) checkSlot(pickupStoreOf(store), slotStart, 0, now);

  const candidates =
    input.fulfilment === 'pickup'
      ? [store!]
      : input.fulfilment === 'ship_to_store'
        ? supplying.filter((l) => l.kind === 'warehouse')
        : [...supplying.filter((l) => l.kind === 'warehouse'), ...supplying.filter((l) => l.kind === 'store')];
  const reservedAt = new Map<string, string>();
  for (const line of pricedLines) {
    const location = await reserveAt(tx, line.variantId, line.quantity, candidates);
    if (!location) {
      const where = candidates.length === 1 ? ` at ${candidates[0]!.name}` : input.fulfilment === 'ship_to_store' ? ' in our warehouse' : '';
      throw new AppError('conflict', `Not enough stock for ${line.sku}${where}.`);
    }
    reservedAt.set(line.variantId, location.id);
  }

  let slot: { start: Date; end: Date } | null = null;
  if (store && slotStart) {
    // One booking of this slot at a time, so two orders cannot both take its last place.
    await tx.execute(sql`select pg_advisory_xact_lock(${SLOT_LOCK}, hashtext(${`${store.id}|${slotStart.toISOString()}`}))`);
    const [booked] = await tx.execute<{ count: number }>(sql`
      select count(*)::int as count from orders
      where pickup_location_id = ${store.id} and pickup_slot_start = ${slotStart.toISOString()}::timestamptz and status <> 'cancelled'`);
    slot = checkSlot(pickupStoreOf(store), slotStart, booked?.count ?? 0, now);
  }

  // Last, so that nothing is authorized for an order that cannot be placed; a decline rolls all back.
  const payment = await provider.authorize({ amount: { amount: total, currency: channel.currency }, card: input.payment.card });
  if (payment.status === 'failed') throw new AppError('unprocessable', payment.message ?? 'The payment was not accepted.');

  const [order] = await tx
    .insert(orders)
    .values({
      channelId: channel.id,
      userId: actor?.userId ?? null,
      companyId: audience.companyId,
      email: input.email,
      status: 'placed',
      currency: channel.currency,
      pricesIncludeVat: channel.pricesIncludeVat,
      totalAmount: total,
      placedAt: now,
      fulfilment: input.fulfilment,
      pickupLocationId: store?.id ?? null,
      pickupSlotStart: slot?.start ?? null,
      pickupSlotEnd: slot?.end ?? null,
      shippingAddress: input.shippingAddress ?? null,
      paymentMethod: provider.code,
      paymentStatus: payment.status,
      pickupCode: store ? String(randomInt(0, 1_000_000)).padStart(6, '0') : null,
      cartId: input.cartId,
    })
    .returning({ id: orders.id });
  const orderId = order!.id;
  await tx.insert(orderLines).values(
    pricedLines.map((l) => ({
      orderId,
      variantId: l.variantId,
      sku: l.sku,
      productName: l.productName,
      quantity: l.quantity,
      unitAmount: l.unitAmount,
      vatRateBp: l.vatRateBp,
      lineAmount: l.lineAmount,
      priceListId: l.priceListId,
      locationId: reservedAt.get(l.variantId)!,
    })),
  );
  await tx.insert(orderEvents).values({ orderId, fromStatus: null, toStatus: 'placed', actorId: actor?.userId ?? null, channelId: channel.id, locationId: store?.id ?? null });
  await tx.delete(cartLines).where(eq(cartLines.cartId, input.cartId));
  await tx.update(carts).set({ updatedAt: now }).where(eq(carts.id, input.cartId));
  // The key now names this order; guarded so that a key can never name two orders.
  const bound = await tx
    .update(checkoutRequests)
    .set({ orderId })
    .where(and(eq(checkoutRequests.cartId, input.cartId), eq(checkoutRequests.idempotencyKey, input.idempotencyKey), eq(checkoutRequests.requestHash, hash), isNull(checkoutRequests.orderId)))
    .returning({ orderId: checkoutRequests.orderId });
  if (!bound.length) throw new AppError('conflict', 'This checkout is already in progress.');
  return (await findOrderSummary(tx, orderId))!;
}

/** A uuid check for ids from URLs (a tampered id is simply not found). */
export const isUuid = (value: string) => z.uuid().safeParse(value).success;
