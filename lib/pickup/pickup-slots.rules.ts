// Click & collect pickup slots (pure): cut from a store's opening hours in its own time zone.
// Wall-clock times are turned into instants per day, so a range across a clock change stays right.
import { AppError } from '@/lib/platform/errors';
import { addDays, isoWeekday, localDateOf, zonedWallToInstant, type IsoWeekday } from '@/lib/platform/time-zone.rules';

/** Opening hours per ISO weekday (1 = Monday), as local "HH:MM" ranges in the location's time zone. */
export type OpeningHours = Partial<Record<IsoWeekday, Array<[string, string]>>>;

export type PickupStore = {
  name: string;
  timeZone: string;
  openingHours: OpeningHours;
  pickupSlotMinutes: number;
  pickupSlotCapacity: number;
};

export type PickupSlot = {
  start: Date;
  end: Date;
  /** Places left (capacity minus orders already booked). */
  remaining: number;
  bookable: boolean;
  /** Why a slot cannot be booked. */
  reason?: 'past' | 'full';
};

/** Orders must be ready this long after they are placed. */
export const PICKUP_LEAD_MINUTES = 120;

export type SlotOptions = {
  now: Date;
  /** Orders already booked per slot start (ISO instant). */
  booked?: ReadonlyMap<string, number>;
  leadMinutes?: number;
};

/**
 * The pickup slots of one local day: from each opening range's start, slots of the store's length
 * in real time up to the range's end (a day when the clocks change has one slot more or fewer).
 */
export function slotsForDay(store: PickupStore, date: string, options: SlotOptions): PickupSlot[] {
  const ranges = store.openingHours[isoWeekday(date)] ?? [];
  const length = store.pickupSlotMinutes * 60_000;
  const earliest = options.now.getTime() + (options.leadMinutes ?? PICKUP_LEAD_MINUTES) * 60_000;
  const slots: PickupSlot[] = [];
  if (length <= 0) return slots;
  for (const [open, close] of ranges) {
    const from = zonedWallToInstant(store.timeZone, date, open).getTime();
    const until = zonedWallToInstant(store.timeZone, date, close).getTime();
    for (let start = from; start + length <= until; start += length) {
      const booked = options.booked?.get(new Date(start).toISOString()) ?? 0;
      const remaining = Math.max(0, store.pickupSlotCapacity - booked);
      const reason = start < earliest ? ('past' as const) : remaining === 0 ? ('full' as const) : undefined;
      slots.push({
        start: new Date(start),
        end: new Date(start + length),
        remaining,
        bookable: reason === undefined,
        ...(reason ? { reason } : {}),
      });
    }
  }
  return slots;
}

/** The slots of `days` local days from `fromDate` ("YYYY-MM-DD" in the store's zone). */
export function pickupSlots(store: PickupStore, fromDate: string, days: number, options: SlotOptions): PickupSlot[] {
  return Array.from({ length: Math.max(0, days) }, (_, i) => slotsForDay(store, addDays(fromDate, i), options)).flat();
}

/** The checkout input's field a slot error concerns. */
const SLOT_FIELD = 'pickupSlotStart';

/**
 * The slot a checkout asks for, or a 422 saying why it cannot be booked: the store is closed then,
 * the time is not the start of a slot, it lies in the past (or within the lead time), or it is full.
 * `booked` is the number of orders already in that slot.
 */
export function checkSlot(
  store: PickupStore,
  start: Date,
  booked: number,
  now: Date,
  leadMinutes = PICKUP_LEAD_MINUTES,
): { start: Date; end: Date } {
  if (Number.isNaN(start.getTime())) throw new AppError('slot.invalid', { field: SLOT_FIELD });
  const date = localDateOf(start, store.timeZone);
  const day = slotsForDay(store, date, { now, leadMinutes, booked: new Map([[start.toISOString(), booked]]) });
  if (day.length === 0) throw new AppError('slot.closed_day', { field: SLOT_FIELD, params: { store: store.name } });
  const slot = day.find((s) => s.start.getTime() === start.getTime());
  if (!slot) {
    const inside = day.some((s) => start >= s.start && start < s.end);
    throw inside
      ? new AppError('slot.misaligned', { field: SLOT_FIELD, params: { minutes: store.pickupSlotMinutes } })
      : new AppError('slot.outside_window', { field: SLOT_FIELD, params: { store: store.name } });
  }
  if (slot.reason === 'past') throw new AppError('slot.past', { field: SLOT_FIELD });
  if (slot.reason === 'full') throw new AppError('slot.full', { field: SLOT_FIELD });
  return { start: slot.start, end: slot.end };
}

/**
 * Whether a slot start lies on one of the `days` local days from the store's today, the window the
 * pickup-slots API offers (store-api.schemas.ts, PICKUP_SLOT_DAYS.max): nobody books months ahead.
 */
export function isWithinSlotWindow(
  store: Pick<PickupStore, 'timeZone'>,
  start: Date,
  now: Date,
  days: number,
): boolean {
  const last = addDays(localDateOf(now, store.timeZone), days - 1);
  return localDateOf(start, store.timeZone) <= last;
}
