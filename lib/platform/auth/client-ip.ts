/**
 * The caller's IP for rate limiting. Behind a reverse proxy set TRUSTED_PROXY_HOPS (default 1 when
 * x-forwarded-for is present) so that a client cannot choose its own key by sending the header.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  if (forwarded) {
    const hops = forwarded
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const trusted = Math.max(1, Number(process.env.TRUSTED_PROXY_HOPS ?? 1));
    return hops[Math.max(0, hops.length - trusted)] ?? 'unknown';
  }
  return headers.get('x-real-ip') ?? 'unknown';
}
