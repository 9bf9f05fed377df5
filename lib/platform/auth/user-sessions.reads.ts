import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users } from '@/db/schema';

/** Whether a session token of this user and version is still good: an active account, not signed out since. */
export async function isSessionCurrent(db: Executor, userId: string, version: number): Promise<boolean> {
  const [user] = await db
    .select({ active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId));
  return user !== undefined && user.active && user.sessionVersion === version;
}
