// Runs the registry's jobs on pg-boss, a PostgreSQL-backed queue and scheduler: every app instance and
// server worker starts a runner on the same database, and pg-boss makes each due run happen once.
import PgBoss from 'pg-boss';
import type postgres from 'postgres';
import { JOBS, type JobContext, type JobDefinition } from './job-registry';
import { JOB_SCHEMA, pgBossDatabase } from './pg-boss-database';

const SETUP_LOCK = 7_231_401; // pg advisory lock: one job-runner start at a time across workers and instances

export type JobTimings = {
  /** How often each worker asks for a due run of its job (default 10 s). */
  pollingIntervalSeconds?: number;
  /** How often an instance checks the schedules (default 30 s; one instance per interval does it). */
  cronMonitorIntervalSeconds?: number;
  /** How often an instance turns due schedules into runs (default 5 s). */
  cronWorkerIntervalSeconds?: number;
};

export type JobRunnerOptions = {
  /** The pool pg-boss sends its statements on (our postgres.js client). */
  sql: postgres.Sql;
  context: JobContext;
  jobs?: JobDefinition[];
  /** Tests shorten these to seconds. */
  timings?: JobTimings;
};

export type JobRunner = { boss: PgBoss; jobs: JobDefinition[]; stop: () => Promise<void> };

/**
 * Starts pg-boss (creating its schema on a new database), makes one queue per enabled job and schedules
 * it, and works its runs. Each queue has the `singleton` policy: a run of a job never starts while
 * another is active, on any instance. pg-boss turns each due schedule into a run once per minute slot
 * across instances (its own advisory-locked cron check plus a unique slot per schedule), so two
 * instances never both run a job's period.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { pollingIntervalSeconds = 10, ...cron } = options.timings ?? {};
  const boss = new PgBoss({ db: pgBossDatabase(options.sql), schema: JOB_SCHEMA, ...cron });
  boss.on('error', (error) => console.error('Background jobs:', error));
  // Workers and instances starting at once on a new database deadlocked in pg-boss's DDL (each queue is a
  // partition of one table); one start at a time avoids that, and a start takes a fraction of a second.
  const lock = await options.sql.reserve();
  try {
    await lock`select pg_advisory_lock(${SETUP_LOCK})`;
    await boss.start();
    return await scheduleAndWork(boss, options, pollingIntervalSeconds);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw error;
  } finally {
    await lock`select pg_advisory_unlock(${SETUP_LOCK})`.catch(() => {});
    lock.release();
  }
}

async function scheduleAndWork(
  boss: PgBoss,
  options: JobRunnerOptions,
  pollingIntervalSeconds: number,
): Promise<JobRunner> {
  const all = options.jobs ?? JOBS;
  const jobs = all.filter((job) => job.enabled?.(options.context) ?? true);
  for (const job of jobs) {
    const queue: PgBoss.Queue = {
      name: job.name,
      policy: 'singleton',
      retryLimit: job.retry.limit,
      retryDelay: job.retry.delaySeconds,
      retryBackoff: job.retry.backoff,
      expireInSeconds: job.timeoutSeconds,
    };
    await boss.createQueue(job.name, queue);
    // createQueue leaves an existing queue as it is; a changed retry policy or timeout must reach it too.
    await boss.updateQueue(job.name, queue);
    await boss.schedule(job.name, job.schedule, undefined, { tz: 'UTC' });
    await boss.work(job.name, { pollingIntervalSeconds, batchSize: 1 }, async () => {
      try {
        return await job.run(options.context);
      } catch (error) {
        console.error(`Background job ${job.name} failed (it is retried as its policy says)`, error);
        throw error;
      }
    });
  }
  // The schedule of a job switched off (email without SMTP_URL) would queue runs that nobody works. All
  // instances are expected to share the configuration.
  for (const job of all) if (!jobs.includes(job)) await boss.unschedule(job.name);
  return { boss, jobs, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
