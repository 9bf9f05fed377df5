// Reads for the staff pickup desk: the stores a person works, and a store's open pickup orders with
// their lines (two queries per store, no N+1). Also the overdue rule shared with the expiry job.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { locations, orderLines } from '@/db/schema';
import { storesWhere, type Actor } from '@/lib/platform/auth/permissions.rules';
import type { OrderStatus } from '@/lib/orders/order-status.rules';

export type DeskStore = { id: string; code: string; name: string; city: string; timeZone: string };

export type DeskOrder = {
  id: string;
  number: number;
  status: Extract<OrderStatus, 'placed' | 'confirmed' | 'picking' | 'ready_for_pickup'>;
  fulfilment: 'pickup' | 'ship_to_store';
  email: string;
  /** The signed-in buyer's name; null for a guest. */
  customerName: string | null;
  placedAt: string;
  pickupSlot: { start: string; end: string } | null;
  /** When it last became ready for pickup (null while it is still being prepared). */
  readyAt: string | null;
  /** Whole days since it became ready. */
  daysWaiting: number | null;
  /** Past the uncollected deadline: the expiry job will cancel it. */
  overdue: boolean;
  itemsCount: number;
  totalAmount: number;
  currency: string;
  payment: { method: string | null; status: string | null };
  lines: Array<{ sku: string; productName: string; quantity: number }>;
};

const DAY_MS = 86_400_000;

/**
 * The orders past their pickup deadline at `cutoff` (now minus the uncollected days): ready for
 * pickup since before the cutoff, or not collected although their slot ended before it. Expects
 * the orders table aliased `o`.
 */
export function overdueCondition(cutoff: Date): SQL {
  const at = cutoff.toISOString();
  return sql`(o.fulfilment in ('pickup', 'ship_to_store') and o.pickup_location_id is not null and (
    (o.status = 'ready_for_pickup' and coalesce(
      (select max(e.created_at) from order_events e where e.order_id = o.id and e.to_status = 'ready_for_pickup'), o.placed_at) <= ${at}::timestamptz)
    or (o.status in ('placed', 'confirmed', 'picking', 'ready_for_pickup') and o.pickup_slot_end <= ${at}::timestamptz)))`;
}

/** Admins: every active store with pickup enabled; staff: the stores they work at. */
export async function listDeskStores(db: Executor, actor: Actor): Promise<DeskStore[]> {
  const stores = storesWhere(actor, 'orders:manage');
  if (stores !== 'all' && stores.length === 0) return [];
  return db
    .select({
      id: locations.id,
      code: locations.code,
      name: locations.name,
      city: locations.city,
      timeZone: locations.timeZone,
    })
    .from(locations)
    .where(
      stores === 'all'
        ? and(eq(locations.pickupEnabled, true), eq(locations.active, true))
        : inArray(locations.id, stores),
    )
    .orderBy(asc(locations.city), asc(locations.code));
}

export async function findDeskStore(db: Executor, code: string): Promise<DeskStore | null> {
  const [store] = await db
    .select({
      id: locations.id,
      code: locations.code,
      name: locations.name,
      city: locations.city,
      timeZone: locations.timeZone,
    })
    .from(locations)
    .where(eq(locations.code, code));
  return store ?? null;
}

/** The open pickup orders of a store (not yet collected or cancelled), oldest slot first. */
export async function listDeskOrders(
  db: Executor,
  locationId: string,
  options: { now: Date; uncollectedDays: number },
): Promise<DeskOrder[]> {
  const cutoff = new Date(options.now.getTime() - options.uncollectedDays * DAY_MS);
  const rows = await db.execute<{
    id: string;
    number: string | number;
    status: DeskOrder['status'];
    fulfilment: DeskOrder['fulfilment'];
    email: string;
    customer_name: string | null;
    placed_at: string | Date;
    slot_start: string | Date | null;
    slot_end: string | Date | null;
    ready_at: string | Date | null;
    overdue: boolean;
    total_amount: number;
    currency: string;
    payment_method: string | null;
    payment_status: string | null;
  }>(sql`
    select o.id, o.number, o.status, o.fulfilment, o.email, u.name as customer_name, o.placed_at, o.pickup_slot_start as slot_start, o.pickup_slot_end as slot_end,
      case when o.status = 'ready_for_pickup' then coalesce(
        (select max(e.created_at) from order_events e where e.order_id = o.id and e.to_status = 'ready_for_pickup'), o.placed_at) end as ready_at,
      ${overdueCondition(cutoff)} as overdue,
      o.total_amount, o.currency, o.payment_method, o.payment_status
    from orders o left join users u on u.id = o.user_id
    where o.pickup_location_id = ${locationId} and o.fulfilment in ('pickup', 'ship_to_store')
      and o.status in ('placed', 'confirmed', 'picking', 'ready_for_pickup')
    order by o.pickup_slot_start asc nulls last, o.placed_at asc`);
  if (!rows.length) return [];
  const lines = await db
    .select({
      orderId: orderLines.orderId,
      sku: orderLines.sku,
      productName: orderLines.productName,
      quantity: orderLines.quantity,
    })
    .from(orderLines)
    .where(
      inArray(
        orderLines.orderId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(orderLines.sku));
  const byOrder = new Map<string, DeskOrder['lines']>();
  for (const { orderId, ...line } of lines) byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), line]);
  const iso = (value: string | Date) => new Date(value).toISOString();
  return rows.map((r) => {
    const orderLinesOf = byOrder.get(r.id) ?? [];
    const readyAt = r.ready_at ? iso(r.ready_at) : null;
    return {
      id: r.id,
      number: Number(r.number),
      status: r.status,
      fulfilment: r.fulfilment,
      email: r.email,
      customerName: r.customer_name,
      placedAt: iso(r.placed_at),
      pickupSlot: r.slot_start && r.slot_end ? { start: iso(r.slot_start), end: iso(r.slot_end) } : null,
      readyAt,
      daysWaiting: readyAt ? Math.max(0, Math.floor((options.now.getTime() - Date.parse(readyAt)) / DAY_MS)) : null,
      overdue: r.overdue,
      itemsCount: orderLinesOf.reduce((sum, l) => sum + l.quantity, 0),
      totalAmount: Number(r.total_amount),
      currency: r.currency,
      payment: { method: r.payment_method, status: r.payment_status },
      lines: orderLinesOf,
    };
  });
}
