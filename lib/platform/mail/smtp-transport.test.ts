import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fakeSmtpCertificate,
  startFakeSmtpServer,
  type FakeSmtpOptions,
  type FakeSmtpServer,
} from '@/lib/testing/fake-smtp-server';
import { transportFromEnv } from '@/lib/notifications/outbox.writes';
import { encodeHeaderText, quotedPrintable, smtpTransport, smtpUrl } from './smtp-transport';

const trustFake = { tls: { ca: fakeSmtpCertificate().cert } };
const message = {
  to: 'anna@example.com',
  subject: 'Your order #1001 is ready',
  body: 'Hello Anna,\nyour order is ready.',
};

let servers: FakeSmtpServer[] = [];
async function fakeServer(options: FakeSmtpOptions = {}) {
  const server = await startFakeSmtpServer(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  vi.restoreAllMocks();
});

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => `\0${b64}\0`)
    .split('\0')
    .map((part, i) => (i % 2 ? Buffer.from(part, 'base64') : Buffer.from(part, 'utf8')))
    .reduce((all, part) => Buffer.concat([all, part]), Buffer.alloc(0))
    .toString('utf8');
}
/** Headers (unfolded) and the decoded body of a received message. */
function parse(data: string) {
  const split = data.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of data
    .slice(0, split)
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return { headers, body: decodeQuotedPrintable(data.slice(split + 4)) };
}

describe('smtpTransport', () => {
  it('delivers a message with its headers, CRLF line endings and dot-stuffing', async () => {
    const server = await fakeServer();
    const body = 'Hallo Jürgen,\n.\n..two dots\nIhre Bestellung liegt bereit.\r\nBis bald';
    await smtpTransport(`smtp://127.0.0.1:${server.port}`, 'Fahrrad Shop <shop@example.com>').send({
      to: 'juergen@example.com',
      subject: 'Abholbereit: Größe M',
      body,
    });

    expect(server.sessions[0]!.commands.map((c) => c.split(' ')[0])).toEqual(['EHLO', 'MAIL', 'RCPT', 'DATA', 'QUIT']);
    expect(server.sessions[0]!.commands.slice(1, 3)).toEqual([
      'MAIL FROM:<shop@example.com>',
      'RCPT TO:<juergen@example.com>',
    ]);
    const [received] = server.messages;
    expect(received).toMatchObject({ from: 'shop@example.com', to: ['juergen@example.com'] });
    expect(received!.raw).toContain('\r\n..\r\n...two dots\r\n');
    expect(received!.raw).not.toMatch(/[^\r]\n/);
    expect(received!.raw).toMatch(/^[\x00-\x7f]*$/);

    const { headers, body: decoded } = parse(received!.data);
    expect(headers.get('From')).toBe('"Fahrrad Shop" <shop@example.com>');
    expect(headers.get('To')).toBe('juergen@example.com');
    expect(headers.get('Subject')).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeEncodedWords(headers.get('Subject')!)).toBe('Abholbereit: Größe M');
    expect(Date.parse(headers.get('Date')!)).toBeGreaterThan(Date.now() - 60_000);
    expect(headers.get('Date')).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
    expect(headers.get('Message-ID')).toMatch(/^<[0-9a-f-]{36}@example\.com>$/);
    expect(headers.get('MIME-Version')).toBe('1.0');
    expect(headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(headers.get('Content-Transfer-Encoding')).toBe('quoted-printable');
    expect(decoded).toBe(body.replace(/\r?\n/g, '\r\n'));
  });

  it('leaves an ASCII subject as it is and folds a long non-ASCII one into short encoded-words', () => {
    expect(encodeHeaderText('Your order #1001 is ready')).toBe('Your order #1001 is ready');
    const subject = 'Ihre Bestellung „Stadtrad Größe M“ wurde storniert – nicht abgeholt, Rückerstattung folgt';
    const encoded = encodeHeaderText(subject);
    for (const line of encoded.split('\r\n')) expect(line.trim().length).toBeLessThanOrEqual(75);
    expect(decodeEncodedWords(encoded)).toBe(subject);
  });

  it('quoted-printable: lines of at most 76 characters, "=" and trailing spaces encoded', () => {
    const text = `${'ä'.repeat(60)}\n1 = 1 \nend\t`;
    const encoded = quotedPrintable(text);
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(encoded).toContain('1 =3D 1=20\r\n');
    expect(encoded.endsWith('end=09')).toBe(true);
    expect(decodeQuotedPrintable(encoded)).toBe(text.replace(/\n/g, '\r\n'));
  });

  it('authenticates with AUTH PLAIN when the URL has credentials (percent-encoding decoded)', async () => {
    const server = await fakeServer({ auth: { user: 'mailer', password: 'p@ss word' } });
    await smtpTransport(`smtp://mailer:p%40ss%20word@127.0.0.1:${server.port}`, 'shop@example.com').send(message);

    const expected = Buffer.from('\0mailer\0p@ss word').toString('base64');
    expect(server.sessions[0]!.commands).toContain(`AUTH PLAIN ${expected}`);
    expect(server.sessions[0]!.authenticated).toBe(true);
    expect(server.messages).toHaveLength(1);
  });

  it('a refused login throws with the server text, never the password', async () => {
    const server = await fakeServer({ auth: { user: 'mailer', password: 'right' } });
    const sending = smtpTransport(`smtp://mailer:wrong-secret@127.0.0.1:${server.port}`, 'shop@example.com').send(
      message,
    );
    await expect(sending).rejects.toThrow('SMTP server refused AUTH: 535 5.7.8 Authentication credentials invalid');
    await sending.catch((error: Error) => {
      expect(error.message).not.toContain('wrong-secret');
      expect(error.message).not.toContain(Buffer.from('\0mailer\0wrong-secret').toString('base64'));
    });
    expect(server.messages).toHaveLength(0);
  });

  it('a 5xx to RCPT TO makes send throw with the reply and sends no DATA', async () => {
    const server = await fakeServer({
      respond: (command) =>
        command.startsWith('RCPT') ? '550 5.1.1 <anna@example.com>: mailbox unavailable' : undefined,
    });
    await expect(smtpTransport(`smtp://127.0.0.1:${server.port}`, 'shop@example.com').send(message)).rejects.toThrow(
      'SMTP server refused RCPT TO: 550 5.1.1 <anna@example.com>: mailbox unavailable',
    );
    expect(server.sessions[0]!.commands).not.toContain('DATA');
    expect(server.messages).toHaveLength(0);
  });

  it('a multi-line error reply is reported in full', async () => {
    const server = await fakeServer({
      respond: (command) =>
        command === 'DATA' ? '554-5.7.1 Rejected\r\n554 5.7.1 see https://example.com/policy' : undefined,
    });
    await expect(smtpTransport(`smtp://127.0.0.1:${server.port}`, 'shop@example.com').send(message)).rejects.toThrow(
      'SMTP server refused DATA: 554 5.7.1 Rejected 5.7.1 see https://example.com/policy',
    );
  });

  it('a server that does not answer in time makes send throw', async () => {
    const server = await fakeServer({ greet: false });
    await expect(
      smtpTransport(`smtp://127.0.0.1:${server.port}`, 'shop@example.com', { timeoutMs: 150 }).send(message),
    ).rejects.toThrow('SMTP server did not answer the greeting within 150 ms');
  });

  it('a refused connection makes send throw', async () => {
    const server = await fakeServer();
    const port = server.port;
    await server.close();
    await expect(smtpTransport(`smtp://127.0.0.1:${port}`, 'shop@example.com').send(message)).rejects.toThrow(
      /SMTP connection failed: connect ECONNREFUSED/,
    );
  });

  it.each([
    ['subject', { ...message, subject: 'Ready\r\nBcc: victim@example.com' }],
    ['recipient', { ...message, to: 'anna@example.com\nBcc: victim@example.com' }],
    ['recipient with a bare CR', { ...message, to: 'anna@example.com\rRCPT TO:<victim@example.com>' }],
  ])('refuses header injection in the %s without connecting', async (_, injected) => {
    const server = await fakeServer();
    await expect(smtpTransport(`smtp://127.0.0.1:${server.port}`, 'shop@example.com').send(injected)).rejects.toThrow(
      /line break \(refused: header injection\)/,
    );
    expect(server.sessions).toHaveLength(0);
  });

  it('refuses a sender with a line break or a recipient that is not an address', async () => {
    expect(() => smtpTransport('smtp://127.0.0.1:2525', 'shop@example.com\r\nBcc: victim@example.com')).toThrow(
      /header injection/,
    );
    const server = await fakeServer();
    await expect(
      smtpTransport(`smtp://127.0.0.1:${server.port}`, 'shop@example.com').send({
        ...message,
        to: 'anna@example.com> NOTIFY=NEVER',
      }),
    ).rejects.toThrow(/not an email address/);
    expect(server.sessions).toHaveLength(0);
  });
});

describe('smtpTransport over TLS', () => {
  it('upgrades with STARTTLS when offered, says EHLO again and authenticates inside TLS', async () => {
    const server = await fakeServer({ startTls: true, auth: { user: 'mailer', password: 'secret' } });
    await smtpTransport(`smtp://mailer:secret@127.0.0.1:${server.port}`, 'shop@example.com', trustFake).send(message);

    const [session] = server.sessions;
    expect(session!.commands.map((c) => c.split(' ')[0])).toEqual([
      'EHLO',
      'STARTTLS',
      'EHLO',
      'AUTH',
      'MAIL',
      'RCPT',
      'DATA',
      'QUIT',
    ]);
    expect(session!.tls).toBe(true);
    expect(server.messages).toHaveLength(1);
  });

  it('starttls=off stays in plain text even when STARTTLS is offered', async () => {
    const server = await fakeServer({ startTls: true });
    await smtpTransport(`smtp://127.0.0.1:${server.port}?starttls=off`, 'shop@example.com').send(message);
    expect(server.sessions[0]!.commands).not.toContain('STARTTLS');
    expect(server.messages).toHaveLength(1);
  });

  it('starttls=required refuses a server without STARTTLS before sending anything', async () => {
    const server = await fakeServer();
    await expect(
      smtpTransport(`smtp://127.0.0.1:${server.port}?starttls=required`, 'shop@example.com').send(message),
    ).rejects.toThrow('SMTP server does not offer STARTTLS, but starttls=required');
    expect(server.sessions[0]!.commands).toEqual([expect.stringMatching(/^EHLO /)]);
  });

  it('smtps:// speaks TLS from the first byte', async () => {
    const server = await fakeServer({ implicitTls: true });
    await smtpTransport(`smtps://127.0.0.1:${server.port}`, 'shop@example.com', trustFake).send(message);
    expect(server.sessions[0]!.tls).toBe(true);
    expect(server.messages).toHaveLength(1);
  });

  it('refuses a certificate it does not trust', async () => {
    const server = await fakeServer({ startTls: true });
    await expect(smtpTransport(`smtp://127.0.0.1:${server.port}`, 'shop@example.com').send(message)).rejects.toThrow(
      /SMTP connection failed: .*certificate/,
    );
    expect(server.messages).toHaveLength(0);
  });

  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
  it.skipIf(!external)('with starttls=auto, never sends the password unencrypted to another machine', async () => {
    const server = await fakeServer({ host: external, auth: { user: 'mailer', password: 'secret' } });
    await expect(
      smtpTransport(`smtp://mailer:secret@${external}:${server.port}`, 'shop@example.com').send(message),
    ).rejects.toThrow(/refusing to send the password unencrypted/);
    expect(server.sessions[0]!.commands.some((c) => c.startsWith('AUTH'))).toBe(false);
  });
});

describe('SMTP_URL', () => {
  it.each([
    [
      'smtp://mail.example.com',
      { host: 'mail.example.com', port: 587, implicitTls: false, startTls: 'auto', user: null, password: null },
    ],
    [
      'smtps://u:p@mail.example.com',
      { host: 'mail.example.com', port: 465, implicitTls: true, user: 'u', password: 'p' },
    ],
    ['smtp://127.0.0.1:1025?starttls=off', { host: '127.0.0.1', port: 1025, startTls: 'off' }],
    ['smtp://[::1]:25?starttls=required', { host: '::1', port: 25, startTls: 'required' }],
  ])('%s', (url, expected) => {
    expect(smtpUrl.parse(url)).toMatchObject(expected);
  });

  it.each(['http://mail.example.com', 'mail.example.com:587', 'smtp://mail.example.com?starttls=maybe', 'smtp://', ''])(
    'refuses %j',
    (url) => {
      expect(smtpUrl.safeParse(url).success).toBe(false);
    },
  );

  it('transportFromEnv: none without SMTP_URL, one for a valid URL', () => {
    expect(transportFromEnv({})).toBeNull();
    expect(transportFromEnv({ SMTP_URL: 'smtp://mail.example.com', SMTP_FROM: 'shop@example.com' })).toEqual({
      send: expect.any(Function),
    });
    expect(transportFromEnv({ SMTP_URL: 'smtp://mail.example.com' })).toEqual({ send: expect.any(Function) });
  });

  it('transportFromEnv: an invalid SMTP_URL or SMTP_FROM logs one error without the password and gives no transport', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(transportFromEnv({ SMTP_URL: 'https://user:hunter2@mail.example.com' })).toBeNull();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0])).toMatch(/SMTP_URL/);
    expect(String(error.mock.calls[0])).not.toContain('hunter2');

    expect(
      transportFromEnv({ SMTP_URL: 'smtp://user:hunter2@mail.example.com', SMTP_FROM: 'not an address' }),
    ).toBeNull();
    expect(error).toHaveBeenCalledTimes(2);
    expect(String(error.mock.calls[1])).toMatch(/SMTP_FROM/);
    expect(String(error.mock.calls[1])).not.toContain('hunter2');
  });
});
