import 'server-only';
// Reads for the counter: find a store's pickup orders by what staff typed or scanned, one order with
// everything the hand-over needs (items in the reader's language, amount due, payment), and the orders
// collected there today. Every read is bound to one store; the caller checks the actor may work it.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { translatedSql, optionValueLabelSql } from '@/lib/catalog/translated-sql.reads';
import type { OrderStatus } from '@/lib/orders/order-status.rules';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { DeskLookup } from './desk-lookup.rules';

export type DeskOrderRow = {
  id: string;
  number: number;
  status: OrderStatus;
  email: string;
  /** The signed-in buyer's name; null for a guest. */
  customerName: string | null;
  placedAt: string;
  pickupSlot: { start: string; end: string } | null;
  totalAmount: number;
  currency: string;
  payment: { method: string | null; status: string | null };
  itemsCount: number;
  /** Found by its pickup code (scanned or typed), so the code is known to match. */
  matchedCode: boolean;
};

export type DeskOrderLine = {
  sku: string;
  name: string;
  options: Array<{ name: string; value: string }>;
  quantity: number;
  unitAmount: number;
  lineAmount: number;
};

export type DeskOrderDetail = Omit<DeskOrderRow, 'matchedCode'> & {
  fulfilment: 'pickup' | 'ship_to_store';
  pricesIncludeVat: boolean;
  shippingAmount: number;
  lines: DeskOrderLine[];
  paid: { reference: string | null; at: string; by: string | null } | null;
  collected: { at: string; by: string | null } | null;
};

const SEARCH_LIMIT = 20;

type Row = {
  id: string;
  number: string | number;
  status: OrderStatus;
  email: string;
  customer_name: string | null;
  placed_at: string | Date;
  slot_start: string | Date | null;
  slot_end: string | Date | null;
  total_amount: number;
  currency: string;
  payment_method: string | null;
  payment_status: string | null;
  items_count: string | number;
};

const iso = (value: string | Date) => new Date(value).toISOString();

const ROW_COLUMNS = sql`o.id, o.number, o.status, o.email, u.name as customer_name, o.placed_at,
  o.pickup_slot_start as slot_start, o.pickup_slot_end as slot_end, o.total_amount, o.currency,
  o.payment_method, o.payment_status,
  (select coalesce(sum(ol.quantity), 0) from order_lines ol where ol.order_id = o.id) as items_count`;

function toBase(r: Row): Omit<DeskOrderRow, 'matchedCode'> {
  return {
    id: r.id,
    number: Number(r.number),
    status: r.status,
    email: r.email,
    customerName: r.customer_name,
    placedAt: iso(r.placed_at),
    pickupSlot: r.slot_start && r.slot_end ? { start: iso(r.slot_start), end: iso(r.slot_end) } : null,
    totalAmount: Number(r.total_amount),
    currency: r.currency,
    payment: { method: r.payment_method, status: r.payment_status },
    itemsCount: Number(r.items_count),
  };
}

const toRow = (r: Row, matchedCode = false): DeskOrderRow => ({ ...toBase(r), matchedCode });

/** The condition of a lookup on `o` (orders) and `u` (its buyer), or null when there is nothing to look for. */
function lookupCondition(lookup: DeskLookup): SQL | null {
  switch (lookup.kind) {
    case 'code_or_number':
      return sql`(o.pickup_code = ${lookup.code} or o.number = ${lookup.number})`;
    case 'number':
      return sql`o.number = ${lookup.number}`;
    case 'text':
      return sql`(o.email ilike ${lookup.pattern} or u.name ilike ${lookup.pattern})`;
    default:
      return null;
  }
}

/**
 * The store's pickup orders matching a lookup (any status, so a customer who comes back for an order
 * already collected or cancelled is told so), open ones first, then the newest; at most 20.
 */
export async function findDeskOrders(db: Executor, locationId: string, lookup: DeskLookup): Promise<DeskOrderRow[]> {
  const condition = lookupCondition(lookup);
  if (!condition) return [];
  const code = lookup.kind === 'code_or_number' ? lookup.code : null;
  const rows = await db.execute<Row & { code_match: boolean }>(sql`
    select ${ROW_COLUMNS}, (${code}::text is not null and o.pickup_code = ${code}::text) as code_match
    from orders o left join users u on u.id = o.user_id
    where o.pickup_location_id = ${locationId} and o.fulfilment in ('pickup', 'ship_to_store') and ${condition}
    order by (o.status in ('placed', 'confirmed', 'picking', 'ready_for_pickup')) desc, o.placed_at desc
    limit ${SEARCH_LIMIT}`);
  return rows.map((r) => toRow(r, r.code_match));
}

/** One pickup order of the store by its number, with its lines in `locale`; null when the store has no such order. */
export async function findDeskOrder(
  db: Executor,
  locationId: string,
  number: number,
  locale: Locale,
): Promise<DeskOrderDetail | null> {
  const [order] = await db.execute<
    Row & {
      fulfilment: 'pickup' | 'ship_to_store';
      prices_include_vat: boolean;
      shipping_amount: number;
      payment_reference: string | null;
      paid_at: string | Date | null;
      paid_by: string | null;
      collected_at: string | Date | null;
      collected_by: string | null;
    }
  >(sql`
    select ${ROW_COLUMNS}, o.fulfilment, o.prices_include_vat, o.shipping_amount, o.payment_reference, o.paid_at,
      pb.name as paid_by, c.created_at as collected_at, c.by as collected_by
    from orders o
      left join users u on u.id = o.user_id
      left join users pb on pb.id = o.paid_by_id
      left join lateral (
        select e.created_at, a.name as by from order_events e left join users a on a.id = e.actor_id
        where e.order_id = o.id and e.to_status = 'collected' order by e.created_at desc limit 1
      ) c on o.status in ('collected', 'returned')
    where o.pickup_location_id = ${locationId} and o.fulfilment in ('pickup', 'ship_to_store') and o.number = ${number}`);
  if (!order) return null;
  const lines = await db.execute<{
    sku: string;
    name: string;
    options: Array<{ name: string; value: string }>;
    quantity: number;
    unit_amount: number;
    line_amount: number;
  }>(sql`
    select ol.sku, ${translatedSql(sql`p.name`, sql`p.translations`, 'name', locale)} as name, ol.quantity,
      ol.unit_amount, ol.line_amount,
      coalesce((
        select jsonb_agg(jsonb_build_object(
          'name', ${translatedSql(sql`ot.name`, sql`ot.translations`, 'name', locale)},
          'value', ${optionValueLabelSql(sql`x.value`, sql`ot.translations`, locale)}) order by ot.position, ot.code)
        from jsonb_each_text(v.options) x join option_types ot on ot.code = x.key
      ), '[]'::jsonb) as options
    from order_lines ol join variants v on v.id = ol.variant_id join products p on p.id = v.product_id
    where ol.order_id = ${order.id}
    order by ol.sku`);
  return {
    ...toBase(order),
    fulfilment: order.fulfilment,
    pricesIncludeVat: order.prices_include_vat,
    shippingAmount: Number(order.shipping_amount),
    lines: lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      options: l.options,
      quantity: Number(l.quantity),
      unitAmount: Number(l.unit_amount),
      lineAmount: Number(l.line_amount),
    })),
    paid: order.paid_at ? { reference: order.payment_reference, at: iso(order.paid_at), by: order.paid_by } : null,
    collected: order.collected_at ? { at: iso(order.collected_at), by: order.collected_by } : null,
  };
}

export type CollectedRow = DeskOrderRow & { collectedAt: string; collectedBy: string | null };

/** The orders handed over at the store since midnight in the store's time zone, the latest first. */
export async function listCollectedToday(db: Executor, locationId: string, now: Date): Promise<CollectedRow[]> {
  const rows = await db.execute<Row & { collected_at: string | Date; collected_by: string | null }>(sql`
    select ${ROW_COLUMNS}, e.created_at as collected_at, a.name as collected_by
    from orders o
      join locations l on l.id = o.pickup_location_id
      join order_events e on e.order_id = o.id and e.to_status = 'collected'
      left join users u on u.id = o.user_id
      left join users a on a.id = e.actor_id
    where o.pickup_location_id = ${locationId} and o.status = 'collected'
      and e.created_at >= (date_trunc('day', ${now.toISOString()}::timestamptz at time zone l.time_zone) at time zone l.time_zone)
      and e.created_at <= ${now.toISOString()}::timestamptz
    order by e.created_at desc`);
  return rows.map((r) => ({ ...toRow(r), collectedAt: iso(r.collected_at), collectedBy: r.collected_by }));
}
