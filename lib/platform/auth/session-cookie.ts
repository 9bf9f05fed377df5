/** Auth.js session cookie names (plain and __Secure-, possibly chunked as .0, .1 …). */
export const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function hasSessionCookie(cookies: Array<{ name: string }>): boolean {
  return cookies.some((cookie) => SESSION_COOKIE.test(cookie.name));
}

/** The session version a token without one was issued under (tokens from before revocation existed). */
export const INITIAL_SESSION_VERSION = 0;

/** The `sv` claim of a session token as a number (absent: the initial version; malformed: -1, never current). */
export function tokenSessionVersion(claim: unknown): number {
  if (claim === undefined) return INITIAL_SESSION_VERSION;
  return typeof claim === 'number' && Number.isInteger(claim) ? claim : -1;
}

/** The `sid` claim of a session token (its id, for ending this one session), or null without a valid one. */
export function tokenSessionId(claim: unknown): string | null {
  return typeof claim === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(claim)
    ? claim
    : null;
}
