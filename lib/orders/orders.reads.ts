// Reads of orders: the checkout and pickup desk read summaries; the price-regret guard reads recent purchases.
import { and, eq, gte, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { locations, orderLines, orders, type PostalAddress } from '@/db/schema';
import { grossEquivalent } from '@/lib/pricing/price-consistency.rules';
import type { RecentPurchase } from '@/lib/pricing/price-regret.rules';

/**
 * Order lines in `currency` placed since `since` (cancelled and returned orders excluded), each with
 * its unit price as a gross amount and the price-protection credit already granted for it.
 */
export async function findRecentPurchases(db: Executor, since: Date, currency: string): Promise<RecentPurchase[]> {
  const rows = await db
    .select({
      orderId: orders.id,
      orderNumber: orders.number,
      orderLineId: orderLines.id,
      userId: orders.userId,
      email: orders.email,
      variantId: orderLines.variantId,
      sku: orderLines.sku,
      productName: orderLines.productName,
      quantity: orderLines.quantity,
      unitAmount: orderLines.unitAmount,
      vatRateBp: orderLines.vatRateBp,
      includesVat: orders.pricesIncludeVat,
      credited: sql<number>`coalesce((select sum(c.amount) from customer_credits c where c.order_line_id = ${orderLines.id} and c.reason = 'price_protection'), 0)::int`,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(
      and(
        gte(orders.placedAt, since),
        eq(orders.currency, currency),
        notInArray(orders.status, ['cancelled', 'returned']),
      ),
    );
  return rows.map(({ unitAmount, vatRateBp, includesVat, ...row }) => ({
    ...row,
    paidGross: grossEquivalent({ key: row.orderLineId, amount: unitAmount, includesVat, vatRateBp }),
  }));
}

/** An order as the buyer, the checkout API and the pickup desk see it. Amounts in cents, in the order's basis. */
export type OrderSummary = {
  id: string;
  number: number;
  status: (typeof orders.$inferSelect)['status'];
  channelId: string;
  userId: string | null;
  email: string;
  placedAt: string;
  fulfilment: 'delivery' | 'pickup' | 'ship_to_store' | null;
  pickupLocation: { id: string; code: string; name: string } | null;
  pickupSlot: { start: string; end: string } | null;
  pickupCode: string | null;
  shippingAddress: PostalAddress | null;
  payment: { method: string | null; status: 'pending' | 'authorized' | 'paid' | 'failed' | null };
  currency: string;
  pricesIncludeVat: boolean;
  /** Goods plus shipping. */
  totalAmount: number;
  /** Shipping charged, included in the total, with its VAT rate (basis points). */
  shipping: { amount: number; vatRateBp: number };
  lines: Array<{
    sku: string;
    productName: string;
    quantity: number;
    unitAmount: number;
    lineAmount: number;
    vatRateBp: number;
    locationId: string | null;
  }>;
};

/** One order with its lines, or null. Callers check who may see it (lib/orders/orders.writes.ts). */
export async function findOrderSummary(db: Executor, orderId: string): Promise<OrderSummary | null> {
  // The order and its lines are sent together (one round trip).
  const [[order], lines] = await Promise.all([
    db
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        channelId: orders.channelId,
        userId: orders.userId,
        email: orders.email,
        placedAt: orders.placedAt,
        fulfilment: orders.fulfilment,
        pickupLocationId: orders.pickupLocationId,
        pickupCode: locations.code,
        pickupName: locations.name,
        pickupSlotStart: orders.pickupSlotStart,
        pickupSlotEnd: orders.pickupSlotEnd,
        code: orders.pickupCode,
        shippingAddress: orders.shippingAddress,
        paymentMethod: orders.paymentMethod,
        paymentStatus: orders.paymentStatus,
        currency: orders.currency,
        pricesIncludeVat: orders.pricesIncludeVat,
        totalAmount: orders.totalAmount,
        shippingAmount: orders.shippingAmount,
        shippingVatRateBp: orders.shippingVatRateBp,
      })
      .from(orders)
      .leftJoin(locations, eq(locations.id, orders.pickupLocationId))
      .where(eq(orders.id, orderId)),
    db
      .select({
        sku: orderLines.sku,
        productName: orderLines.productName,
        quantity: orderLines.quantity,
        unitAmount: orderLines.unitAmount,
        lineAmount: orderLines.lineAmount,
        vatRateBp: orderLines.vatRateBp,
        locationId: orderLines.locationId,
      })
      .from(orderLines)
      .where(eq(orderLines.orderId, orderId)),
  ]);
  return order ? toOrderSummary(order, lines) : null;
}

/** An order as stored, with its pickup store's code and name: what findOrderSummary reads. */
export type StoredOrder = {
  id: string;
  number: number;
  status: OrderSummary['status'];
  channelId: string;
  userId: string | null;
  email: string;
  placedAt: Date;
  fulfilment: OrderSummary['fulfilment'];
  pickupLocationId: string | null;
  pickupCode: string | null;
  pickupName: string | null;
  pickupSlotStart: Date | null;
  pickupSlotEnd: Date | null;
  code: string | null;
  shippingAddress: PostalAddress | null;
  paymentMethod: string | null;
  paymentStatus: OrderSummary['payment']['status'];
  currency: string;
  pricesIncludeVat: boolean;
  totalAmount: number;
  shippingAmount: number;
  shippingVatRateBp: number;
};

/**
 * The summary of an order and its lines (lines in SKU order, by code point): from the database
 * (findOrderSummary), or from what the checkout has just written.
 */
export function toOrderSummary(order: StoredOrder, lines: OrderSummary['lines']): OrderSummary {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    channelId: order.channelId,
    userId: order.userId,
    email: order.email,
    placedAt: order.placedAt.toISOString(),
    fulfilment: order.fulfilment,
    pickupLocation: order.pickupLocationId
      ? { id: order.pickupLocationId, code: order.pickupCode ?? '', name: order.pickupName ?? '' }
      : null,
    pickupSlot:
      order.pickupSlotStart && order.pickupSlotEnd
        ? { start: order.pickupSlotStart.toISOString(), end: order.pickupSlotEnd.toISOString() }
        : null,
    pickupCode: order.code,
    shippingAddress: order.shippingAddress,
    payment: { method: order.paymentMethod, status: order.paymentStatus },
    currency: order.currency,
    pricesIncludeVat: order.pricesIncludeVat,
    totalAmount: order.totalAmount,
    shipping: { amount: order.shippingAmount, vatRateBp: order.shippingVatRateBp },
    lines: [...lines].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0)),
  };
}

/** The locations an order touches: its pickup store and where its lines are reserved (staff access). */
export async function findOrderLocationIds(db: Executor, orderId: string): Promise<string[]> {
  const rows = await db.execute<{ location_id: string }>(sql`
    select pickup_location_id::text as location_id from orders where id = ${orderId} and pickup_location_id is not null
    union select location_id::text from order_lines where order_id = ${orderId} and location_id is not null
    union select sold_location_id::text from orders where id = ${orderId} and sold_location_id is not null`);
  return rows.map((r) => r.location_id);
}

/**
 * Who sold an order in a store and where (assisted selling: showroom orders, hand-offs, quotes), or null.
 * The staff member by first name only, as on a shop receipt.
 */
export async function findOrderSale(
  db: Executor,
  orderId: string,
): Promise<{ channelName: string; storeName: string; staffName: string | null } | null> {
  const [row] = await db.execute<{ channel_name: string; store_name: string; staff_name: string | null }>(sql`
    select c.name as channel_name, l.name as store_name, split_part(u.name, ' ', 1) as staff_name
    from orders o
    join channels c on c.id = o.channel_id
    join locations l on l.id = o.sold_location_id
    left join users u on u.id = o.sold_by_id
    where o.id = ${orderId}`);
  return row ? { channelName: row.channel_name, storeName: row.store_name, staffName: row.staff_name } : null;
}
