import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users } from '@/db/schema';

/**
 * Ends every session of a user at once, server-side: their session tokens carry the version they were
 * issued under (`sv`), and a token of an older version is refused wherever a session is read
 * (lib/platform/auth/auth.ts, the page cache's visitor). Called on sign-out; a future password change
 * must call it too. A deactivated account needs no call: its tokens are refused for `active = false`.
 */
export async function endUserSessions(db: Executor, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
