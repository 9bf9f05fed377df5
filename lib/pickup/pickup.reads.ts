// Click & collect for the checkout and the store API: the stores that hand over a channel's orders, with their bookable slots.
import 'server-only';
import { and, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { orders } from '@/db/schema';
import { pickupSlots } from '@/lib/pickup/pickup-slots.rules';
import { localDateOf } from '@/lib/platform/time-zone.rules';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { listPickupStores, type StoreDetail } from '@/lib/inventory/stores.reads';
import { listVariantStock } from '@/lib/inventory/stock.reads';
import {
  availabilitySettings,
  resolveAvailability,
  type AvailabilitySettings,
  type LocationStock,
} from '@/lib/inventory/fulfilment-promise.rules';
import { addDays } from '@/lib/platform/time-zone.rules';

export type PickupSlotOption = { start: string; end: string; remaining: number };
export type PickupStoreOption = {
  id: string;
  code: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  timeZone: string;
  /** Slot length and how many orders one slot takes. */
  pickupSlotMinutes: number;
  pickupSlotCapacity: number;
  /**
   * What the availability answer says for the asked lines here (always `in_store` from today when no
   * lines were given): collect from the store's stock, after a transfer from a warehouse (the order
   * becomes ship-to-store) from `from` on, or not at all (no days then).
   */
  availability: { kind: 'in_store' | 'transfer' | 'unavailable'; from: string | null };
  /** Local days ("YYYY-MM-DD" in the store's zone) with at least one bookable slot, in order. */
  days: Array<{ date: string; slots: PickupSlotOption[] }>;
};

/** A line whose availability decides a store's slots: a variant and how many. */
export type SlotLine = { variantId: string; quantity: number };

export type PickupSlotWindow = {
  now?: Date;
  /** The first local day ("YYYY-MM-DD" in each store's zone); default: today there. */
  from?: string;
  /** How many local days from `from` (default 7). */
  days?: number;
  /**
   * The items to collect (a cart's lines, or one variant): slots start on the day the availability
   * answer gives for them at each store, and a store that cannot supply them offers none.
   */
  lines?: readonly SlotLine[];
  settings?: AvailabilitySettings;
};

/**
 * The channel's click & collect stores (listPickupStores in ./stores), each with the slots of the
 * window's local days that can still be booked (past, within the lead time or full slots are left out).
 */
export async function listPickupStoresWithSlots(
  db: Executor,
  channel: Pick<ChannelContext, 'locationIds'>,
  options: PickupSlotWindow = {},
): Promise<PickupStoreOption[]> {
  return withSlots(db, channel, await listPickupStores(db, channel), options);
}

/** One of the channel's click & collect stores with its bookable slots; null for any other id. */
export async function findPickupStoreWithSlots(
  db: Executor,
  channel: Pick<ChannelContext, 'locationIds'>,
  storeId: string,
  options: PickupSlotWindow = {},
): Promise<PickupStoreOption | null> {
  const store = (await listPickupStores(db, channel)).find((s) => s.id === storeId);
  if (!store) return null;
  return (await withSlots(db, channel, [store], options))[0] ?? null;
}

async function withSlots(
  db: Executor,
  channel: Pick<ChannelContext, 'locationIds'>,
  stores: StoreDetail[],
  options: PickupSlotWindow,
): Promise<PickupStoreOption[]> {
  const now = options.now ?? new Date();
  if (stores.length === 0) return [];
  const settings = options.settings ?? availabilitySettings(process.env);
  const lines = options.lines ?? null;

  const [booked, stock] = await Promise.all([
    db
      .select({ locationId: orders.pickupLocationId, start: orders.pickupSlotStart, count: sql<number>`count(*)::int` })
      .from(orders)
      .where(
        and(
          inArray(
            orders.pickupLocationId,
            stores.map((s) => s.id),
          ),
          gte(orders.pickupSlotStart, now),
          ne(orders.status, 'cancelled'),
        ),
      )
      .groupBy(orders.pickupLocationId, orders.pickupSlotStart),
    lines
      ? listVariantStock(
          db,
          channel,
          lines.map((l) => l.variantId),
        )
      : Promise.resolve(new Map<string, LocationStock[]>()),
  ]);
  const bookedByStore = new Map<string, Map<string, number>>();
  for (const row of booked) {
    if (!row.locationId || !row.start) continue;
    const perStore = bookedByStore.get(row.locationId) ?? new Map<string, number>();
    perStore.set(row.start.toISOString(), row.count);
    bookedByStore.set(row.locationId, perStore);
  }

  return stores.map(({ openingHours, country: _country, pickup: _pickup, ...store }) => {
    const from = options.from ?? localDateOf(now, store.timeZone);
    const window = options.days ?? 7;
    const answer = lines
      ? resolveAvailability({
          lines: lines.map((l) => ({ key: l.variantId, quantity: l.quantity, stock: stock.get(l.variantId) ?? [] })),
          store: { code: store.code, name: store.name, timeZone: store.timeZone, openingHours },
          now,
          settings,
        }).pickup!
      : null;
    const availability: PickupStoreOption['availability'] =
      !answer || answer.kind === 'in_store'
        ? { kind: 'in_store', from: answer?.date ?? null }
        : { kind: answer.kind, from: answer.kind === 'transfer' ? answer.date : null };
    // Slots from the answer's day on (the window still ends where it was asked to end).
    const first = availability.from && availability.from > from ? availability.from : from;
    const slots =
      availability.kind === 'unavailable'
        ? []
        : pickupSlots({ ...store, openingHours }, first, window - daysBetween(from, first), {
            now,
            booked: bookedByStore.get(store.id),
          });
    const days: PickupStoreOption['days'] = [];
    for (const slot of slots) {
      if (!slot.bookable) continue;
      const date = localDateOf(slot.start, store.timeZone);
      let day = days.at(-1);
      if (day?.date !== date) days.push((day = { date, slots: [] }));
      day.slots.push({ start: slot.start.toISOString(), end: slot.end.toISOString(), remaining: slot.remaining });
    }
    return { ...store, availability, days };
  });
}

/** Whole days from one local date to a later one. */
function daysBetween(from: string, to: string): number {
  let days = 0;
  while (addDays(from, days) < to) days++;
  return days;
}
