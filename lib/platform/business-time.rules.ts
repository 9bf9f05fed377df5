// Price-list windows are entered in the merchant's business time (Europe/Berlin) and stored as instants.
import { localDateTimeOf, zonedWallToInstant } from './time-zone.rules';

export const BUSINESS_TIME_ZONE = 'Europe/Berlin';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * The instant of a Berlin wall-clock time "YYYY-MM-DD" (midnight) or "YYYY-MM-DDTHH:mm"; clock changes
 * resolve as zonedWallToInstant does. Throws a RangeError for anything that is not such a date.
 */
export function berlinLocalToInstant(local: string): Date {
  const match = LOCAL.exec(local);
  if (!match) throw new RangeError(`Expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, got "${local}"`);
  const [, y, mo, d, h = '00', mi = '00'] = match;
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59) {
    throw new RangeError(`Not a valid date and time: "${local}"`);
  }
  return zonedWallToInstant(BUSINESS_TIME_ZONE, `${y}-${mo}-${d}`, `${h}:${mi}`);
}

/** "YYYY-MM-DDTHH:mm" on the Berlin wall clock, for forms and traces. */
export function instantToBerlinLocal(instant: Date): string {
  return localDateTimeOf(instant, BUSINESS_TIME_ZONE);
}
