import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';

export type SessionClaims = { userId: string; version: number; sessionId: string | null };

/**
 * Whether a session token is still good, in one indexed read: the account is active, the token's
 * session version is the user's (ending all sessions raises it) and the session was not signed out.
 */
export async function isSessionCurrent(db: Executor, claims: SessionClaims): Promise<boolean> {
  const [row] = await db.execute<{ current: boolean }>(sql`
    select u.active and u.session_version = ${claims.version}
      and not exists (select 1 from revoked_sessions r where r.session_id = ${claims.sessionId}::uuid) as current
    from users u where u.id = ${claims.userId}`);
  return row?.current === true;
}
