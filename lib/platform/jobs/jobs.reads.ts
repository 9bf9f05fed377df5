// The background jobs as an admin sees them: schedule, last run, next run, failures. Read from pg-boss's
// tables (lib/platform/jobs/job-runner.ts), so every instance's runs count.
import 'server-only';
import * as cronParser from 'cron-parser';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { JOB_SCHEMA } from './pg-boss-database';

/** `retry`: the run failed and waits for its next attempt. */
export type JobRunState = 'active' | 'retry' | 'completed' | 'failed' | 'cancelled';

export type JobRun = { state: JobRunState; startedAt: Date; endedAt: Date | null; durationMs: number | null };

export type JobOverview = {
  name: string;
  /** Cron expression and its time zone; null when the job is not scheduled (e.g. email without SMTP_URL). */
  schedule: string | null;
  timezone: string | null;
  /** The latest attempt that started (a retried run shows its latest attempt). */
  lastRun: JobRun | null;
  nextRunAt: Date | null;
  /** Failed attempts of the runs created in the last 24 hours (a run that succeeded on its second try counts 1). */
  recentFailures: number;
  lastError: { message: string; at: Date } | null;
};

type Row = {
  name: string;
  cron: string | null;
  timezone: string | null;
  state: JobRunState | null;
  started_ms: number | null;
  ended_ms: number | null;
  failures: number;
  error_message: string | null;
  error_ms: number | null;
};

// cron-parser is CommonJS (`module.exports = CronParser`): bundlers expose its functions by name, Node's
// ESM loader (tsx scripts) only on `default`.
const { parseExpression } = (cronParser as typeof cronParser & { default?: typeof cronParser }).default ?? cronParser;

const RUN_STATES = new Set<string>(['active', 'retry', 'completed', 'failed', 'cancelled']);

/** Runs of the job `name` in both of pg-boss's tables (finished runs move to the archive after 12 hours). */
function runsOf(columns: string, where: string) {
  const schema = JOB_SCHEMA;
  return sql.raw(`(
    select ${columns} from ${schema}.job where name = q.name and ${where}
    union all
    select ${columns} from ${schema}.archive where name = q.name and ${where}
  )`);
}

const epochMs = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

/** Every job queue with its schedule and recent runs, by name. Admins only (`jobs:read`). */
export async function listJobs(db: Executor, actor: Actor | null, now = new Date()): Promise<JobOverview[]> {
  requirePermission(actor, 'jobs:read');
  const [installed] = await db.execute<{ installed: boolean }>(
    sql`select to_regclass(${`${JOB_SCHEMA}.queue`}::text) is not null as installed`,
  );
  if (!installed?.installed) return [];
  const schema = sql.raw(JOB_SCHEMA);
  const rows = await db.execute<Row>(sql`
    select q.name, s.cron, s.timezone, last.state, last.started_ms, last.ended_ms,
      coalesce(stats.failures, 0)::int as failures, err.message as error_message, err.at_ms as error_ms
    from ${schema}.queue q
    left join ${schema}.schedule s on s.name = q.name
    left join lateral (
      select r.state::text as state, ${sql.raw(epochMs('r.started_on'))} as started_ms,
        ${sql.raw(epochMs('r.completed_on'))} as ended_ms
      from ${runsOf('state, started_on, completed_on', 'started_on is not null')} r
      order by r.started_on desc limit 1
    ) last on true
    left join lateral (
      select sum(r.retry_count + case when r.state in ('retry', 'failed') then 1 else 0 end) as failures
      from ${runsOf('state, retry_count', `created_on > now() - interval '24 hours'`)} r
    ) stats on true
    left join lateral (
      select r.output->>'message' as message, ${sql.raw(epochMs('coalesce(r.completed_on, r.started_on)'))} as at_ms
      from ${runsOf('output, started_on, completed_on', `state in ('retry', 'failed')`)} r
      order by coalesce(r.completed_on, r.started_on) desc nulls last limit 1
    ) err on true
    where q.name not like '\\_\\_pgboss\\_\\_%'
    order by q.name`);
  return rows.map((row) => ({
    name: row.name,
    schedule: row.cron,
    timezone: row.timezone,
    lastRun:
      row.state && RUN_STATES.has(row.state) && row.started_ms !== null
        ? {
            state: row.state,
            startedAt: new Date(row.started_ms),
            endedAt: row.ended_ms === null ? null : new Date(row.ended_ms),
            durationMs: row.ended_ms === null ? null : Math.round(row.ended_ms - row.started_ms),
          }
        : null,
    nextRunAt: row.cron ? nextRun(row.cron, row.timezone ?? 'UTC', now) : null,
    recentFailures: row.failures,
    lastError:
      row.error_message !== null && row.error_ms !== null
        ? { message: row.error_message, at: new Date(row.error_ms) }
        : null,
  }));
}

function nextRun(cron: string, timezone: string, now: Date): Date | null {
  try {
    return parseExpression(cron, { currentDate: now, tz: timezone }).next().toDate();
  } catch {
    return null;
  }
}
