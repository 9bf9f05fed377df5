// Click & collect pickup slots (pure): cut from a store's opening hours in its own time zone.
// Wall-clock times are turned into instants per day, so a range across a clock change stays right.
import { AppError } from '@/lib/platform/errors';

/** Opening hours per ISO weekday (1 = Monday), as local "HH:MM" ranges in the location's time zone. */
export type OpeningHours = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', Array<[string, string]>>>;

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

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

function wallParts(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    formatFor(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const p = wallParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant of a wall-clock time in a zone; same rule as berlinLocalToInstant (lib/platform/business-time.rules.ts):
 * a skipped time resolves one wall-clock hour later, a repeated time to its first occurrence.
 */
export function zonedWallToInstant(timeZone: string, date: string, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  for (const offset of [offsetMinutes(wall - 3 * 3600_000, timeZone), offsetMinutes(wall + 3 * 3600_000, timeZone)]) {
    const instant = wall - offset * 60_000;
    if (offsetMinutes(instant, timeZone) === offset) return new Date(instant);
  }
  return new Date(wall - offsetMinutes(wall - 3 * 3600_000, timeZone) * 60_000);
}

/** The local date "YYYY-MM-DD" of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  const p = wallParts(instant.getTime(), timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
function isoWeekday(date: string): '1' | '2' | '3' | '4' | '5' | '6' | '7' {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return String(day === 0 ? 7 : day) as '1';
}

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
  if (Number.isNaN(start.getTime())) throw new AppError('unprocessable', 'Choose a pickup time.');
  const date = localDateOf(start, store.timeZone);
  const day = slotsForDay(store, date, { now, leadMinutes, booked: new Map([[start.toISOString(), booked]]) });
  if (day.length === 0)
    throw new AppError('unprocessable', `${store.name} is closed on that day. Choose another pickup day.`);
  const slot = day.find((s) => s.start.getTime() === start.getTime());
  if (!slot) {
    const inside = day.some((s) => start >= s.start && start < s.end);
    throw new AppError(
      'unprocessable',
      inside
        ? `Pickup slots start every ${store.pickupSlotMinutes} minutes; choose one of the offered times.`
        : `${store.name} is closed at that time. Choose another pickup time.`,
    );
  }
  if (slot.reason === 'past')
    throw new AppError('unprocessable', 'That pickup time is too soon or in the past. Choose a later slot.');
  if (slot.reason === 'full')
    throw new AppError('unprocessable', 'That pickup slot is fully booked. Choose another slot.');
  return { start: slot.start, end: slot.end };
}
