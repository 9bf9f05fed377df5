import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users } from '@/db/schema';
import { getDummyHash, verifyPassword } from '@/lib/platform/auth/password';
import type { Role } from '@/lib/platform/auth/permissions.rules';
import {
  accountKey,
  clearLoginFailures,
  getLockMinutes,
  ipKey,
  recordLoginFailure,
  THROTTLE,
} from './login-throttle.writes';

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string; roles: Role[]; sessionVersion: number } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate_limited'; retryInMinutes: number };

/** Checks email + password with per-account and per-IP rate limiting. */
export async function authenticate(
  db: Executor,
  input: { email: string; password: string; ip: string },
): Promise<AuthenticateResult> {
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(email), ipKey(input.ip)];
  const lockMinutes = await getLockMinutes(db, keys);
  if (lockMinutes > 0) return { ok: false, reason: 'rate_limited', retryInMinutes: lockMinutes };

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      roles: users.roles,
      passwordHash: users.passwordHash,
      active: users.active,
      sessionVersion: users.sessionVersion,
      emailConfirmedAt: users.emailConfirmedAt,
    })
    .from(users)
    .where(eq(users.email, email));
  // Always run the KDF so response time does not reveal whether the account exists.
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await getDummyHash()));
  // A self-registered account signs in once its address is confirmed (lib/customers/register-customer.writes.ts).
  if (!user || !user.active || !user.emailConfirmedAt || !valid) {
    await recordLoginFailure(db, keys[0]!, THROTTLE.maxFailuresPerAccount);
    await recordLoginFailure(db, keys[1]!, THROTTLE.maxFailuresPerIp);
    const nowLocked = await getLockMinutes(db, keys);
    return nowLocked > 0
      ? { ok: false, reason: 'rate_limited', retryInMinutes: nowLocked }
      : { ok: false, reason: 'invalid' };
  }
  await clearLoginFailures(db, keys[0]!);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion },
  };
}
