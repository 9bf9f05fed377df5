// Click & collect for the checkout and the store API: the stores that hand over a channel's orders, with their bookable slots.
import 'server-only';
import { and, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { orders } from '@/db/schema';
import { pickupSlots } from '@/lib/pickup/pickup-slots.rules';
import { localDateOf } from '@/lib/platform/time-zone.rules';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { listPickupStores, type StoreDetail } from '@/lib/inventory/stores.reads';

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
  /** Local days ("YYYY-MM-DD" in the store's zone) with at least one bookable slot, in order. */
  days: Array<{ date: string; slots: PickupSlotOption[] }>;
};

export type PickupSlotWindow = {
  now?: Date;
  /** The first local day ("YYYY-MM-DD" in each store's zone); default: today there. */
  from?: string;
  /** How many local days from `from` (default 7). */
  days?: number;
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
  return withSlots(db, await listPickupStores(db, channel), options);
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
  return (await withSlots(db, [store], options))[0] ?? null;
}

async function withSlots(db: Executor, stores: StoreDetail[], options: PickupSlotWindow): Promise<PickupStoreOption[]> {
  const now = options.now ?? new Date();
  if (stores.length === 0) return [];

  const booked = await db
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
    .groupBy(orders.pickupLocationId, orders.pickupSlotStart);
  const bookedByStore = new Map<string, Map<string, number>>();
  for (const row of booked) {
    if (!row.locationId || !row.start) continue;
    const perStore = bookedByStore.get(row.locationId) ?? new Map<string, number>();
    perStore.set(row.start.toISOString(), row.count);
    bookedByStore.set(row.locationId, perStore);
  }

  return stores.map(({ openingHours, country: _country, pickup: _pickup, ...store }) => {
    const slots = pickupSlots(
      { ...store, openingHours },
      options.from ?? localDateOf(now, store.timeZone),
      options.days ?? 7,
      {
        now,
        booked: bookedByStore.get(store.id),
      },
    );
    const days: PickupStoreOption['days'] = [];
    for (const slot of slots) {
      if (!slot.bookable) continue;
      const date = localDateOf(slot.start, store.timeZone);
      let day = days.at(-1);
      if (day?.date !== date) days.push((day = { date, slots: [] }));
      day.slots.push({ start: slot.start.toISOString(), end: slot.end.toISOString(), remaining: slot.remaining });
    }
    return { ...store, days };
  });
}
