import 'server-only';
import { eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { revokedSessions, users } from '@/db/schema';

/**
 * Ends one session server-side (sign-out): its id is refused wherever a session is read
 * (lib/platform/auth/auth.ts, the page cache's visitor) until the token would have expired anyway.
 * Rows of sessions expired since are deleted on the way.
 */
export async function endSession(db: Executor, sessionId: string, expiresAt: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, sql`now()`));
    await tx.insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoNothing();
  });
}

/**
 * Ends every session of a user at once: session tokens carry the version they were issued under (`sv`),
 * and a token of an older version is refused. Sign-out with a token from before session ids existed
 * uses it; a password change or reset must call it (there is none yet). A deactivated account needs
 * no call: its tokens are refused for `active = false`.
 */
export async function endUserSessions(db: Executor, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
