// Deletes rate-limit counters and revoked-session rows that can no longer matter (the hourly job
// `delete-stale-rate-limits` in lib/platform/jobs/job-registry.ts calls it).
import 'server-only';
import { and, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { loginThrottle, revokedSessions } from '@/db/schema';

/**
 * A counter is kept for a day after its window opened: every window is at most an hour (login 15 min,
 * guest orders 10 and 60 min, sign-ups 60 min), so a day-old row would start afresh at its next use
 * anyway. A locked key stays until its lock has ended.
 */
const KEEP_COUNTERS_MS = 24 * 60 * 60_000;

/** Deletes stale counters and expired revoked sessions; returns how many of each went. */
export async function deleteStaleRateLimits(
  db: Executor,
  now: Date = new Date(),
): Promise<{ counters: number; revokedSessions: number }> {
  const counters = await db
    .delete(loginThrottle)
    .where(
      and(
        lt(loginThrottle.windowStart, new Date(now.getTime() - KEEP_COUNTERS_MS)),
        or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, now)),
      ),
    )
    .returning({ key: loginThrottle.key });
  // A signed-out session's token would have expired by now: nobody can present it any more.
  const sessions = await db
    .delete(revokedSessions)
    .where(lt(revokedSessions.expiresAt, now))
    .returning({ id: revokedSessions.sessionId });
  return { counters: counters.length, revokedSessions: sessions.length };
}
