import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { loginThrottle } from '@/db/schema';

// Counters live in PostgreSQL so that every app instance behind a load balancer sees the same numbers.
export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 30,
} as const;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Minutes until the first of the given keys is unlocked, or 0 when none is locked. */
export async function getLockMinutes(db: Executor, keys: string[], now = new Date()): Promise<number> {
  const rows = await db
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, keys));
  const until = Math.max(0, ...rows.map((r) => (r.lockedUntil ? r.lockedUntil.getTime() : 0)));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 60_000) : 0;
}

/** Counts one failure atomically (one upsert per key); locks the key when it reaches its limit. */
export async function recordLoginFailure(db: Executor, key: string, limit: number): Promise<void> {
  const windowStart = sql`now() - make_interval(mins => ${THROTTLE.windowMinutes})`;
  await db
    .insert(loginThrottle)
    .values({
      key,
      failures: 1,
      windowStart: sql`now()`,
      lockedUntil: limit <= 1 ? sql`now() + make_interval(mins => ${THROTTLE.lockMinutes})` : null,
    })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${loginThrottle.windowStart} < ${windowStart} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStart: sql`case when ${loginThrottle.windowStart} < ${windowStart} then now() else ${loginThrottle.windowStart} end`,
        lockedUntil: sql`case when (case when ${loginThrottle.windowStart} < ${windowStart} then 1 else ${loginThrottle.failures} + 1 end) >= ${limit}
          then now() + make_interval(mins => ${THROTTLE.lockMinutes}) else ${loginThrottle.lockedUntil} end`,
      },
    });
}

export async function clearLoginFailures(db: Executor, key: string): Promise<void> {
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, [key]));
}
