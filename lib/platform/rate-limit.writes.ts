import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { loginThrottle } from '@/db/schema';

export type RateLimit = { limit: number; windowMinutes: number };
export type RateLimitResult = { ok: true } | { ok: false; retryInMinutes: number };

/**
 * Counts one use of `key` in a fixed window and says whether it is within `limit` (0: no limit). One
 * upsert on the shared counter table (`login_throttle`, keys by purpose: "guest-order-ip:…"), so
 * parallel calls and several app instances count exactly. Called inside the transaction of what it
 * limits, the count holds the row until commit and is undone when that transaction fails: only what
 * actually happened counts, and parallel calls for one key queue behind each other.
 */
export async function consumeRateLimit(db: Executor, key: string, rule: RateLimit): Promise<RateLimitResult> {
  if (rule.limit <= 0) return { ok: true };
  const expired = sql`${loginThrottle.windowStart} < now() - make_interval(mins => ${rule.windowMinutes})`;
  const [row] = await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStart: sql`now()` })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${loginThrottle.windowStart} end`,
      },
    })
    .returning({
      count: loginThrottle.failures,
      secondsLeft: sql<number>`extract(epoch from ${loginThrottle.windowStart} + make_interval(mins => ${rule.windowMinutes}) - now())::float8`,
    });
  if (row!.count <= rule.limit) return { ok: true };
  // now() is each transaction's start: a window opened by a transaction that started later than this
  // one can look slightly longer than the window from here, so the wait is capped at the window.
  return {
    ok: false,
    retryInMinutes: Math.min(rule.windowMinutes, Math.max(1, Math.ceil(row!.secondsLeft / 60))),
  };
}
