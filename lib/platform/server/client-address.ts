import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The client's address as the server may believe it. The socket address is the truth unless the socket
 * is one of the configured reverse proxies (TRUSTED_PROXIES); then X-Forwarded-For is read from the
 * right, skipping further trusted proxies, and the first address that is not one is the client. A
 * client-sent X-Forwarded-For is ignored entirely when nothing trusted sits in front of the app, so
 * nobody picks their own rate-limit key.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: ReadonlySet<string>,
): string {
  const peer = normaliseAddress(socketAddress ?? '') ?? 'unknown';
  if (!trustedProxies.has(peer) || !forwardedFor) return peer;
  const hops = forwardedFor
    .split(',')
    .map((hop) => normaliseAddress(hop.trim()))
    .reverse();
  for (const hop of hops) {
    // A malformed entry can only come from the client side of the last trusted proxy: stop believing there.
    if (hop === undefined) return peer;
    if (!trustedProxies.has(hop)) return hop;
  }
  return peer;
}

/** TRUSTED_PROXIES: comma-separated addresses of the reverse proxies in front of the app (none by default). */
export function parseTrustedProxies(value: string | undefined): ReadonlySet<string> {
  const addresses = new Set<string>();
  for (const entry of (value ?? '').split(',')) {
    if (!entry.trim()) continue;
    const address = normaliseAddress(entry.trim());
    if (!address) throw new Error(`TRUSTED_PROXIES: "${entry.trim()}" is not an IP address`);
    addresses.add(address);
  }
  return addresses;
}

/** An IP address in one spelling (IPv4-mapped IPv6 as plain IPv4), or undefined when it is none. */
function normaliseAddress(value: string): string | undefined {
  const address = value.startsWith('::ffff:') && isIP(value.slice(7)) === 4 ? value.slice(7) : value;
  return isIP(address) ? address.toLowerCase() : undefined;
}

/**
 * Rewrites a request's X-Forwarded-For to the one address we believe (and drops X-Real-IP), before
 * Next.js or anything else reads it.
 */
export function believeClientAddress(req: IncomingMessage, trustedProxies: ReadonlySet<string>): void {
  const forwarded = req.headers['x-forwarded-for'];
  req.headers['x-forwarded-for'] = resolveClientAddress(
    req.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
    trustedProxies,
  );
  delete req.headers['x-real-ip'];
}

/** True when the request comes straight from one of the trusted proxies (its X-Forwarded-* headers count). */
export function fromTrustedProxy(req: IncomingMessage, trustedProxies: ReadonlySet<string>): boolean {
  const peer = normaliseAddress(req.socket.remoteAddress ?? '');
  return peer !== undefined && trustedProxies.has(peer);
}
