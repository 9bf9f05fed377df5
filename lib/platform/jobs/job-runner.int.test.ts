// The job runner on real PostgreSQL with pg-boss's intervals shortened to a second: two app instances
// share one schedule, failed runs are retried with backoff, and listJobs reports what happened.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect, type DatabaseHandle } from '@/db/client';
import { notificationOutbox, priceHistoryState } from '@/db/schema';
import type { Actor, Role } from '@/lib/platform/auth/permissions.rules';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { JOBS, type JobDefinition } from './job-registry';
import { startJobRunner, type JobRunner, type JobTimings } from './job-runner';
import { listJobs } from './jobs.reads';
import { pgBossDatabase } from './pg-boss-database';

const fast: JobTimings = { pollingIntervalSeconds: 0.5, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 };
// A date that will not come round while the tests run: these jobs are started by hand.
const NEVER_DUE = '0 0 29 2 *';
const NEVER_UUID = '00000000-0000-4000-8000-000000000000';

const actor = (role: Role): Actor => ({
  userId: `${role}-id`,
  email: `${role}@example.com`,
  name: role,
  roles: [role],
  companies: [],
  staffLocationIds: [],
});

let t: TestDatabase;
const instances: DatabaseHandle[] = [];
const runners: JobRunner[] = [];

/** One app instance: its own pool on the test database, its own pg-boss. */
async function startInstance(jobs: JobDefinition[]) {
  const handle = connect(t.url, { max: 4 });
  instances.push(handle);
  const runner = await startJobRunner({
    sql: handle.sql,
    context: { db: handle.db, transport: null },
    jobs,
    timings: fast,
  });
  runners.push(runner);
  return runner;
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  await Promise.all(instances.map((h) => h.close()));
  await t.drop();
});

const retry = { limit: 0, delaySeconds: 0, backoff: false };
const minuteOf = (ms: number) => Math.floor(ms / 60_000);

describe('job runner', () => {
  it('runs a scheduled job once per period although two instances check the schedule', async () => {
    const runs: number[] = [];
    const tick: JobDefinition = {
      name: 'tick',
      schedule: '* * * * *',
      run: async () => {
        runs.push(Date.now());
        return { runs: runs.length };
      },
      retry,
      timeoutSeconds: 60,
    };
    const started = Date.now();
    // Both start on a database without pg-boss's schema: one creates it, the other waits and goes on.
    await Promise.all([startInstance([tick]), startInstance([tick])]);

    await vi.waitFor(() => expect(runs.length).toBeGreaterThan(0), { timeout: 15_000, interval: 100 });
    // Each instance checks the schedule every second: give both several chances to run it again.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const minutesSpanned = minuteOf(Date.now()) - minuteOf(started) + 1;
    expect(runs.length).toBeLessThanOrEqual(minutesSpanned);
    expect(new Set(runs.map(minuteOf)).size).toBe(runs.length);
  });

  it('retries a failing run with growing delays, then records it as failed', async () => {
    const attempts: number[] = [];
    const failing: JobDefinition = {
      name: 'failing',
      schedule: NEVER_DUE,
      run: async () => {
        attempts.push(Date.now());
        throw new Error(`Attempt ${attempts.length} failed`);
      },
      retry: { limit: 2, delaySeconds: 1, backoff: true },
      timeoutSeconds: 60,
    };
    const runner = await startInstance([failing]);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const id = await runner.boss.send('failing', {});

    await vi.waitFor(
      async () => {
        const job = await runner.boss.getJobById('failing', id!);
        expect(job?.state).toBe('failed');
      },
      { timeout: 20_000, interval: 200 },
    );
    expect(attempts).toHaveLength(3);
    const [first, second] = [attempts[1]! - attempts[0]!, attempts[2]! - attempts[1]!];
    // Backoff: the n-th retry waits between delay·2^(n-1) and twice that (random jitter), plus polling.
    expect(first).toBeGreaterThanOrEqual(1_000);
    expect(second).toBeGreaterThanOrEqual(2_000);
    const job = await runner.boss.getJobById('failing', id!);
    expect(job).toMatchObject({ retryCount: 2, output: expect.objectContaining({ message: 'Attempt 3 failed' }) });
    vi.restoreAllMocks();
  });

  it('listJobs reports schedules, the last run, the next run and failures, for admins only', async () => {
    const now = new Date();
    const jobs = await listJobs(t.db, actor('admin'), now);
    expect(jobs.map((j) => j.name)).toEqual(['failing', 'tick']);
    const [failing, tick] = jobs;

    expect(tick).toMatchObject({
      schedule: '* * * * *',
      timezone: 'UTC',
      lastRun: { state: 'completed', startedAt: expect.any(Date), endedAt: expect.any(Date) },
      recentFailures: 0,
      lastError: null,
    });
    expect(tick!.lastRun!.durationMs).toBeGreaterThanOrEqual(0);
    expect(tick!.lastRun!.endedAt!.getTime()).toBeGreaterThanOrEqual(tick!.lastRun!.startedAt.getTime());
    expect(tick!.nextRunAt).toEqual(new Date((minuteOf(now.getTime()) + 1) * 60_000));

    expect(failing).toMatchObject({
      schedule: NEVER_DUE,
      lastRun: { state: 'failed', endedAt: expect.any(Date) },
      recentFailures: 3,
      lastError: { message: 'Attempt 3 failed', at: expect.any(Date) },
    });
    expect(failing!.nextRunAt!.getUTCMonth()).toBe(1);
    expect(failing!.nextRunAt!.getUTCDate()).toBe(29);

    await expect(listJobs(t.db, actor('merchandiser'))).rejects.toMatchObject({ status: 403 });
    await expect(listJobs(t.db, null)).rejects.toMatchObject({ status: 401 });
  });

  it("runs the registry's every-minute jobs through pg-boss: the outbox is sent, the price history stamped", async () => {
    const sent: string[] = [];
    const transport = { send: async (message: { to: string }) => void sent.push(message.to) };
    const [row] = await t.db
      .insert(notificationOutbox)
      .values({ email: 'jobs-test@example.com', subject: 'Ready', body: 'Your order is ready.' })
      .returning({ id: notificationOutbox.id });
    const everyMinute = JOBS.filter((job) => job.schedule === '* * * * *');
    const before = Date.now();
    const runner = await startJobRunner({
      sql: t.sql,
      context: { db: t.db, transport },
      jobs: everyMinute,
      timings: fast,
    });
    runners.push(runner);

    await vi.waitFor(
      async () => {
        const jobs = await listJobs(t.db, actor('admin'));
        const states = Object.fromEntries(jobs.map((j) => [j.name, j.lastRun?.state]));
        expect(states).toMatchObject({ 'send-notifications': 'completed', 'record-price-history': 'completed' });
      },
      { timeout: 15_000, interval: 200 },
    );
    expect(sent).toContain('jobs-test@example.com');
    const [outbox] = await t.db.select().from(notificationOutbox).where(eq(notificationOutbox.id, row!.id));
    expect(outbox!.sentAt).toBeInstanceOf(Date);
    const [state] = await t.db.select().from(priceHistoryState);
    expect(state!.recordedUntil.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('schedules the registry: email only with a transport; a job switched off loses its schedule', async () => {
    // Never due, so the real handlers do not run here; the earlier tests' schedules are left out.
    const schedules = async () =>
      (await t.db.execute<{ name: string; cron: string }>(sql`select name, cron from pgboss.schedule order by name`))
        .filter((r) => JOBS.some((job) => job.name === r.name))
        .map((r) => `${r.name} ${r.cron}`);
    const transport = { send: async () => {} };
    const withMail = await startJobRunner({
      sql: t.sql,
      context: { db: t.db, transport },
      jobs: JOBS.map((job) => ({ ...job, schedule: NEVER_DUE })),
    });
    runners.push(withMail);
    expect(await schedules()).toEqual([
      `cancel-uncollected-orders ${NEVER_DUE}`,
      `delete-abandoned-carts ${NEVER_DUE}`,
      `delete-stale-rate-limits ${NEVER_DUE}`,
      `record-price-history ${NEVER_DUE}`,
      `send-notifications ${NEVER_DUE}`,
    ]);

    const withoutMail = await startJobRunner({
      sql: t.sql,
      context: { db: t.db, transport: null },
      jobs: JOBS.map((job) => ({ ...job, schedule: NEVER_DUE })),
    });
    runners.push(withoutMail);
    expect(await schedules()).toEqual([
      `cancel-uncollected-orders ${NEVER_DUE}`,
      `delete-abandoned-carts ${NEVER_DUE}`,
      `delete-stale-rate-limits ${NEVER_DUE}`,
      `record-price-history ${NEVER_DUE}`,
    ]);
    expect(JOBS.map((j) => [j.name, j.schedule])).toEqual([
      ['send-notifications', '* * * * *'],
      ['record-price-history', '* * * * *'],
      ['cancel-uncollected-orders', '0 * * * *'],
      ['delete-abandoned-carts', '30 * * * *'],
      ['delete-stale-rate-limits', '45 * * * *'],
    ]);
  });
});

describe('pgBossDatabase', () => {
  it('passes parameters as pg would: objects as JSON, dates as ISO strings, undefined as null', async () => {
    const { rows } = await pgBossDatabase(t.sql).executeSql(
      'select $1::jsonb as data, $2::timestamptz = $3::timestamptz as same, $4::text is null as missing, $5::uuid[] as ids',
      [{ a: 1 }, new Date('2026-01-02T03:04:05Z'), '2026-01-02T03:04:05Z', undefined, [NEVER_UUID]],
    );
    expect(rows).toEqual([{ data: { a: 1 }, same: true, missing: true, ids: [NEVER_UUID] }]);
  });

  it('rolls a failed script back before its connection goes back to the pool', async () => {
    const single = connect(t.url, { max: 1 });
    instances.push(single);
    const db = pgBossDatabase(single.sql);
    await expect(db.executeSql('BEGIN; SELECT 1/0; COMMIT;', [])).rejects.toThrow(/division by zero/);
    // The pool's only connection answers again, outside any transaction.
    const { rows } = await db.executeSql('select now() = statement_timestamp() as outside', []);
    expect(rows).toEqual([{ outside: true }]);
  });
});
