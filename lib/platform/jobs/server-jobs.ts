// The job runner of a server worker (started from instrumentation.ts), on the worker's database pool.
import 'server-only';
import { transportFromEnv } from '@/lib/notifications/outbox.writes';
import { getDb, getSqlClient } from '@/lib/platform/db';
import { startJobRunner } from './job-runner';

const RETRY_START_MS = 60_000;

/** Starts the runner without holding up the server; a database not reachable yet is tried again a minute later. */
export function startServerJobs(): void {
  const context = { db: getDb(), transport: transportFromEnv() };
  const start = () =>
    startJobRunner({ sql: getSqlClient(), context }).catch((error: unknown) => {
      console.error('Background jobs could not start; trying again in a minute', error);
      setTimeout(() => void start(), RETRY_START_MS).unref();
    });
  void start();
}
