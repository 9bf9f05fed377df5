// The one availability answer (pure): for one variant or a whole cart, a store and "now", whether the
// goods can be collected there (from the store's own stock, or after a transfer from a warehouse) and
// when, and whether and when they can be delivered. The product page, the cart, the checkout's slot
// list, the pickup-slots API and order placement all ask this function, so they cannot disagree.
import type { OpeningHours } from '@/lib/pickup/pickup-slots.rules';
import { PICKUP_LEAD_MINUTES } from '@/lib/pickup/pickup-slots.rules';
import { addDays, isoWeekday, localDateOf, zonedWallToInstant } from '@/lib/platform/time-zone.rules';

/**
 * Default business days (Monday to Friday in the store's time zone) a transfer from a warehouse to a
 * store takes; the goods can be collected from the first opening day after that. Public holidays are
 * not modelled. The operator sets it with TRANSFER_BUSINESS_DAYS (availabilitySettings below).
 */
export const TRANSFER_BUSINESS_DAYS = 2;
/** Delivery days quoted when a warehouse holds the variant (shipped from there). */
export const WAREHOUSE_DELIVERY_DAYS = { min: 1, max: 2 } as const;
/** Delivery days quoted when only stores hold it (a store ships, which takes longer). */
export const STORE_DELIVERY_DAYS = { min: 2, max: 3 } as const;
/** Business days are counted in this zone for delivery dates (the shop's home). */
export const DELIVERY_TIME_ZONE = 'Europe/Berlin';
/** How far ahead a store's next opening day is looked for; a store closed longer offers no pickup. */
const SEARCH_DAYS = 14;

/** Free units (on hand minus reserved) of a variant at one location. */
export type LocationStock = { locationCode: string; kind: 'store' | 'warehouse'; quantity: number };
export type PromiseStore = { code: string; name: string; timeZone: string; openingHours: OpeningHours };

/** One line to answer for: its key (a variant id or SKU), the quantity asked for and its stock per location. */
export type AnswerLine = { key: string; quantity: number; stock: readonly LocationStock[] };

/** Where a line of a pickup order is reserved: at the store itself, or at a warehouse and transferred. */
export type LineSource = 'store' | 'warehouse';

export type PickupPromise =
  /** Every line is in stock at the store: ready on `date` (the store's local "YYYY-MM-DD"); `day` says how to word it. */
  | { kind: 'in_store'; storeName: string; date: string; day: 'today' | 'tomorrow' | 'later' }
  /**
   * At least one line comes from a warehouse: can be collected from `date` on (the arrival day). The
   * order becomes ship-to-store; `sources` says where each line (by key) is reserved.
   */
  | { kind: 'transfer'; storeName: string; date: string; sources: Record<string, LineSource> }
  /** Not possible here: `short` names the lines neither the store nor a warehouse holds enough of (empty: the store never opens). */
  | { kind: 'unavailable'; storeName: string; short: string[] };

export type DeliveryPromise =
  /** Delivered `minDays` to `maxDays` business days from today, i.e. between the local days `from` and `to`. */
  | { kind: 'delivery'; minDays: number; maxDays: number; from: string; to: string }
  /** `short` names the lines no location of the channel holds enough of. */
  | { kind: 'unavailable'; short: string[] };

export type FulfilmentPromise = {
  /** Null when no store was asked about. */
  pickup: PickupPromise | null;
  delivery: DeliveryPromise;
};

export type AvailabilitySettings = { transferBusinessDays: number; leadMinutes: number };
export const DEFAULT_AVAILABILITY_SETTINGS: AvailabilitySettings = {
  transferBusinessDays: TRANSFER_BUSINESS_DAYS,
  leadMinutes: PICKUP_LEAD_MINUTES,
};

/** The operator's settings from the environment: TRANSFER_BUSINESS_DAYS (0 to 30, default 2). */
export function availabilitySettings(env: Record<string, string | undefined>): AvailabilitySettings {
  const value = env.TRANSFER_BUSINESS_DAYS;
  if (value === undefined || value.trim() === '') return DEFAULT_AVAILABILITY_SETTINGS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0 || days > 30)
    throw new Error(`TRANSFER_BUSINESS_DAYS must be a whole number from 0 to 30, got "${value}"`);
  return { ...DEFAULT_AVAILABILITY_SETTINGS, transferBusinessDays: days };
}

export type AvailabilityInput = {
  lines: readonly AnswerLine[];
  store: PromiseStore | null;
  now: Date;
  settings?: AvailabilitySettings;
};

/**
 * The answer for lines (one variant on the product page, every line of a cart at checkout) at a store.
 * A line is never split: each comes whole from one location, as order placement reserves it.
 * - pickup: all lines in the store → collect from the store's first opening day still reachable after
 *   the lead time (the cut-off); some only in a warehouse → collect from the first opening day after
 *   the transfer; a line held nowhere in full → not possible.
 * - delivery: every line held in full somewhere; from a warehouse when all are there, else slower.
 */
export function resolveAvailability({
  lines,
  store,
  now,
  settings = DEFAULT_AVAILABILITY_SETTINGS,
}: AvailabilityInput): FulfilmentPromise {
  return {
    pickup: store ? pickupPromise(lines, store, now, settings) : null,
    delivery: deliveryPromise(lines, now),
  };
}

/** The single-variant answer the product page shows (one unit). */
export function resolveFulfilmentPromise({
  stock,
  store,
  now,
  quantity = 1,
  settings,
}: {
  stock: readonly LocationStock[];
  store: PromiseStore | null;
  now: Date;
  quantity?: number;
  settings?: AvailabilitySettings;
}): FulfilmentPromise {
  return resolveAvailability({ lines: [{ key: 'variant', quantity, stock }], store, now, settings });
}

/** The most units of a line one location can supply (a line is not split): what a cart may hold. */
export function fulfillableQuantity(stock: readonly LocationStock[]): number {
  return Math.max(0, ...stock.map((s) => s.quantity));
}

const holds = (s: LocationStock, quantity: number) => s.quantity >= quantity && quantity > 0;

function deliveryPromise(lines: readonly AnswerLine[], now: Date): DeliveryPromise {
  const short = lines.filter((l) => !l.stock.some((s) => holds(s, l.quantity))).map((l) => l.key);
  if (lines.length === 0 || short.length) return { kind: 'unavailable', short };
  const fromWarehouse = lines.every((l) => l.stock.some((s) => s.kind === 'warehouse' && holds(s, l.quantity)));
  const days = fromWarehouse ? WAREHOUSE_DELIVERY_DAYS : STORE_DELIVERY_DAYS;
  const today = localDateOf(now, DELIVERY_TIME_ZONE);
  return {
    kind: 'delivery',
    minDays: days.min,
    maxDays: days.max,
    from: addBusinessDays(today, days.min),
    to: addBusinessDays(today, days.max),
  };
}

function pickupPromise(
  lines: readonly AnswerLine[],
  store: PromiseStore,
  now: Date,
  settings: AvailabilitySettings,
): PickupPromise {
  const today = localDateOf(now, store.timeZone);
  const ready = now.getTime() + settings.leadMinutes * 60_000;
  const sources: Record<string, LineSource> = {};
  const short: string[] = [];
  for (const line of lines) {
    const here = line.stock.some((s) => s.locationCode === store.code && s.kind === 'store' && holds(s, line.quantity));
    const warehouse = line.stock.some((s) => s.kind === 'warehouse' && holds(s, line.quantity));
    if (here) sources[line.key] = 'store';
    else if (warehouse) sources[line.key] = 'warehouse';
    else short.push(line.key);
  }
  if (lines.length === 0 || short.length) return { kind: 'unavailable', storeName: store.name, short };
  if (Object.values(sources).every((s) => s === 'store')) {
    const date = firstPickupDay(store, today, ready);
    if (!date) return { kind: 'unavailable', storeName: store.name, short: [] };
    return {
      kind: 'in_store',
      storeName: store.name,
      date,
      day: date === today ? 'today' : date === addDays(today, 1) ? 'tomorrow' : 'later',
    };
  }
  const date = firstPickupDay(store, addBusinessDays(today, settings.transferBusinessDays), ready);
  if (!date) return { kind: 'unavailable', storeName: store.name, short: [] };
  return { kind: 'transfer', storeName: store.name, date, sources };
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
export function addBusinessDays(date: string, days: number): string {
  let result = date;
  for (let left = days; left > 0;) {
    result = addDays(result, 1);
    if (Number(isoWeekday(result)) <= 5) left--;
  }
  return result;
}
