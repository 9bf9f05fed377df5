import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThrottle, revokedSessions } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { deleteStaleRateLimits } from './rate-limit-cleanup.writes';

const HOUR = 60 * 60_000;
const now = new Date('2026-12-03T12:00:00Z');
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('deleteStaleRateLimits', () => {
  it('deletes counters a day old unless still locked, and expired revoked sessions', async () => {
    await t.db.insert(loginThrottle).values([
      { key: 'ip:fresh', failures: 3, windowStart: ago(1) },
      { key: 'ip:old', failures: 3, windowStart: ago(25) },
      { key: 'account:old-lock-ended', failures: 5, windowStart: ago(30), lockedUntil: ago(29) },
      {
        key: 'account:old-still-locked',
        failures: 5,
        windowStart: ago(30),
        lockedUntil: new Date(now.getTime() + HOUR),
      },
    ]);
    const [expired, valid] = [randomUUID(), randomUUID()];
    await t.db.insert(revokedSessions).values([
      { sessionId: expired, expiresAt: ago(1) },
      { sessionId: valid, expiresAt: new Date(now.getTime() + HOUR) },
    ]);

    expect(await deleteStaleRateLimits(t.db, now)).toEqual({ counters: 2, revokedSessions: 1 });
    const keys = (await t.db.select({ key: loginThrottle.key }).from(loginThrottle)).map((r) => r.key).sort();
    expect(keys).toEqual(['account:old-still-locked', 'ip:fresh']);
    const left = await t.db
      .select({ id: revokedSessions.sessionId })
      .from(revokedSessions)
      .where(inArray(revokedSessions.sessionId, [expired, valid]));
    expect(left.map((r) => r.id)).toEqual([valid]);
    // Nothing more to do the second time.
    expect(await deleteStaleRateLimits(t.db, now)).toEqual({ counters: 0, revokedSessions: 0 });
  });
});
