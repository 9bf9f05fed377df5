// The security headers of every response (next.config.ts headers()), and Strict-Transport-Security,
// which the production server adds only for requests that reached a trusted proxy over TLS (serve.ts).
// Pages are served from the page cache, so the policy cannot carry a per-request nonce: Next's inline
// bootstrap scripts need 'unsafe-inline' (docs/security.md).

/** The Content-Security-Policy; `next dev` needs eval (React's dev tools) and a websocket for reloads. */
export function contentSecurityPolicy(development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The camera stays allowed for this origin: the showroom scans barcodes with it. */
export const PERMISSIONS_POLICY = 'camera=(self), microphone=(), geolocation=(), payment=()';

export function securityHeaders(development: boolean): Array<{ key: string; value: string }> {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(development) },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

/** One year; without includeSubDomains, which would bind hosts of the operator's this app does not know. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/**
 * Whether a response gets Strict-Transport-Security: only when the request reached us over TLS, which
 * this plain-HTTP server learns from a trusted proxy's `X-Forwarded-Proto: https` (a client's own
 * header is not believed), or when the operator says every request does (`HSTS=on`).
 */
export function wantsStrictTransportSecurity(request: {
  fromTrustedProxy: boolean;
  forwardedProto: string | undefined;
  setting: string | undefined;
}): boolean {
  if (request.setting === 'on') return true;
  if (request.setting === 'off') return false;
  return request.fromTrustedProxy && request.forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}
