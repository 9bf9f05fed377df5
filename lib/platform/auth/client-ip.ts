/**
 * The caller's IP for rate limiting. The production server (lib/platform/server/serve.ts) replaces
 * X-Forwarded-For with the one address it believes — the socket's, or behind the proxies listed in
 * TRUSTED_PROXIES the client they report — so the header holds no client-chosen value here.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  return forwarded?.split(',').at(-1)?.trim() || 'unknown';
}
