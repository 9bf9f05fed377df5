// Next.js calls register() once per server worker at start-up. It starts the background jobs
// (lib/platform/jobs/job-registry.ts: outbox, price-history stamps, uncollected pickup orders, abandoned
// carts) on pg-boss, which runs each due run once across all workers and instances.
export async function register() {
  if (
    process.env.NEXT_RUNTIME !== 'nodejs' ||
    !process.env.DATABASE_URL ||
    process.env.NEXT_PHASE === 'phase-production-build'
  )
    return;
  const { startServerJobs } = await import('./lib/platform/jobs/server-jobs');
  startServerJobs();
}
