// Price-list windows are entered in the merchant's business time (Europe/Berlin) and stored as instants.

export const BUSINESS_TIME_ZONE = 'Europe/Berlin';

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * The instant of a Berlin wall-clock time "YYYY-MM-DD" (midnight) or "YYYY-MM-DDTHH:mm".
 * A time that does not exist (the skipped hour when clocks go forward) resolves to the instant one
 * hour later on the wall clock; a time that exists twice (clocks go back) to its first occurrence.
 */
export function berlinLocalToInstant(local: string): Date {
  const match = LOCAL.exec(local);
  if (!match) throw new RangeError(`Expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, got "${local}"`);
  const [, y, mo, d, h = '00', mi = '00'] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const check = new Date(wall);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59) {
    throw new RangeError(`Not a valid date and time: "${local}"`);
  }
  // Try the offset before and after the wall time; the first that maps back to the wall clock wins.
  for (const offset of [berlinOffsetMinutes(wall - 3 * 3600_000), berlinOffsetMinutes(wall + 3 * 3600_000)]) {
    const instant = wall - offset * 60_000;
    if (berlinOffsetMinutes(instant) === offset) return new Date(instant);
  }
  // Skipped by the clock change: keep the offset from before it, which lands one wall-clock hour later.
  return new Date(wall - berlinOffsetMinutes(wall - 3 * 3600_000) * 60_000);
}

/** "YYYY-MM-DDTHH:mm" on the Berlin wall clock, for forms and traces. */
export function instantToBerlinLocal(instant: Date): string {
  const parts = Object.fromEntries(offsetFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
