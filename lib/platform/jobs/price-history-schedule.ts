import { getDb } from '@/lib/platform/db';
import { recordDuePriceHistory } from '@/lib/pricing/price-history.writes';

const EVERY_MS = 60_000;

/** Checks every minute (and once at start) for list starts and ends to record in the price history. */
export function startPriceHistorySchedule() {
  const run = () =>
    recordDuePriceHistory(getDb()).catch((error: unknown) => {
      console.error('Scheduled price-history run failed', error);
    });
  setTimeout(run, 5_000).unref();
  setInterval(run, EVERY_MS).unref();
}
