/** Auth.js session cookie names (plain and __Secure-, possibly chunked as .0, .1 …). */
export const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function hasSessionCookie(cookies: Array<{ name: string }>): boolean {
  return cookies.some((cookie) => SESSION_COOKIE.test(cookie.name));
}
