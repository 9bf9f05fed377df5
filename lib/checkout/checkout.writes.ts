import 'server-only';
import { DEFAULT_LOCALE, type Locale } from '@/lib/platform/i18n/locales';
import { translatedSql } from '@/lib/catalog/translated-sql.reads';
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '@/db/client';
import {
  cartLines,
  carts,
  checkoutRequests,
  locations,
  orderEvents,
  orderLines,
  orders,
  products,
  quotes,
  stockLevels,
  variants,
} from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { assortedSql, assortmentScope, productRow } from '@/lib/assortment/assortment.reads';
import { findActiveChannelById, type ChannelContext } from '@/lib/channels/channels.reads';
import { offersPickup } from '@/lib/inventory/stores.reads';
import { listVariantStock } from '@/lib/inventory/stock.reads';
import {
  availabilitySettings,
  resolveAvailability,
  type AvailabilitySettings,
  type PickupPromise,
} from '@/lib/inventory/fulfilment-promise.rules';
import { localDateOf } from '@/lib/platform/time-zone.rules';
import { findOrderSummary, toOrderSummary, type OrderSummary } from '@/lib/orders/orders.reads';
import {
  ANONYMOUS_AUDIENCE,
  findPricedVariants,
  findPriceLists,
  findPricingAudience,
  findPricingContext,
  priceVariant,
  type PricingAudience,
} from '@/lib/pricing/prices.reads';
import type { ShowroomCustomer } from '@/lib/showroom/assisted-context.reads';
import { checkSlot, isWithinSlotWindow, type PickupStore } from '@/lib/pickup/pickup-slots.rules';
import { PICKUP_SLOT_DAYS } from '@/lib/pickup/store-api.schemas';
import { quoteShippingFor } from '@/lib/shipping/shipping.reads';
import { AppError } from '@/lib/platform/errors';
import { invalidRequest, ISSUE_PARSE_OPTIONS } from '@/lib/platform/error-text';
import { consumeRateLimit } from '@/lib/platform/rate-limit.writes';
import { guestLimits, lineOverUnitCap, type GuestLimits } from './guest-limits.rules';
import { normalizeCardNumber, paymentProvider } from '@/lib/payments/payment-providers.rules';
import { findQuotedPrices } from '@/lib/quotes/quoted-prices.reads';
import { assertQuoteOrderable, quoteState, sameLines } from '@/lib/quotes/quotes.rules';
import { canonicalJson, checkoutInput, type CheckoutInput } from '@/lib/checkout/checkout.schemas';

/** An in-flight checkout older than this is taken to have died (crashed server) and may be retried. */
const STALE_CLAIM_MINUTES = 10;
// Namespace of the advisory locks that serialise bookings of one pickup slot.
const SLOT_LOCK = 4_711_005;

export type PlaceOrderResult = { order: OrderSummary; replayed: boolean };
export type PlaceOrderOptions = {
  /**
   * The channel the caller speaks for (its publishable key, or the storefront's): the cart must
   * belong to it (403 otherwise). Without it (tests, jobs) the cart's channel is looked up.
   */
  channel?: ChannelContext;
  /** The language the buyer shops in; messages about the order are written in it. */
  locale?: Locale;
  /** The client's address (lib/platform/auth/client-ip.ts): guest orders paid at pickup are counted per address. */
  clientIp?: string;
  /** Guest limits; default: the operator's settings (GUEST_* in the environment). */
  guestLimits?: GuestLimits;
  /** Transfer time and lead time; default: the operator's settings (TRANSFER_BUSINESS_DAYS). */
  availability?: AvailabilitySettings;
  /**
   * Staff placing the order in a store (showroom): who sells, where, and for which customer in context
   * (their account, prices and e-mail; null for a walk-in). The cart is the staff member's.
   */
  assisted?: AssistedSale;
  now?: Date;
};

export type AssistedSale = {
  soldById: string;
  soldLocationId: string;
  customer: Pick<ShowroomCustomer, 'profileId' | 'userId'> | null;
};

/** Invalid input → `request.invalid` (400) with a code per field, as the API answers (lib/platform/api/problem.ts). */
function parseInput(raw: unknown): CheckoutInput {
  const parsed = checkoutInput.safeParse(raw, ISSUE_PARSE_OPTIONS);
  if (parsed.success) return parsed.data;
  throw invalidRequest(parsed.error);
}

/** sha256 of the canonical JSON of the validated input without the key (card number without spaces). */
export function checkoutRequestHash(input: CheckoutInput): string {
  const { idempotencyKey: _key, ...rest } = input;
  const payment = rest.payment.card
    ? { ...rest.payment, card: { number: normalizeCardNumber(rest.payment.card.number) } }
    : rest.payment;
  return createHash('sha256')
    .update(canonicalJson({ ...rest, payment }))
    .digest('hex');
}

type Claim = { kind: 'claimed' } | { kind: 'replay'; orderId: string };
type CartRef = { cartId: string; callerUserId: string | null; channelId: string | undefined };

/** Why a cart cannot be checked out by this caller: unknown or someone else's (404), another channel's (403). */
async function refuseCart(db: Database, ref: CartRef): Promise<never> {
  const [cart] = await db
    .select({ channelId: carts.channelId, userId: carts.userId })
    .from(carts)
    .where(eq(carts.id, ref.cartId));
  // Someone else's cart is as unknown as a missing one.
  if (!cart || (cart.userId !== null && cart.userId !== ref.callerUserId)) throw new AppError('cart.not_found');
  throw new AppError('cart.other_channel');
}

/**
 * Claims the Idempotency-Key in its own, committed statement, so a concurrent request with the same
 * key sees it at once: a second insert of the same key waits for the first to commit and then finds
 * the row. The insert only takes a cart the caller may check out (theirs or a guest cart, of the
 * caller's channel). Same request and an order → replay; same request still running → 409; other
 * request → 422.
 */
async function claimKey(db: Database, ref: CartRef, key: string, hash: string): Promise<Claim> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db.execute<{ cart_id: string; claimed: boolean }>(sql`
      with cart as (
        select c.id from carts c
        where c.id = ${ref.cartId} and (c.user_id is null or c.user_id = ${ref.callerUserId}) and (${ref.channelId ?? null}::uuid is null or c.channel_id = ${ref.channelId ?? null})
      ), claim as (
        insert into checkout_requests (cart_id, idempotency_key, request_hash)
        select id, ${key}, ${hash} from cart on conflict do nothing returning cart_id
      )
      select cart.id as cart_id, exists (select 1 from claim) as claimed from cart`);
    if (inserted.length === 0) return refuseCart(db, ref);
    if (inserted[0]!.claimed) return { kind: 'claimed' };
    const [row] = await db
      .select({
        requestHash: checkoutRequests.requestHash,
        orderId: checkoutRequests.orderId,
        stale: sql<boolean>`${checkoutRequests.createdAt} < now() - make_interval(mins => ${STALE_CLAIM_MINUTES})`,
      })
      .from(checkoutRequests)
      .where(and(eq(checkoutRequests.cartId, ref.cartId), eq(checkoutRequests.idempotencyKey, key)));
    if (!row) continue; // the other attempt failed and released the key meanwhile: try again
    if (row.requestHash !== hash) throw new AppError('checkout.key_reused');
    if (row.orderId) return { kind: 'replay', orderId: row.orderId };
    if (row.stale) {
      // Take over a claim whose request died; the final guarded update still allows one order per key.
      const taken = await db
        .update(checkoutRequests)
        .set({ createdAt: sql`now()` })
        .where(
          and(
            eq(checkoutRequests.cartId, ref.cartId),
            eq(checkoutRequests.idempotencyKey, key),
            isNull(checkoutRequests.orderId),
            sql`${checkoutRequests.createdAt} < now() - make_interval(mins => ${STALE_CLAIM_MINUTES})`,
          ),
        )
        .returning({ cartId: checkoutRequests.cartId });
      if (taken.length) return { kind: 'claimed' };
      continue;
    }
    throw new AppError('checkout.in_progress');
  }
  throw new AppError('checkout.in_progress');
}

/** Turns database concurrency failures into a 409 the client may retry. */
function mapError(error: unknown): unknown {
  const code =
    (error as { code?: string } | null)?.code ?? (error as { cause?: { code?: string } } | null)?.cause?.code;
  if (code === '40P01' || code === '40001') return new AppError('checkout.collision');
  return error;
}

type Location = typeof locations.$inferSelect;

/** Where an order line's stock may come from: one store (pickup), the warehouses (ship to store), or both (delivery, warehouses first). */
type Sources = { locationIds: string[]; warehousesOnly: boolean };

/**
 * Reserves `quantity` at the first source with enough free stock (warehouses before stores, then by
 * code), atomically: the update only matches while on_hand − reserved covers it, and holds the row
 * until the transaction ends. One statement; when a concurrent order took the chosen row's last units
 * between choosing and updating, it chooses again while any source still has enough free stock.
 */
async function reserveStock(
  tx: Executor,
  variantId: string,
  quantity: number,
  sources: Sources,
): Promise<string | null> {
  if (sources.locationIds.length === 0) return null;
  // Each retry follows a location that ran out meanwhile, so there are at most as many as locations.
  for (let attempt = 0; attempt <= sources.locationIds.length; attempt++) {
    const rows = await tx.execute<{ location_id: string }>(sql`
      update stock_levels s set reserved = s.reserved + ${quantity}
      where s.variant_id = ${variantId} and s.on_hand - s.reserved >= ${quantity}
        and s.location_id = (
          select f.location_id from stock_levels f join locations l on l.id = f.location_id
          where f.variant_id = ${variantId} and f.location_id in ${sources.locationIds} and l.active
            and (l.kind = 'warehouse' or not ${sources.warehousesOnly}) and f.on_hand - f.reserved >= ${quantity}
          order by l.kind <> 'warehouse', l.code limit 1)
      returning s.location_id`);
    if (rows.length) return rows[0]!.location_id;
    const [free] = await tx.execute<{ available: boolean }>(sql`
      select exists (select 1 from stock_levels f join locations l on l.id = f.location_id
        where f.variant_id = ${variantId} and f.location_id in ${sources.locationIds} and l.active
          and (l.kind = 'warehouse' or not ${sources.warehousesOnly}) and f.on_hand - f.reserved >= ${quantity}) as available`);
    if (!free?.available) return null;
  }
  return null;
}

/**
 * `stock.insufficient` for a line: how many are still free at the best single source (a line is not
 * split) and where: the store's name when the stock could only come from one location, "our
 * warehouse" for several warehouses.
 */
async function insufficientStock(
  tx: Executor,
  line: { sku: string; variantId: string; productName: string },
  sources: Sources,
): Promise<AppError> {
  const rows = sources.locationIds.length
    ? await tx
        .select({
          name: locations.name,
          free: sql<number>`coalesce(max(${stockLevels.onHand} - ${stockLevels.reserved}), 0)::int`,
        })
        .from(locations)
        .leftJoin(stockLevels, and(eq(stockLevels.locationId, locations.id), eq(stockLevels.variantId, line.variantId)))
        .where(
          and(
            inArray(locations.id, sources.locationIds),
            eq(locations.active, true),
            sources.warehousesOnly ? eq(locations.kind, 'warehouse') : undefined,
          ),
        )
        .groupBy(locations.id, locations.name)
    : [];
  const available = Math.max(0, ...rows.map((r) => r.free));
  const place = rows.length === 1 ? 'store' : sources.warehousesOnly ? 'warehouse' : 'any';
  return new AppError('stock.insufficient', {
    params: {
      product: line.productName,
      sku: line.sku,
      available,
      place,
      store: rows.length === 1 ? rows[0]!.name : '',
    },
  });
}

/**
 * The availability answer for the cart's lines at the pickup store, from the free stock at the
 * channel's locations now. A line neither the store nor a warehouse holds in full is refused naming
 * it (as the reservation would); a store that never opens has no slot to book.
 */
async function answerPickup(
  tx: Executor,
  channel: ChannelContext,
  store: Location,
  lines: Array<{ sku: string; variantId: string; productName: string; quantity: number }>,
  now: Date,
  settings: AvailabilitySettings,
): Promise<PickupPromise> {
  const stock = await listVariantStock(
    tx,
    channel,
    lines.map((l) => l.variantId),
  );
  const answer = resolveAvailability({
    lines: lines.map((l) => ({ key: l.variantId, quantity: l.quantity, stock: stock.get(l.variantId) ?? [] })),
    store: { code: store.code, name: store.name, timeZone: store.timeZone, openingHours: store.openingHours },
    now,
    settings,
  }).pickup!;
  if (answer.kind !== 'unavailable') return answer;
  const short = lines.find((l) => answer.short.includes(l.variantId));
  if (short) throw await insufficientStock(tx, short, { locationIds: [store.id], warehousesOnly: false });
  throw new AppError('slot.closed_day', { field: 'pickupSlotStart', params: { store: store.name } });
}

function pickupStoreOf(location: Location): PickupStore {
  return {
    name: location.name,
    timeZone: location.timeZone,
    openingHours: location.openingHours,
    pickupSlotMinutes: location.pickupSlotMinutes,
    pickupSlotCapacity: location.pickupSlotCapacity,
  };
}

/**
 * Places an order from a cart, at most once per Idempotency-Key: prices every line with the engine
 * for the buyer, reserves the stock (never more than is free), books the pickup slot and authorizes
 * the payment, all in one transaction; the cart is emptied. A replay of the same request returns the
 * same order (`replayed: true`).
 */
export async function placeOrder(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  options: PlaceOrderOptions = {},
): Promise<PlaceOrderResult> {
  const input = parseInput(raw);
  const now = options.now ?? new Date();
  const hash = checkoutRequestHash(input);

  const claim = await claimKey(
    db,
    { cartId: input.cartId, callerUserId: actor?.userId ?? null, channelId: options.channel?.id },
    input.idempotencyKey,
    hash,
  );
  if (claim.kind === 'replay') {
    const order = await findOrderSummary(db, claim.orderId);
    if (!order) throw new AppError('order.not_found');
    return { order, replayed: true };
  }

  try {
    const order = await db.transaction((tx) =>
      placeInTransaction(tx, actor, input, hash, now, options.channel, options.locale ?? DEFAULT_LOCALE, {
        clientIp: options.clientIp ?? 'unknown',
        limits: options.guestLimits ?? guestLimits(process.env),
        availability: options.availability ?? availabilitySettings(process.env),
        assisted: options.assisted ?? null,
      }),
    );
    return { order, replayed: false };
  } catch (error) {
    // Release the key so that the same request can be retried (only while no order holds it).
    await db
      .delete(checkoutRequests)
      .where(
        and(
          eq(checkoutRequests.cartId, input.cartId),
          eq(checkoutRequests.idempotencyKey, input.idempotencyKey),
          isNull(checkoutRequests.orderId),
        ),
      )
      .catch(() => undefined);
    throw mapError(error);
  }
}

async function placeInTransaction(
  tx: Executor,
  actor: Actor | null,
  input: CheckoutInput,
  hash: string,
  now: Date,
  callerChannel: ChannelContext | undefined,
  locale: Locale,
  guest: { clientIp: string; limits: GuestLimits; availability: AvailabilitySettings; assisted: AssistedSale | null },
): Promise<OrderSummary> {
  // Lock the cart (one update that also marks it changed): a second checkout of it (another key)
  // waits, then finds it empty. The audience is looked up meanwhile.
  const { assisted } = guest;
  // Staff sell only where they may: checked here too, not only by the caller's request context.
  if (assisted) requirePermission(actor, 'showroom:sell', { store: assisted.soldLocationId });
  // Whose order it is: the caller's, or in the showroom the customer in context's (a walk-in: nobody's).
  const buyerUserId = assisted ? (assisted.customer?.userId ?? null) : (actor?.userId ?? null);
  const [[cart], audience] = await Promise.all([
    tx.execute<{ channel_id: string; sold_by_id: string | null; sold_location_id: string | null }>(sql`
      update carts set updated_at = ${now.toISOString()}::timestamptz
      where id = ${input.cartId} and (user_id is null or user_id = ${actor?.userId ?? null})
      returning channel_id, sold_by_id, sold_location_id`),
    assisted ? customerAudience(tx, buyerUserId) : findPricingAudience(tx, actor),
  ]);
  if (!cart) throw new AppError('cart.not_found');
  // Who sold it and where: the staff member now, or the one who handed off / quoted this cart.
  const soldById = assisted?.soldById ?? cart.sold_by_id;
  const soldLocationId = assisted?.soldLocationId ?? cart.sold_location_id;
  const channel = callerChannel ?? (await findActiveChannelById(tx, cart.channel_id));
  if (!channel || channel.id !== cart.channel_id) throw new AppError('channel.not_found');

  // Every line again, sent together with the lines' price bases: still sold, still in this channel's
  // assortment for this buyer, priced now.
  const [lines, pricedVariants] = await Promise.all([
    tx
      .select({
        variantId: cartLines.variantId,
        quantity: cartLines.quantity,
        sku: variants.sku,
        variantActive: variants.active,
        productId: products.id,
        // Order lines keep the name the buyer saw, in their language (docs/i18n.md).
        productName: sql<string>`${translatedSql(sql`${products.name}`, sql`${products.translations}`, 'name', locale)}`,
        productStatus: products.status,
        listed: sql<boolean>`${assortedSql(productRow('products'), assortmentScope(channel.id, audience))}`,
      })
      .from(cartLines)
      .innerJoin(variants, eq(variants.id, cartLines.variantId))
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(cartLines.cartId, input.cartId))
      // One lock order for every checkout: stock rows are always taken by ascending variant id.
      .orderBy(asc(cartLines.variantId)),
    findPricedVariants(tx, channel, { cartId: input.cartId }),
  ]);
  if (lines.length === 0) throw new AppError('cart.empty');
  // A cart made from a quote: the quote (locked, so a second checkout of it waits) must still be open and
  // valid and hold exactly these lines; they are charged as quoted (docs/showroom.md).
  const quote = await findQuotedPrices(tx, input.cartId, { lock: true });
  if (quote) {
    assertQuoteOrderable(quoteState(quote.status, quote.validUntil, now, quote.timeZone), quote.validUntil);
    if (!sameLines([...quote.lines.values()], lines)) throw new AppError('quote.lines_changed');
  }

  const priced = new Map(pricedVariants.map((p) => [p.variantId, p]));
  const unavailable = lines
    .filter((l) => !l.variantActive || l.productStatus !== 'active' || !l.listed || !priced.has(l.variantId))
    .map((l) => l.sku);
  if (unavailable.length) {
    throw new AppError('cart.items_unavailable', {
      params: { skus: unavailable.join(', '), count: unavailable.length },
    });
  }
  const provider = paymentProvider(input.payment.method);
  const refusal = provider.unavailableReason({
    fulfilment: input.fulfilment,
    signedIn: buyerUserId !== null,
    assisted: assisted !== null,
  });
  if (refusal) throw new AppError(refusal, { field: 'payment.method' });
  // Without an account and without paying up front, an order still reserves stock and books a slot.
  if (!actor && provider.code === 'pay_at_pickup') await applyGuestLimits(tx, lines, input.email, guest);

  // The store that hands the order over (pickup, ship to store), sent with the price lists.
  const [lists, store] = await Promise.all([
    findPriceLists(tx, channel, [...priced.values()], { audience, at: now }),
    input.fulfilment === 'delivery' ? null : findPickupStore(tx, channel, input.pickupLocationId!),
  ]);
  const pricedLines = lines.map((line) => {
    const item = priced.get(line.variantId)!;
    const quoted = quote?.lines.get(line.variantId);
    if (quoted) {
      const { unitAmount, lineAmount, vatRateBp, priceListId } = quoted;
      return { ...line, unitAmount, lineAmount, vatRateBp, priceListId };
    }
    const price = priceVariant(channel, audience, item, lists, line.quantity, now);
    return {
      ...line,
      unitAmount: price.unit.amount,
      lineAmount: price.lineTotal.amount,
      vatRateBp: item.vatRateBp,
      priceListId: price.applied?.listId ?? null,
    };
  });
  // Shipping by the chosen method (lib/shipping/shipping.rules.ts) is part of what the buyer pays. A
  // pickup the availability answer turns into ship-to-store below is charged as the pickup it was shown as.
  const shipping = await quoteShippingFor(tx, channel.id, input.fulfilment, pricedLines);
  const total = pricedLines.reduce((sum, l) => sum + l.lineAmount, 0) + shipping.amount;

  const slotStart = input.pickupSlotStart ? new Date(input.pickupSlotStart) : null;
  // Closed, misaligned, past or too distant slots fail before anything is reserved; capacity is checked under the lock below.
  if (store && slotStart && !isWithinSlotWindow(store, slotStart, now, PICKUP_SLOT_DAYS.max)) {
    throw new AppError('slot.beyond_window', { field: 'pickupSlotStart', params: { days: PICKUP_SLOT_DAYS.max } });
  }
  if (store && slotStart) checkSlot(pickupStoreOf(store), slotStart, 0, now);

  // Pickup asks the one availability answer (as the product page and the slot list did): from the
  // store's stock, or transferred from a warehouse (ship to store) with a slot from the arrival day.
  const pickup =
    input.fulfilment === 'pickup'
      ? await answerPickup(tx, channel, store!, pricedLines, now, guest.availability)
      : null;
  if (pickup && slotStart && pickup.kind === 'transfer' && localDateOf(slotStart, store!.timeZone) < pickup.date)
    throw new AppError('slot.before_arrival', { field: 'pickupSlotStart', params: { date: pickup.date } });
  const fulfilment = pickup?.kind === 'transfer' ? 'ship_to_store' : input.fulfilment;
  const sourcesOf = (variantId: string): Sources =>
    input.fulfilment === 'pickup' && (pickup?.kind !== 'transfer' || pickup.sources[variantId] === 'store')
      ? { locationIds: [store!.id], warehousesOnly: false }
      : { locationIds: channel.locationIds, warehousesOnly: fulfilment === 'ship_to_store' };
  const reservedAt = new Map<string, string>();
  for (const line of pricedLines) {
    const sources = sourcesOf(line.variantId);
    const locationId = await reserveStock(tx, line.variantId, line.quantity, sources);
    if (!locationId) throw await insufficientStock(tx, line, sources);
    reservedAt.set(line.variantId, locationId);
  }

  let slot: { start: Date; end: Date } | null = null;
  if (store && slotStart) {
    // One booking of this slot at a time, so two orders cannot both take its last place.
    await tx.execute(
      sql`select pg_advisory_xact_lock(${SLOT_LOCK}, hashtext(${`${store.id}|${slotStart.toISOString()}`}))`,
    );
    const [booked] = await tx.execute<{ count: number }>(sql`
      select count(*)::int as count from orders
      where pickup_location_id = ${store.id} and pickup_slot_start = ${slotStart.toISOString()}::timestamptz and status <> 'cancelled'`);
    slot = checkSlot(pickupStoreOf(store), slotStart, booked?.count ?? 0, now);
  }

  // Last, so that nothing is authorized for an order that cannot be placed; a decline rolls all back.
  const payment = await provider.authorize({
    amount: { amount: total, currency: channel.currency },
    card: input.payment.card,
  });
  if (payment.status === 'failed') throw new AppError(payment.error, { field: 'payment.card.number' });

  // The order, its lines and first event, the emptied cart and the key naming this order, sent
  // together (statements run in this order). The key's update is guarded so that a key can never
  // name two orders.
  const orderId = randomUUID();
  const pickupCode = store ? String(randomInt(0, 1_000_000)).padStart(6, '0') : null;
  const lineRows = pricedLines.map((l) => ({
    sku: l.sku,
    productName: l.productName,
    quantity: l.quantity,
    unitAmount: l.unitAmount,
    lineAmount: l.lineAmount,
    vatRateBp: l.vatRateBp,
    locationId: reservedAt.get(l.variantId)!,
  }));
  const [[inserted], , , , bound] = await Promise.all([
    tx
      .insert(orders)
      .values({
        id: orderId,
        channelId: channel.id,
        userId: buyerUserId,
        companyId: audience.companyId,
        email: input.email,
        locale,
        status: 'placed',
        currency: channel.currency,
        pricesIncludeVat: channel.pricesIncludeVat,
        totalAmount: total,
        shippingAmount: shipping.amount,
        shippingVatRateBp: shipping.vatRateBp,
        placedAt: now,
        fulfilment,
        pickupLocationId: store?.id ?? null,
        pickupSlotStart: slot?.start ?? null,
        pickupSlotEnd: slot?.end ?? null,
        shippingAddress: input.shippingAddress ?? null,
        paymentMethod: provider.code,
        paymentStatus: payment.status,
        pickupCode,
        cartId: input.cartId,
        soldById,
        soldLocationId,
        // Paid at the store's terminal while the customer is there: recorded as the desk records it.
        ...(payment.status === 'paid'
          ? {
              paymentReference: input.payment.reference ?? null,
              paidAt: now,
              paidById: actor?.userId ?? null,
              paidLocationId: soldLocationId,
            }
          : {}),
      })
      .returning({ number: orders.number }),
    tx
      .insert(orderLines)
      .values(
        pricedLines.map((l, i) => ({ ...lineRows[i]!, orderId, variantId: l.variantId, priceListId: l.priceListId })),
      ),
    tx.insert(orderEvents).values({
      orderId,
      fromStatus: null,
      toStatus: 'placed',
      actorId: actor?.userId ?? null,
      channelId: channel.id,
      locationId: store?.id ?? soldLocationId,
    }),
    tx.delete(cartLines).where(eq(cartLines.cartId, input.cartId)),
    tx
      .update(checkoutRequests)
      .set({ orderId })
      .where(
        and(
          eq(checkoutRequests.cartId, input.cartId),
          eq(checkoutRequests.idempotencyKey, input.idempotencyKey),
          eq(checkoutRequests.requestHash, hash),
          isNull(checkoutRequests.orderId),
        ),
      )
      .returning({ orderId: checkoutRequests.orderId }),
  ]);
  if (!bound.length) throw new AppError('checkout.in_progress');
  if (quote) {
    // Guarded: a quote names one order, however many carts were made from it.
    const ordered = await tx
      .update(quotes)
      .set({ status: 'ordered', orderId })
      .where(and(eq(quotes.id, quote.quoteId), eq(quotes.status, 'open')))
      .returning({ id: quotes.id });
    if (!ordered.length) throw new AppError('quote.ordered');
  }
  // The summary from what was just written (a replay reads the same from the database).
  return toOrderSummary(
    {
      id: orderId,
      number: inserted!.number,
      status: 'placed',
      channelId: channel.id,
      userId: buyerUserId,
      email: input.email,
      placedAt: now,
      fulfilment,
      pickupLocationId: store?.id ?? null,
      pickupCode: store?.code ?? null,
      pickupName: store?.name ?? null,
      pickupSlotStart: slot?.start ?? null,
      pickupSlotEnd: slot?.end ?? null,
      code: pickupCode,
      shippingAddress: input.shippingAddress ?? null,
      paymentMethod: provider.code,
      paymentStatus: payment.status,
      currency: channel.currency,
      pricesIncludeVat: channel.pricesIncludeVat,
      totalAmount: total,
      shippingAmount: shipping.amount,
      shippingVatRateBp: shipping.vatRateBp,
    },
    lineRows,
  );
}

/** The prices of the customer in context: their groups and company when they have an account. */
async function customerAudience(tx: Executor, userId: string | null): Promise<PricingAudience> {
  if (!userId) return ANONYMOUS_AUDIENCE;
  return (await findPricingContext(tx, userId))?.audience ?? ANONYMOUS_AUDIENCE;
}

/**
 * A guest order paid at pickup: at most `unitsPerSku` of each SKU, and counted per client address and
 * per e-mail address in this transaction (lib/platform/rate-limit.writes.ts), so a failed order does
 * not count and parallel orders cannot slip past the limit. The address is counted first, always in
 * this order, so two checkouts never wait for each other's counters crosswise.
 */
async function applyGuestLimits(
  tx: Executor,
  lines: Array<{ sku: string; quantity: number }>,
  email: string,
  guest: { clientIp: string; limits: GuestLimits },
): Promise<void> {
  const over = lineOverUnitCap(lines, guest.limits.unitsPerSku);
  if (over) {
    const limit = guest.limits.unitsPerSku;
    throw new AppError('checkout.guest_units_per_sku', { params: { limit, sku: over.sku } });
  }
  for (const [key, rule] of [
    [`guest-order-ip:${guest.clientIp}`, guest.limits.perIp],
    [`guest-order-email:${email}`, guest.limits.perEmail],
  ] as const) {
    const counted = await consumeRateLimit(tx, key, rule);
    if (!counted.ok) {
      throw new AppError('checkout.guest_rate_limited', { params: { minutes: counted.retryInMinutes } });
    }
  }
}

/**
 * The store that hands an order over: one of the channel's active locations that offers pickup for
 * it; else a clear error naming the store when there is one.
 */
async function findPickupStore(tx: Executor, channel: ChannelContext, locationId: string): Promise<Location> {
  const [location] = await tx.select().from(locations).where(eq(locations.id, locationId));
  const supplies = location !== undefined && location.active && channel.locationIds.includes(location.id);
  if (!location || !supplies || !offersPickup(location, channel)) {
    throw location
      ? new AppError('pickup.not_offered', {
          field: 'pickupLocationId',
          params: { store: location.name, channel: channel.name },
        })
      : new AppError('pickup.store_required', { field: 'pickupLocationId' });
  }
  return location;
}

/** A uuid check for ids from URLs (a tampered id is simply not found). */
export const isUuid = (value: string) => z.uuid().safeParse(value).success;
