// Reads who is signed in from the Auth.js session cookie, for the page cache in front of Next. It
// decrypts and verifies the token exactly as Auth.js does (same secret, same cookie-name salt, expiry).
import { decode } from 'next-auth/jwt';
import { tokenSessionId, tokenSessionVersion } from '@/lib/platform/auth/session-cookie';

const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

/** The session token: the cookie itself, or its chunks `.0`, `.1`, … joined in order (large tokens). */
function sessionToken(cookies: Map<string, string>, name: string): string | null {
  const whole = cookies.get(name);
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
  return chunks.length ? chunks.join('') : null;
}

/**
 * The signed-in user's id, the session's id (`sid`) and the session version the token was issued under (its `sv` claim, see
 * lib/platform/auth/auth.ts; absent in tokens from before it existed: 0, malformed: -1, never current),
 * or null when there is no valid, unexpired session.
 */
export async function sessionUser(
  cookies: Map<string, string>,
  secret: string,
): Promise<{ userId: string; sessionVersion: number; sessionId: string | null } | null> {
  for (const name of SESSION_COOKIES) {
    const token = sessionToken(cookies, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret, salt: name });
      if (typeof payload?.sub !== 'string') return null;
      return {
        userId: payload.sub,
        sessionVersion: tokenSessionVersion(payload.sv),
        sessionId: tokenSessionId(payload.sid),
      };
    } catch {
      return null;
    }
  }
  return null;
}
