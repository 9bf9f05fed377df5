import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { believeClientAddress, parseTrustedProxies, resolveClientAddress } from './client-address';

describe('resolveClientAddress', () => {
  const none = parseTrustedProxies(undefined);
  const proxy = parseTrustedProxies('10.0.0.1, 10.0.0.2');

  it('ignores a client-sent X-Forwarded-For when nothing trusted sits in front', () => {
    expect(resolveClientAddress('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:203.0.113.9', '1.2.3.4, 5.6.7.8', none)).toBe('203.0.113.9');
  });

  it('believes a trusted proxy about the hop before it, and no further', () => {
    // The client wrote "1.2.3.4"; the proxy appended the address it saw.
    expect(resolveClientAddress('10.0.0.1', '1.2.3.4, 198.51.100.7', proxy)).toBe('198.51.100.7');
    // Two trusted proxies in a row are both skipped.
    expect(resolveClientAddress('10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.1', proxy)).toBe('198.51.100.7');
  });

  it('falls back to the socket when the header is missing, only proxies, or malformed', () => {
    expect(resolveClientAddress('10.0.0.1', undefined, proxy)).toBe('10.0.0.1');
    expect(resolveClientAddress('10.0.0.1', '10.0.0.2', proxy)).toBe('10.0.0.1');
    expect(resolveClientAddress('10.0.0.1', 'evil, not-an-ip', proxy)).toBe('10.0.0.1');
    expect(resolveClientAddress(undefined, '1.2.3.4', none)).toBe('unknown');
  });

  it('refuses a TRUSTED_PROXIES entry that is not an address', () => {
    expect(() => parseTrustedProxies('10.0.0.1, proxy.local')).toThrow(/proxy\.local/);
    expect([...parseTrustedProxies(' ::1 ,127.0.0.1')]).toEqual(['::1', '127.0.0.1']);
  });
});

describe('believeClientAddress', () => {
  it('hands the handler the socket address whatever X-Forwarded-For and X-Real-IP the client sent', async () => {
    let seen: IncomingHttpHeaders = {};
    const server = createServer((req, res) => {
      believeClientAddress(req, parseTrustedProxies(undefined));
      seen = req.headers;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) =>
      request({ port, host: '127.0.0.1', headers: { 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' } }, (res) =>
        res.resume().on('end', resolve),
      )
        .on('error', reject)
        .end(),
    );
    server.close();
    expect(seen['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen['x-real-ip']).toBeUndefined();
  });
});
