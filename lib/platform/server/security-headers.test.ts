import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders, wantsStrictTransportSecurity } from './security-headers';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1).join(' ')]));

describe('securityHeaders', () => {
  it('sends a CSP without eval or nonces in production, framing forbidden', () => {
    const csp = directives(contentSecurityPolicy(false));
    expect(csp.get('script-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('img-src')).toBe("'self' data: blob:");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(contentSecurityPolicy(false)).not.toMatch(/unsafe-eval|nonce-/);
  });

  it('allows eval only for next dev', () => {
    expect(directives(contentSecurityPolicy(true)).get('script-src')).toBe("'self' 'unsafe-inline' 'unsafe-eval'");
  });

  it('keeps the older headers and allows only the camera', () => {
    const headers = Object.fromEntries(securityHeaders(false).map((h) => [h.key, h.value]));
    expect(headers).toMatchObject({
      'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=()',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    });
  });
});

describe('wantsStrictTransportSecurity', () => {
  it.each([
    ['https from a trusted proxy', true, 'https', undefined, true],
    ['https, first of a list, from a trusted proxy', true, 'HTTPS, http', undefined, true],
    ['http from a trusted proxy', true, 'http', undefined, false],
    ["a client's own https header", false, 'https', undefined, false],
    ['no header', true, undefined, undefined, false],
    ['HSTS=on', false, undefined, 'on', true],
    ['HSTS=off', true, 'https', 'off', false],
  ])('%s: %s', (_, fromTrustedProxy, forwardedProto, setting, expected) => {
    expect(wantsStrictTransportSecurity({ fromTrustedProxy, forwardedProto, setting })).toBe(expected);
  });
});
