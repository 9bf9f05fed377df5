// Cart reads for the storefront and the API: lines with today's prices from the engine (at each
// line's quantity), whether each item can still be bought, and the subtotal, in two round trips.
import 'server-only';
import { CATALOG_LOCALE, optionValueLabelSql, translatedSql } from '@/lib/catalog/translated-sql.reads';
import type { Locale } from '@/lib/platform/i18n/locales';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { carts, users } from '@/db/schema';
import type { Money } from '@/lib/platform/money.rules';
import { isCartId } from '@/lib/cart/cart.schemas';
import { assortedSql, assortmentScope, productRow } from '@/lib/assortment/assortment.reads';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { findPriceLists, findPricedVariants, priceVariant, type PricingAudience } from '@/lib/pricing/prices.reads';
import { quotedPrice } from '@/lib/quotes/quotes.rules';
import { fulfillableQuantity, type LocationStock } from '@/lib/inventory/fulfilment-promise.rules';

export type CartLineView = {
  id: string;
  variantId: string;
  sku: string;
  productName: string;
  productSlug: string;
  /** Option names and values of the variant, e.g. Colour: Red. */
  options: Array<{ name: string; value: string }>;
  image: { url: string; alt: string } | null;
  quantity: number;
  /** Today's unit price at this line's quantity; null when the item cannot be bought any more. */
  unitPrice: Money | null;
  lineTotal: Money | null;
  /** Set when today's unit price differs from the one the line was added at. */
  priceChanged: { from: Money; to: Money } | null;
  /** Still active and in the channel's assortment for this buyer (unavailable lines do not count). */
  available: boolean;
  /** Free units per location of the channel (the availability answer's input). */
  stock: LocationStock[];
  /**
   * The most units that can be fulfilled now (free at the best single location of the channel, as
   * order placement reserves them); below `quantity` when stock was sold since the line was filled.
   */
  fulfillable: number;
};

export type CartView = {
  id: string;
  lines: CartLineView[];
  /** Units over available lines. */
  itemCount: number;
  subtotal: Money;
  currency: string;
  pricesIncludeVat: boolean;
  /** A cart made from a quote: its lines are priced as quoted and cannot be changed (docs/showroom.md). */
  quoteId: string | null;
};

type CartChannel = Pick<ChannelContext, 'id' | 'currency' | 'pricesIncludeVat' | 'locationIds'>;

/**
 * A cart as its owner sees it: null when the id is malformed or unknown, the cart belongs to another
 * channel, or it is another user's cart (`callerUserId` is the signed-in caller, null for a guest).
 */
export async function getCartView(
  db: Executor,
  cartId: string,
  audience: PricingAudience,
  channel: CartChannel,
  callerUserId: string | null = null,
  at = new Date(),
  locale: Locale = CATALOG_LOCALE,
): Promise<CartView | null> {
  if (!isCartId(cartId)) return null;
  const scope = assortmentScope(channel.id, audience);
  // The cart, its lines and their price bases are sent together (one round trip); the lines and
  // prices are only used once the cart has been found to be the caller's.
  const [[cart], rows, priced] = await Promise.all([
    db
      .select({ id: carts.id, channelId: carts.channelId, userId: carts.userId, quoteId: carts.quoteId })
      .from(carts)
      .where(eq(carts.id, cartId)),
    db.execute<{
      id: string;
      variant_id: string;
      sku: string;
      quantity: number;
      unit_amount_at_add: number;
      product_name: string;
      product_slug: string;
      sellable: boolean;
      options: Array<{ name: string; value: string }>;
      image_url: string | null;
      image_alt: string | null;
      stock: LocationStock[];
      quoted_quantity: number | null;
      quoted_unit_amount: number | null;
      quoted_line_amount: number | null;
    }>(sql`
      select l.id, l.variant_id, v.sku, l.quantity, l.unit_amount_at_add,
        ${translatedSql(sql`p.name`, sql`p.translations`, 'name', locale)} as product_name, p.slug as product_slug,
        (v.active and p.status = 'active' and ${assortedSql(productRow('p'), scope)}) as sellable,
        (select coalesce(jsonb_agg(jsonb_build_object(
            'name', ${translatedSql(sql`o.name`, sql`o.translations`, 'name', locale)},
            'value', ${optionValueLabelSql(sql`(v.options ->> o.code)`, sql`o.translations`, locale)}) order by o.position), '[]'::jsonb)
          from option_types o where v.options ? o.code) as options,
        m.url as image_url, m.alt as image_alt,
        ${
          channel.locationIds.length
            ? sql`(select coalesce(jsonb_agg(jsonb_build_object('locationCode', loc.code, 'kind', loc.kind, 'quantity', greatest(s.on_hand - s.reserved, 0))), '[]'::jsonb)
                from stock_levels s join locations loc on loc.id = s.location_id
                where s.variant_id = v.id and loc.active and s.location_id in ${channel.locationIds})`
            : sql`'[]'::jsonb`
        } as stock,
        ql.quantity as quoted_quantity, ql.unit_amount as quoted_unit_amount, ql.line_amount as quoted_line_amount
      from cart_lines l
      join variants v on v.id = l.variant_id
      join products p on p.id = v.product_id
      left join lateral (
        select mm.url, ${translatedSql(sql`mm.alt`, sql`mm.translations`, 'alt', locale)} as alt from media mm where mm.product_id = p.id
        order by (mm.variant_id = v.id) desc nulls last, mm.position limit 1
      ) m on true
      -- A cart made from a quote: each line's quoted price (docs/showroom.md).
      left join carts qc on qc.id = l.cart_id
      left join quote_lines ql on ql.quote_id = qc.quote_id and ql.variant_id = l.variant_id
      where l.cart_id = ${cartId}
      order by l.added_at, v.sku`),
    findPricedVariants(db, channel, { cartId }),
  ]);
  if (!cart || cart.channelId !== channel.id || (cart.userId !== null && cart.userId !== callerUserId)) return null;

  const sellableIds = new Set(rows.filter((r) => r.sellable).map((r) => r.variant_id));
  const items = priced.filter((i) => sellableIds.has(i.variantId));
  const lists = await findPriceLists(db, channel, items, { audience, at });
  const itemsById = new Map(items.map((i) => [i.variantId, i]));

  let subtotal = 0;
  let itemCount = 0;
  const lines = rows.map((row): CartLineView => {
    const item = row.sellable ? itemsById.get(row.variant_id) : undefined;
    const price = item
      ? (quotedPrice(cart.quoteId ? quotedLineOf(row) : null, row.quantity, channel.currency) ??
        priceVariant(channel, audience, item, lists, row.quantity, at))
      : null;
    if (price) {
      subtotal += price.lineTotal.amount;
      itemCount += row.quantity;
    }
    return {
      id: row.id,
      variantId: row.variant_id,
      sku: row.sku,
      productName: row.product_name,
      productSlug: row.product_slug,
      options: row.options,
      image: row.image_url ? { url: row.image_url, alt: row.image_alt ?? row.product_name } : null,
      quantity: row.quantity,
      unitPrice: price?.unit ?? null,
      lineTotal: price?.lineTotal ?? null,
      priceChanged:
        price && price.unit.amount !== row.unit_amount_at_add
          ? { from: { amount: row.unit_amount_at_add, currency: channel.currency }, to: price.unit }
          : null,
      available: price !== null,
      stock: row.stock,
      fulfillable: fulfillableQuantity(row.stock),
    };
  });
  return {
    id: cart.id,
    lines,
    itemCount,
    subtotal: { amount: subtotal, currency: channel.currency },
    currency: channel.currency,
    pricesIncludeVat: channel.pricesIncludeVat,
    quoteId: cart.quoteId,
  };
}

/** The quoted quantity and prices of a quote cart's line, when the quote holds its item. */
function quotedLineOf(row: {
  quoted_quantity: number | null;
  quoted_unit_amount: number | null;
  quoted_line_amount: number | null;
}) {
  return row.quoted_quantity !== null && row.quoted_unit_amount !== null && row.quoted_line_amount !== null
    ? { quantity: row.quoted_quantity, unitAmount: row.quoted_unit_amount, lineAmount: row.quoted_line_amount }
    : null;
}

/** The signed-in customer's cart in a channel (the most recently changed if there were several). */
export async function findUserCartId(db: Executor, userId: string, channelId: string): Promise<string | null> {
  const [cart] = await db
    .select({ id: carts.id })
    .from(carts)
    .where(and(eq(carts.userId, userId), eq(carts.channelId, channelId)))
    .orderBy(desc(carts.updatedAt))
    .limit(1);
  return cart?.id ?? null;
}

/** Units in a cart for the header badge, in one query; 0 for unknown, foreign or others' carts. */
export async function getCartItemCount(
  db: Executor,
  cartId: string,
  channelId: string,
  callerUserId: string | null,
): Promise<number> {
  if (!isCartId(cartId)) return 0;
  const [row] = await db.execute<{ count: number }>(sql`
    select coalesce(sum(l.quantity), 0)::int as count from carts c join cart_lines l on l.cart_id = c.id
    where c.id = ${cartId} and c.channel_id = ${channelId} and (c.user_id is null or c.user_id = ${callerUserId})`);
  return row?.count ?? 0;
}

/** A guest cart id from a cookie if it still names a guest cart of the channel (merged carts are gone). */
export async function findGuestCartId(db: Executor, cartId: string, channelId: string): Promise<string | null> {
  if (!isCartId(cartId)) return null;
  const [cart] = await db
    .select({ id: carts.id })
    .from(carts)
    .where(and(eq(carts.id, cartId), eq(carts.channelId, channelId), isNull(carts.userId)));
  return cart?.id ?? null;
}

/** Who just signed in with this email (the sign-in action merges their guest cart). */
export async function findUserIdByEmail(db: Executor, email: string): Promise<string | null> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
  return user?.id ?? null;
}
