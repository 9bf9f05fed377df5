// What the product page promises for one variant (pure): pickup at the visitor's store and home delivery,
// from the variant's stock per location, the store's opening hours in its own time zone, and "now".
import type { OpeningHours } from '@/lib/pickup/pickup-slots.rules';
import { PICKUP_LEAD_MINUTES } from '@/lib/pickup/pickup-slots.rules';
import { addDays, isoWeekday, localDateOf, zonedWallToInstant } from '@/lib/platform/time-zone.rules';

/**
 * Business days (Monday to Friday in the store's time zone) a transfer from a warehouse to a store takes;
 * the goods can be collected from the first opening day after that. Public holidays are not modelled.
 */
export const TRANSFER_BUSINESS_DAYS = 2;
/** Delivery days quoted when a warehouse holds the variant (shipped from there). */
export const WAREHOUSE_DELIVERY_DAYS = { min: 1, max: 2 } as const;
/** Delivery days quoted when only stores hold it (a store ships, which takes longer). */
export const STORE_DELIVERY_DAYS = { min: 2, max: 3 } as const;
/** How far ahead a store's next opening day is looked for; a store closed longer offers no pickup. */
const SEARCH_DAYS = 14;

export type LocationStock = { locationCode: string; kind: 'store' | 'warehouse'; quantity: number };
export type PromiseStore = { code: string; name: string; timeZone: string; openingHours: OpeningHours };

export type PickupPromise =
  /** In stock at the store: ready on `date` (the store's local "YYYY-MM-DD"); `day` says how to word it. */
  | { kind: 'in_store'; storeName: string; date: string; day: 'today' | 'tomorrow' | 'later' }
  /** Transferred from a warehouse: can be collected from `date` on. */
  | { kind: 'transfer'; storeName: string; date: string }
  | { kind: 'unavailable'; storeName: string };

export type DeliveryPromise = { kind: 'delivery'; minDays: number; maxDays: number } | { kind: 'unavailable' };

export type FulfilmentPromise = {
  /** Null when the visitor has not chosen a store. */
  pickup: PickupPromise | null;
  delivery: DeliveryPromise;
};

export type FulfilmentInput = {
  stock: readonly LocationStock[];
  store: PromiseStore | null;
  now: Date;
  leadMinutes?: number;
};

export function resolveFulfilmentPromise({
  stock,
  store,
  now,
  leadMinutes = PICKUP_LEAD_MINUTES,
}: FulfilmentInput): FulfilmentPromise {
  const inWarehouse = stock.some((s) => s.kind === 'warehouse' && s.quantity > 0);
  const inAnyStore = stock.some((s) => s.kind === 'store' && s.quantity > 0);
  const delivery: DeliveryPromise = inWarehouse
    ? { kind: 'delivery', minDays: WAREHOUSE_DELIVERY_DAYS.min, maxDays: WAREHOUSE_DELIVERY_DAYS.max }
    : inAnyStore
      ? { kind: 'delivery', minDays: STORE_DELIVERY_DAYS.min, maxDays: STORE_DELIVERY_DAYS.max }
      : { kind: 'unavailable' };
  return { pickup: store ? pickupPromise(stock, store, now, leadMinutes, inWarehouse) : null, delivery };
}

function pickupPromise(
  stock: readonly LocationStock[],
  store: PromiseStore,
  now: Date,
  leadMinutes: number,
  inWarehouse: boolean,
): PickupPromise {
  const today = localDateOf(now, store.timeZone);
  const ready = now.getTime() + leadMinutes * 60_000;
  if (stock.some((s) => s.locationCode === store.code && s.kind === 'store' && s.quantity > 0)) {
    const date = firstPickupDay(store, today, ready);
    if (date)
      return {
        kind: 'in_store',
        storeName: store.name,
        date,
        day: date === today ? 'today' : date === addDays(today, 1) ? 'tomorrow' : 'later',
      };
  } else if (inWarehouse) {
    const date = firstPickupDay(store, addBusinessDays(today, TRANSFER_BUSINESS_DAYS), ready);
    if (date) return { kind: 'transfer', storeName: store.name, date };
  }
  return { kind: 'unavailable', storeName: store.name };
}

/** The first local day from `from` on when the store is open until at least `ready` (now plus the lead time). */
function firstPickupDay(store: PromiseStore, from: string, ready: number): string | null {
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const date = addDays(from, i);
    const ranges = store.openingHours[isoWeekday(date)] ?? [];
    if (ranges.some(([, close]) => zonedWallToInstant(store.timeZone, date, close).getTime() >= ready)) return date;
  }
  return null;
}

/** `days` business days after `date`: Friday + 2 is Tuesday, and so are Saturday + 2 and Sunday + 2. */
function addBusinessDays(date: string, days: number): string {
  let result = date;
  for (let left = days; left > 0;) {
    result = addDays(result, 1);
    if (Number(isoWeekday(result)) <= 5) left--;
  }
  return result;
}
