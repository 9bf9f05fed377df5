// The order state machine (pure): which status may follow which, and what each step does to stock.
import { AppError } from '@/lib/platform/errors';

export const ORDER_STATUSES = [
  'placed',
  'confirmed',
  'picking',
  'ready_for_pickup',
  'collected',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type Fulfilment = 'delivery' | 'pickup' | 'ship_to_store';

const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  placed: ['confirmed', 'cancelled'],
  confirmed: ['picking', 'shipped', 'cancelled'],
  picking: ['ready_for_pickup', 'cancelled'],
  ready_for_pickup: ['collected', 'cancelled'],
  shipped: ['delivered'],
  delivered: ['returned'],
  collected: ['returned'],
  cancelled: [],
  returned: [],
};

const LABELS: Record<OrderStatus, string> = {
  placed: 'placed',
  confirmed: 'confirmed',
  picking: 'being picked',
  ready_for_pickup: 'ready for pickup',
  collected: 'collected',
  shipped: 'shipped',
  delivered: 'delivered',
  cancelled: 'cancelled',
  returned: 'returned',
};

export function statusLabel(status: OrderStatus): string {
  return LABELS[status];
}

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value);
}

/** The statuses that may follow `from`. */
export function nextStatuses(from: OrderStatus): readonly OrderStatus[] {
  return TRANSITIONS[from];
}

/**
 * Whether `from` → `to` is allowed. With a fulfilment, also whether the step fits it: only pickup and
 * ship-to-store orders become ready for pickup or collected, only delivery orders are shipped.
 */
export function canTransition(from: OrderStatus, to: OrderStatus, fulfilment?: Fulfilment | null): boolean {
  if (!TRANSITIONS[from].includes(to)) return false;
  if (!fulfilment) return true;
  if ((to === 'ready_for_pickup' || to === 'collected') && fulfilment === 'delivery') return false;
  if ((to === 'shipped' || to === 'delivered') && fulfilment !== 'delivery') return false;
  return true;
}

/** Throws a 409 conflict naming both statuses when the step is not allowed. */
export function assertTransition(from: OrderStatus, to: OrderStatus, fulfilment?: Fulfilment | null): void {
  if (canTransition(from, to, fulfilment)) return;
  if (TRANSITIONS[from].includes(to))
    throw new AppError('order.transition_fulfilment', { params: { fulfilment: fulfilment ?? 'none', to } });
  throw new AppError('order.transition_invalid', { params: { from, to } });
}

/**
 * What a step does to the stock of the order's lines, at each line's location:
 * - release: the reservation is given back (cancelled before hand-over): reserved −= q;
 * - consume: the goods leave the location (collected, shipped): on_hand −= q and reserved −= q;
 * - restock: the goods come back to the location they left (returned): on_hand += q;
 * - none: no stock change.
 */
export type StockEffect = 'release' | 'consume' | 'restock' | 'none';

export function stockEffect(from: OrderStatus, to: OrderStatus): StockEffect {
  if (!TRANSITIONS[from].includes(to)) return 'none';
  if (to === 'cancelled') return 'release';
  if (to === 'collected' || to === 'shipped') return 'consume';
  if (to === 'returned') return 'restock';
  return 'none';
}

/** Statuses whose lines still hold a reservation (not yet handed over or cancelled). */
export const RESERVING_STATUSES: readonly OrderStatus[] = ['placed', 'confirmed', 'picking', 'ready_for_pickup'];

/**
 * Where a pickup or ship-to-store order stands for its customer: still being prepared (the code is
 * shown, a message follows when it is ready), ready at the counter, collected, or over (cancelled or
 * returned: no code to show).
 */
export type PickupStage = 'preparing' | 'ready' | 'collected' | 'closed';

export function pickupStage(status: OrderStatus): PickupStage {
  if (status === 'ready_for_pickup') return 'ready';
  if (status === 'collected') return 'collected';
  if (status === 'cancelled' || status === 'returned') return 'closed';
  return 'preparing';
}
