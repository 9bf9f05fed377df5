// Cart writes: guest carts (bearer: the random id in the cart_id cookie) and customer carts (one per
// user and channel, only their owner may change them), priced by the one price engine on every write.
import 'server-only';
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { cartLines, carts, products, variants } from '@/db/schema';
import { assortedSql, assortmentScope, productRow } from '@/lib/assortment/assortment.reads';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import {
  findPriceLists,
  findPricedVariants,
  priceVariant,
  type PricedVariant,
  type PricingAudience,
} from '@/lib/pricing/prices.reads';
import { AppError } from '@/lib/platform/errors';
import { listVariantStock } from '@/lib/inventory/stock.reads';
import { fulfillableQuantity } from '@/lib/inventory/fulfilment-promise.rules';
import { invalidRequest, ISSUE_PARSE_OPTIONS } from '@/lib/platform/error-text';
import {
  addToCartInput,
  isCartId,
  MAX_LINE_QUANTITY,
  removeLineInput,
  setLineQuantityInput,
} from '@/lib/cart/cart.schemas';

/** What a cart write needs to know about the channel: which one, how it prices, and where its stock is. */
export type CartChannel = Pick<ChannelContext, 'id' | 'currency' | 'pricesIncludeVat' | 'locationIds'>;

/**
 * A line's quantity after a write. `capped` is set when fewer than asked were put in the cart because
 * no more can be fulfilled: `available` is the most one location of the channel holds free (a line is
 * never split), the same figure order placement and the availability answer work with.
 */
export type CartLineWrite = {
  lineId: string;
  sku: string;
  quantity: number;
  capped: { requested: number; available: number } | null;
};

/**
 * The quantity a line may hold: what was asked, or at most what can be fulfilled. Nothing left at all is
 * a clear error (nothing is added); a line already over it (stock sold meanwhile) is brought down.
 */
async function capToFulfillable(
  tx: Executor,
  channel: CartChannel,
  variant: { id: string; sku: string; productName: string },
  requested: number,
): Promise<{ quantity: number; capped: CartLineWrite['capped'] }> {
  const stock = await listVariantStock(tx, channel, [variant.id]);
  const available = fulfillableQuantity(stock.get(variant.id) ?? []);
  if (available <= 0)
    throw new AppError('stock.sold_out', {
      field: 'quantity',
      params: { product: variant.productName, sku: variant.sku },
    });
  return requested > available
    ? { quantity: available, capped: { requested, available } }
    : { quantity: requested, capped: null };
}

/** Who calls: the signed-in user's id, or null for a guest. */
type Caller = { userId: string | null };

/**
 * Locks a cart for a write and marks it changed (one update). Unknown ids, carts of another channel
 * and carts of another user all answer the same 404, so a guessed id reveals nothing. A quote's cart
 * cannot be changed (docs/showroom.md).
 */
async function touchCart(tx: Executor, cartId: string, channelId: string, caller: Caller): Promise<{ id: string }> {
  const [cart] = await tx
    .update(carts)
    .set({ updatedAt: sql`now()` })
    .where(
      and(
        eq(carts.id, cartId),
        eq(carts.channelId, channelId),
        caller.userId ? or(isNull(carts.userId), eq(carts.userId, caller.userId)) : isNull(carts.userId),
      ),
    )
    .returning({ id: carts.id, quoteId: carts.quoteId });
  if (!cart) throw new AppError('cart.not_found');
  // A quote's cart holds what was quoted, at those prices: nothing is added, changed or removed.
  if (cart.quoteId) throw new AppError('quote.cart_locked');
  return { id: cart.id };
}

/** A tampered cart id (not a uuid) is as unknown as a missing cart. */
function requireCartId(cartId: string): void {
  if (!isCartId(cartId)) throw new AppError('cart.not_found');
}

/** The customer's cart in a channel, created when missing; serialised per user and channel so there is only ever one. */
async function findOrCreateUserCart(
  tx: Executor,
  userId: string,
  channelId: string,
): Promise<{ id: string; created: boolean }> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`cart:${userId}:${channelId}`}))`);
  const [existing] = await tx
    .select({ id: carts.id })
    .from(carts)
    .where(and(eq(carts.userId, userId), eq(carts.channelId, channelId)))
    .orderBy(desc(carts.updatedAt))
    .limit(1);
  if (existing) return { id: existing.id, created: false };
  const [created] = await tx.insert(carts).values({ channelId, userId }).returning({ id: carts.id });
  return { id: created!.id, created: true };
}

/**
 * A new guest cart, or for a signed-in user their cart in the channel (created when missing):
 * a customer has one cart per channel wherever they shop from.
 */
export async function createCart(
  db: Database,
  channelId: string,
  userId: string | null,
): Promise<{ id: string; created: boolean }> {
  return db.transaction(async (tx) => {
    if (userId) return findOrCreateUserCart(tx, userId, channelId);
    const [cart] = await tx.insert(carts).values({ channelId, userId: null }).returning({ id: carts.id });
    return { id: cart!.id, created: true };
  });
}

/** The engine's unit price in the channel's basis for a quantity (volume tiers apply); an error when unpriced. */
async function unitAmountAt(
  tx: Executor,
  channel: CartChannel,
  audience: PricingAudience,
  item: PricedVariant | undefined,
  quantity: number,
  at: Date,
): Promise<number> {
  if (!item) throw new AppError('product.unpriced', { field: 'sku' });
  const lists = await findPriceLists(tx, channel, [item], { audience, at });
  return priceVariant(channel, audience, item, lists, quantity, at).unit.amount;
}

/**
 * The variant behind a SKU or a cart line if it may be sold to this audience in this channel (active,
 * in the assortment), with the quantity already in the cart; else a clear error. One query.
 */
async function requireSellableVariant(
  tx: Executor,
  channel: CartChannel,
  audience: PricingAudience,
  where: { sku: string } | { lineId: string },
  cartId: string,
) {
  const [variant] = await tx
    .select({
      id: variants.id,
      sku: variants.sku,
      active: variants.active,
      productName: products.name,
      productStatus: products.status,
      listed: sql<boolean>`${assortedSql(productRow('products'), assortmentScope(channel.id, audience))}`,
      lineId: cartLines.id,
      inCart: sql<number>`coalesce(${cartLines.quantity}, 0)`,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .leftJoin(cartLines, and(eq(cartLines.variantId, variants.id), eq(cartLines.cartId, cartId)))
    .where(
      'sku' in where ? eq(variants.sku, where.sku) : and(eq(cartLines.id, where.lineId), eq(cartLines.cartId, cartId)),
    );
  if (!variant) {
    if ('lineId' in where) throw new AppError('cart.line_not_found');
    throw new AppError('product.unknown_sku', { field: 'sku', params: { sku: where.sku } });
  }
  if (!variant.active || variant.productStatus !== 'active') {
    throw new AppError('product.unavailable', { field: 'sku', params: { product: variant.productName } });
  }
  if (!variant.listed) {
    throw new AppError('product.not_sold_here', { field: 'sku', params: { product: variant.productName } });
  }
  return variant;
}

export type AddToCartParams = {
  cartId: string;
  sku: string;
  quantity: number;
  audience: PricingAudience;
  channel: CartChannel;
  userId: string | null;
  at?: Date;
};

/**
 * Adds a quantity of a SKU. An existing line grows (at most 999 in total, and at most what can be
 * fulfilled: capped, see CartLineWrite); the line records the engine's unit price at its new quantity,
 * so a volume tier reached by the add applies.
 */
export async function addToCart(db: Database, params: AddToCartParams): Promise<CartLineWrite> {
  const parsed = addToCartInput.safeParse({ sku: params.sku, quantity: params.quantity }, ISSUE_PARSE_OPTIONS);
  if (!parsed.success) throw invalidRequest(parsed.error);
  const { sku, quantity } = parsed.data;
  const at = params.at ?? new Date();
  requireCartId(params.cartId);
  return db.transaction(async (tx) => {
    // Sent together (one round trip): lock the cart, look up the item (and what the cart holds of
    // it) and its price basis; the item is only used once the cart has been found to be the caller's.
    const [cart, variant, [item]] = await Promise.all([
      touchCart(tx, params.cartId, params.channel.id, { userId: params.userId }),
      requireSellableVariant(tx, params.channel, params.audience, { sku }, params.cartId),
      findPricedVariants(tx, params.channel, { skus: [sku] }),
    ]);
    const total = variant.inCart + quantity;
    if (total > MAX_LINE_QUANTITY) {
      throw new AppError('cart.quantity_limit', {
        field: 'quantity',
        params: { inCart: variant.inCart, max: MAX_LINE_QUANTITY },
      });
    }
    const { quantity: kept, capped } = await capToFulfillable(tx, params.channel, variant, total);
    const unitAmountAtAdd = await unitAmountAt(tx, params.channel, params.audience, item, kept, at);
    const [line] = await tx
      .insert(cartLines)
      .values({ cartId: cart.id, variantId: variant.id, quantity: kept, unitAmountAtAdd })
      .onConflictDoUpdate({
        target: [cartLines.cartId, cartLines.variantId],
        set: { quantity: kept, unitAmountAtAdd },
      })
      .returning({ id: cartLines.id, quantity: cartLines.quantity });
    return { lineId: line!.id, sku: variant.sku, quantity: line!.quantity, capped };
  });
}

export type SetLineQuantityParams = {
  cartId: string;
  lineId: string;
  quantity: number;
  audience: PricingAudience;
  channel: CartChannel;
  userId: string | null;
  at?: Date;
};

/**
 * Sets a line's quantity (1..999, at most what can be fulfilled: capped, see CartLineWrite) and
 * re-records its unit price at that quantity (tiers).
 */
export async function setLineQuantity(db: Database, params: SetLineQuantityParams): Promise<CartLineWrite> {
  const parsed = setLineQuantityInput.safeParse(
    { lineId: params.lineId, quantity: params.quantity },
    ISSUE_PARSE_OPTIONS,
  );
  if (!parsed.success)
    throw parsed.error.issues.some((i) => i.path[0] === 'lineId')
      ? new AppError('cart.line_not_found')
      : invalidRequest(parsed.error);
  const { lineId, quantity } = parsed.data;
  requireCartId(params.cartId);
  return db.transaction(async (tx) => {
    const [, variant] = await Promise.all([
      touchCart(tx, params.cartId, params.channel.id, { userId: params.userId }),
      requireSellableVariant(tx, params.channel, params.audience, { lineId }, params.cartId),
    ]);
    const [[item], { quantity: kept, capped }] = await Promise.all([
      findPricedVariants(tx, params.channel, { variantIds: [variant.id] }),
      capToFulfillable(tx, params.channel, variant, quantity),
    ]);
    const unitAmountAtAdd = await unitAmountAt(
      tx,
      params.channel,
      params.audience,
      item,
      kept,
      params.at ?? new Date(),
    );
    await tx.update(cartLines).set({ quantity: kept, unitAmountAtAdd }).where(eq(cartLines.id, variant.lineId!));
    return { lineId: variant.lineId!, sku: variant.sku, quantity: kept, capped };
  });
}

/** Removes a line (also one whose item is no longer available). */
export async function removeLine(
  db: Database,
  params: { cartId: string; lineId: string; channel: Pick<CartChannel, 'id'>; userId: string | null },
): Promise<void> {
  if (!removeLineInput.safeParse({ lineId: params.lineId }).success) throw new AppError('cart.line_not_found');
  requireCartId(params.cartId);
  await db.transaction(async (tx) => {
    const cart = await touchCart(tx, params.cartId, params.channel.id, { userId: params.userId });
    const deleted = await tx
      .delete(cartLines)
      .where(and(eq(cartLines.id, params.lineId), eq(cartLines.cartId, cart.id)))
      .returning({ id: cartLines.id });
    if (deleted.length === 0) throw new AppError('cart.line_not_found');
  });
}

/**
 * On sign-in: moves a guest cart's lines into the customer's cart for the channel (created when
 * missing). Quantities of the same item are summed and capped at 999 (a sign-in cannot fail over a
 * cart); a line new to the customer's cart keeps the price it was added at. The guest cart is
 * deleted. Returns the customer's cart, or null when there was no guest cart to merge (unknown id,
 * another channel, or already a customer's).
 */
export async function mergeCarts(
  db: Database,
  guestCartId: string,
  userId: string,
  channelId: string,
): Promise<{ cartId: string } | null> {
  if (!isCartId(guestCartId)) return null;
  return db.transaction(async (tx) => {
    const [guest] = await tx
      .select({ id: carts.id })
      .from(carts)
      .where(and(eq(carts.id, guestCartId), eq(carts.channelId, channelId), isNull(carts.userId)))
      .for('update');
    if (!guest) return null;
    const target = await findOrCreateUserCart(tx, userId, channelId);
    await tx.execute(sql`
      insert into cart_lines (cart_id, variant_id, quantity, unit_amount_at_add, added_at)
      select ${target.id}, g.variant_id, g.quantity, g.unit_amount_at_add, g.added_at from cart_lines g where g.cart_id = ${guest.id}
      on conflict (cart_id, variant_id) do update set quantity = least(${MAX_LINE_QUANTITY}, cart_lines.quantity + excluded.quantity)`);
    await tx.delete(carts).where(eq(carts.id, guest.id));
    await tx
      .update(carts)
      .set({ updatedAt: sql`now()` })
      .where(eq(carts.id, target.id));
    return { cartId: target.id };
  });
}
