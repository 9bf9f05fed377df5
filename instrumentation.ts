// Next.js calls register() once per server worker at start-up. It starts the scheduled price-history
// check (list starts and ends are recorded at their boundary, docs/pricing.md) and the hourly job that
// cancels uncollected pickup orders (docs/orders.md). Runs are serialised across workers and instances
// by advisory locks, so every worker may check.
export async function register() {
  if (
    process.env.NEXT_RUNTIME !== 'nodejs' ||
    !process.env.DATABASE_URL ||
    process.env.NEXT_PHASE === 'phase-production-build'
  )
    return;
  const { startPriceHistorySchedule } = await import('./lib/platform/jobs/price-history-schedule');
  startPriceHistorySchedule();
  const { startPickupExpirySchedule } = await import('./lib/platform/jobs/pickup-expiry-schedule');
  startPickupExpirySchedule();
}
