import { afterEach, describe, expect, it, vi } from 'vitest';
import { transportFromEnv } from '@/lib/notifications/outbox.writes';
import { startSmtpTestServer, testCertificate, type SmtpTestServer } from '@/lib/testing/smtp-test-server';
import { nodemailerTransport, smtpSettings, transportOptions } from './nodemailer-transport';

const message = {
  to: 'anna@example.com',
  subject: 'Your order #1001 is ready',
  body: 'Hello Anna,\nyour order is ready.',
};

let servers: SmtpTestServer[] = [];
async function testServer(options: Parameters<typeof startSmtpTestServer>[0] = {}) {
  const server = await startSmtpTestServer(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  vi.restoreAllMocks();
});

const transport = (url: string, from?: string, tls?: { ca: string }) =>
  nodemailerTransport(smtpSettings.parse({ SMTP_URL: url, SMTP_FROM: from }), tls);
const trusted = async () => ({ ca: (await testCertificate()).cert });

describe('nodemailerTransport', () => {
  it('delivers a UTF-8 plain-text message with the sender, recipient and subject', async () => {
    const server = await testServer();
    const body = 'Hallo Jürgen,\n.\nIhre Bestellung „Stadtrad Größe M“ liegt bereit.\nBis bald';
    await transport(`smtp://127.0.0.1:${server.port}`, 'Fahrrad Shop <shop@example.com>').send({
      to: 'juergen@example.com',
      subject: 'Abholbereit: Größe M',
      body,
    });

    expect(server.messages).toHaveLength(1);
    const [received] = server.messages;
    expect(received).toMatchObject({ from: 'shop@example.com', to: ['juergen@example.com'], secure: false });
    const { parsed } = received!;
    expect(parsed.from?.value).toEqual([{ name: 'Fahrrad Shop', address: 'shop@example.com' }]);
    expect(parsed.to).toMatchObject({ value: [{ address: 'juergen@example.com' }] });
    expect(parsed.subject).toBe('Abholbereit: Größe M');
    expect(parsed.text?.trimEnd()).toBe(body);
    expect(parsed.html).toBe(false);
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'text/plain', params: { charset: 'utf-8' } });
    expect(parsed.messageId).toMatch(/@example\.com>$/);
  });

  it('authenticates with the percent-decoded user and password of the URL', async () => {
    const server = await testServer({ auth: { user: 'mailer', password: 'p@ss word' } });
    await transport(`smtp://mailer:p%40ss%20word@127.0.0.1:${server.port}`).send(message);
    expect(server.messages).toMatchObject([{ user: 'mailer', from: 'shop@localhost', to: ['anna@example.com'] }]);
  });

  it('a refused login throws with the server reply, never the password', async () => {
    const server = await testServer({ auth: { user: 'mailer', password: 'right' } });
    const sending = transport(`smtp://mailer:wrong-secret@127.0.0.1:${server.port}`).send(message);
    await expect(sending).rejects.toThrow(/Authentication credentials invalid/);
    await sending.catch((error: Error) =>
      expect(JSON.stringify({ ...error, m: error.message })).not.toContain('wrong-secret'),
    );
    expect(server.messages).toHaveLength(0);
  });

  it('a refused recipient makes send throw with the reply', async () => {
    const server = await testServer({ refuseRecipient: (to) => to.startsWith('bounce') });
    await expect(
      transport(`smtp://127.0.0.1:${server.port}`).send({ ...message, to: 'bounce@example.com' }),
    ).rejects.toThrow(/550 5\.1\.1 Mailbox unavailable/);
    expect(server.recipients).toEqual(['bounce@example.com']);
    expect(server.messages).toHaveLength(0);
  });

  it('a refused connection makes send throw', async () => {
    const server = await testServer();
    await server.close();
    await expect(transport(`smtp://127.0.0.1:${server.port}`).send(message)).rejects.toThrow(/ECONNREFUSED/);
  });

  it.each([
    ['subject', { ...message, subject: 'Ready\r\nBcc: victim@example.com' }, 'The subject contains a line break'],
    [
      'recipient',
      { ...message, to: 'anna@example.com\nBcc: victim@example.com' },
      'The recipient contains a line break',
    ],
    [
      'recipient (bare CR)',
      { ...message, to: 'anna@example.com\rvictim@example.com' },
      'The recipient contains a line break',
    ],
    [
      'recipient list',
      { ...message, to: 'anna@example.com, victim@example.com' },
      'The recipient is not one email address',
    ],
  ])('refuses header injection in the %s without connecting', async (_, injected, error) => {
    const server = await testServer();
    await expect(transport(`smtp://127.0.0.1:${server.port}`).send(injected)).rejects.toThrow(error);
    expect(server.connections).toBe(0);
  });
});

describe('nodemailerTransport over TLS', () => {
  it('upgrades with STARTTLS when the server offers it and authenticates inside TLS', async () => {
    const server = await testServer({ startTls: true, auth: { user: 'mailer', password: 'secret' } });
    await transport(`smtp://mailer:secret@127.0.0.1:${server.port}`, undefined, await trusted()).send(message);
    expect(server.messages).toMatchObject([{ secure: true, user: 'mailer' }]);
  });

  it('starttls=required sends over STARTTLS, and refuses a server that does not offer it', async () => {
    const tls = await testServer({ startTls: true });
    await transport(`smtp://127.0.0.1:${tls.port}?starttls=required`, undefined, await trusted()).send(message);
    expect(tls.messages).toMatchObject([{ secure: true }]);

    const plain = await testServer();
    await expect(transport(`smtp://127.0.0.1:${plain.port}?starttls=required`).send(message)).rejects.toThrow(
      /STARTTLS/,
    );
    expect(plain.recipients).toEqual([]);
    expect(plain.messages).toHaveLength(0);
  });

  it('starttls=off stays in plain text even when STARTTLS is offered', async () => {
    const server = await testServer({ startTls: true });
    await transport(`smtp://127.0.0.1:${server.port}?starttls=off`).send(message);
    expect(server.messages).toMatchObject([{ secure: false }]);
  });

  it('smtps:// speaks TLS from the first byte', async () => {
    const server = await testServer({ implicitTls: true });
    await transport(`smtps://127.0.0.1:${server.port}`, undefined, await trusted()).send(message);
    expect(server.messages).toMatchObject([{ secure: true }]);
  });

  it('refuses a certificate it does not trust', async () => {
    const server = await testServer({ startTls: true });
    await expect(transport(`smtp://127.0.0.1:${server.port}`).send(message)).rejects.toThrow(/certificate/);
    expect(server.messages).toHaveLength(0);
  });
});

describe('SMTP settings', () => {
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
  ])('SMTP_URL %s', (url, expected) => {
    expect(smtpSettings.parse({ SMTP_URL: url })).toMatchObject({
      ...expected,
      from: { name: '', address: 'shop@localhost' },
    });
  });

  it.each([
    ['shop@example.com', { name: '', address: 'shop@example.com' }],
    ['Fahrrad Shop <shop@example.com>', { name: 'Fahrrad Shop', address: 'shop@example.com' }],
  ])('SMTP_FROM %s', (from, expected) => {
    expect(smtpSettings.parse({ SMTP_URL: 'smtp://mail.example.com', SMTP_FROM: from }).from).toEqual(expected);
  });

  it.each([
    { SMTP_URL: 'http://mail.example.com' },
    { SMTP_URL: 'mail.example.com:587' },
    { SMTP_URL: 'smtp://mail.example.com?starttls=maybe' },
    { SMTP_URL: 'smtp://' },
    { SMTP_URL: 'smtp://mail.example.com', SMTP_FROM: 'not an address' },
    { SMTP_URL: 'smtp://mail.example.com', SMTP_FROM: 'shop@example.com\r\nBcc: victim@example.com' },
  ])('refuses %j', (env) => {
    expect(smtpSettings.safeParse(env).success).toBe(false);
  });

  // nodemailer upgrades whenever STARTTLS is offered; these decide whether it must be.
  it.each([
    ['smtp://mail.example.com', { secure: false, requireTLS: false, ignoreTLS: false }],
    [
      'smtp://u:p@mail.example.com',
      { secure: false, requireTLS: true, ignoreTLS: false, auth: { user: 'u', pass: 'p' } },
    ],
    ['smtp://u:p@127.0.0.1:2525', { requireTLS: false }],
    ['smtp://u:p@mail.example.com?starttls=off', { requireTLS: false, ignoreTLS: true }],
    ['smtp://mail.example.com?starttls=required', { requireTLS: true, ignoreTLS: false }],
    ['smtps://mail.example.com', { secure: true, port: 465 }],
  ])('%s: TLS options', (url, expected) => {
    expect(transportOptions(smtpSettings.parse({ SMTP_URL: url }))).toMatchObject(expected);
  });

  it('transportFromEnv: none without SMTP_URL, one for a valid URL', () => {
    expect(transportFromEnv({})).toBeNull();
    expect(transportFromEnv({ SMTP_URL: 'smtp://mail.example.com', SMTP_FROM: 'shop@example.com' })).toEqual({
      send: expect.any(Function),
    });
    expect(transportFromEnv({ SMTP_URL: 'smtp://mail.example.com', SMTP_FROM: '' })).toEqual({
      send: expect.any(Function),
    });
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
