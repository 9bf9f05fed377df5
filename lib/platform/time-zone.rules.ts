// Wall-clock times in a time zone and the instants they name: the one place for this maths (price
// windows in business time, pickup slots and promises in each store's zone). Built on Intl only.

export type CalendarDate = string; // "YYYY-MM-DD"
export type IsoWeekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';

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

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(instant: number, timeZone: string): WallClock {
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

/** Minutes the zone is ahead of UTC at an instant (Berlin: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const p = wallClock(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant of a wall-clock time ("YYYY-MM-DD", "HH:mm") in a zone. A time that does not exist (the
 * skipped hour when clocks go forward) resolves one wall-clock hour later; a time that exists twice
 * (clocks go back) to its first occurrence.
 */
export function zonedWallToInstant(timeZone: string, date: CalendarDate, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  // Try the offset before and after the wall time; the first that maps back to the wall clock wins.
  for (const offset of [offsetMinutes(wall - 3 * 3600_000, timeZone), offsetMinutes(wall + 3 * 3600_000, timeZone)]) {
    const instant = wall - offset * 60_000;
    if (offsetMinutes(instant, timeZone) === offset) return new Date(instant);
  }
  // Skipped by the clock change: keep the offset from before it, which lands one wall-clock hour later.
  return new Date(wall - offsetMinutes(wall - 3 * 3600_000, timeZone) * 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date "YYYY-MM-DD" of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string): CalendarDate {
  const p = wallClock(instant.getTime(), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The local date and time "YYYY-MM-DDTHH:mm" of an instant in a zone. */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  const p = wallClock(instant.getTime(), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A calendar date `days` later (or earlier); no time zone involved. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function isoWeekday(date: CalendarDate): IsoWeekday {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return String(day === 0 ? 7 : day) as IsoWeekday;
}
