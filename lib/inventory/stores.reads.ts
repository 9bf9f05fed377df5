import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { locations } from '@/db/schema';
import type { OpeningHours } from '@/lib/pickup/pickup-slots.rules';
import type { ChannelContext } from '@/lib/channels/channels.reads';

export type StoreDetail = {
  id: string;
  code: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  timeZone: string;
  openingHours: OpeningHours;
  pickupSlotMinutes: number;
  pickupSlotCapacity: number;
  /** Click & collect is offered here: pickup is enabled and the store supplies the channel. */
  pickup: boolean;
};

/** Whether a location hands over click & collect orders of a channel: an active store with pickup that supplies it. */
export function offersPickup(
  location: { id: string; kind: string; active: boolean; pickupEnabled: boolean },
  channel: Pick<ChannelContext, 'locationIds'>,
): boolean {
  return (
    location.kind === 'store' && location.active && location.pickupEnabled && channel.locationIds.includes(location.id)
  );
}

/** Every active store, by city, with whether it offers click & collect for the channel. */
export async function listStoreDetails(
  db: Executor,
  channel: Pick<ChannelContext, 'locationIds'>,
): Promise<StoreDetail[]> {
  const rows = await db
    .select({
      id: locations.id,
      code: locations.code,
      name: locations.name,
      street: locations.street,
      postalCode: locations.postalCode,
      city: locations.city,
      country: locations.country,
      timeZone: locations.timeZone,
      openingHours: locations.openingHours,
      pickupSlotMinutes: locations.pickupSlotMinutes,
      pickupSlotCapacity: locations.pickupSlotCapacity,
      pickupEnabled: locations.pickupEnabled,
      kind: locations.kind,
      active: locations.active,
    })
    .from(locations)
    .where(and(eq(locations.kind, 'store'), eq(locations.active, true)))
    .orderBy(asc(locations.city), asc(locations.name));
  return rows.map(({ pickupEnabled, kind, active, ...store }) => ({
    ...store,
    pickup: offersPickup({ id: store.id, kind, active, pickupEnabled }, channel),
  }));
}

/** The stores a visitor can choose as theirs in this channel (click & collect offered). */
export async function listPickupStores(
  db: Executor,
  channel: Pick<ChannelContext, 'locationIds'>,
): Promise<StoreDetail[]> {
  return (await listStoreDetails(db, channel)).filter((s) => s.pickup);
}
