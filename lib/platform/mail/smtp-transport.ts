// A small SMTP client (RFC 5321) for the notification outbox, on node:net / node:tls: one connection
// per message, STARTTLS (RFC 3207) or implicit TLS, AUTH PLAIN (RFC 4954), UTF-8 text bodies sent as
// quoted-printable so the message is 7-bit clean for any server.
import 'server-only';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import { z } from 'zod';
import type { NotificationTransport, OutgoingMessage } from './mail-transport';

export type StartTls = 'required' | 'auto' | 'off';

export type SmtpConfig = {
  host: string;
  port: number;
  /** smtps://: TLS from the first byte; smtp:// starts in plain text and may upgrade with STARTTLS. */
  implicitTls: boolean;
  startTls: StartTls;
  user: string | null;
  password: string | null;
};

export type SmtpOptions = {
  /** How long to wait for each reply of the server (and the greeting) before giving up. */
  timeoutMs?: number;
  /** Extra TLS options (tests trust their own certificate with `ca`). */
  tls?: tls.ConnectionOptions;
};

const DEFAULT_TIMEOUT_MS = 10_000;

// Messages never contain the URL itself: it may carry the password.
export const smtpUrl = z
  .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
  .transform((raw, ctx): SmtpConfig => {
    const url = new URL(raw);
    const implicitTls = url.protocol === 'smtps:';
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!host) {
      ctx.addIssue({ code: 'custom', message: 'needs a host' });
      return z.NEVER;
    }
    const startTls = url.searchParams.get('starttls') ?? 'auto';
    if (startTls !== 'required' && startTls !== 'auto' && startTls !== 'off') {
      ctx.addIssue({ code: 'custom', message: 'starttls must be required, auto or off' });
      return z.NEVER;
    }
    let user: string | null = null;
    let password: string | null = null;
    try {
      user = url.username ? decodeURIComponent(url.username) : null;
      password = url.password ? decodeURIComponent(url.password) : null;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'the user name or password is not valid percent-encoding' });
      return z.NEVER;
    }
    return { host, port: url.port ? Number(url.port) : implicitTls ? 465 : 587, implicitTls, startTls, user, password };
  });

/** A transport that delivers each message over its own SMTP connection; `send` throws when the server refuses. */
export function smtpTransport(url: string, from: string, options: SmtpOptions = {}): NotificationTransport {
  const config = smtpUrl.parse(url);
  const sender = parseMailbox(from);
  return { send: (message) => deliver(config, sender, message, options) };
}

type Mailbox = { name: string | null; address: string };

/** `shop@example.com` or `Shop Name <shop@example.com>`. */
function parseMailbox(value: string): Mailbox {
  refuseLineBreaks('SMTP_FROM', value);
  const named = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(value);
  if (!named) return { name: null, address: checkAddress('SMTP_FROM', value.trim()) };
  return { name: named[1] || null, address: checkAddress('SMTP_FROM', named[2]!) };
}

function refuseLineBreaks(what: string, value: string) {
  if (/[\r\n]/.test(value)) throw new Error(`${what} contains a line break (refused: header injection)`);
}

// Deliberately narrow: printable ASCII, one @, none of the characters that end an address in a header
// or an SMTP command. Internationalised addresses would need SMTPUTF8, which this client does not speak.
function checkAddress(what: string, address: string): string {
  refuseLineBreaks(what, address);
  if (!/^[^\s<>()[\]\\,;:@"]+@[^\s<>()[\]\\,;:@"]+$/.test(address) || !/^[\x21-\x7e]+$/.test(address)) {
    throw new Error(`${what} is not an email address this client can send to`);
  }
  return address;
}

async function deliver(
  config: SmtpConfig,
  sender: Mailbox,
  message: OutgoingMessage,
  options: SmtpOptions,
): Promise<void> {
  const to = checkAddress('The recipient', message.to);
  refuseLineBreaks('The subject', message.subject);
  const data = formatMessage(sender, to, message.subject, message.body, new Date());
  // The certificate is checked against `host`; SNI takes names only, not addresses.
  const tlsOptions = {
    ...options.tls,
    host: config.host,
    ...(net.isIP(config.host) ? {} : { servername: config.host }),
  };
  const session = new SmtpSession(
    config.implicitTls
      ? tls.connect({ ...tlsOptions, port: config.port })
      : net.connect({ host: config.host, port: config.port }),
    config.implicitTls,
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  try {
    await session.expect('the greeting', [220]);
    let extensions = await session.ehlo();
    if (!session.encrypted) {
      const offered = extensions.has('STARTTLS');
      if (config.startTls === 'required' && !offered)
        throw new Error('SMTP server does not offer STARTTLS, but starttls=required');
      if (config.startTls !== 'off' && offered) {
        await session.command('STARTTLS', 'STARTTLS', [220]);
        session.upgrade(tlsOptions);
        extensions = await session.ehlo();
      }
    }
    if (config.user !== null && extensions.has('AUTH')) {
      // With starttls=auto a man in the middle could hide STARTTLS to read the password; only
      // starttls=off (an explicit choice) or a server on this machine gets it unencrypted.
      if (!session.encrypted && config.startTls === 'auto' && !isLoopback(config.host)) {
        throw new Error(
          'SMTP server did not offer STARTTLS: refusing to send the password unencrypted (set starttls=off to allow it)',
        );
      }
      const mechanisms = (extensions.get('AUTH') ?? '').toUpperCase().split(/\s+/);
      if (!mechanisms.includes('PLAIN'))
        throw new Error(`SMTP server offers AUTH ${mechanisms.join(' ')}, but this client speaks only PLAIN`);
      const credentials = Buffer.from(`\0${config.user}\0${config.password ?? ''}`, 'utf8').toString('base64');
      await session.command(`AUTH PLAIN ${credentials}`, 'AUTH', [235]);
    }
    await session.command(`MAIL FROM:<${sender.address}>`, 'MAIL FROM', [250]);
    await session.command(`RCPT TO:<${to}>`, 'RCPT TO', [250, 251]);
    await session.command('DATA', 'DATA', [354]);
    await session.command(`${dotStuff(data)}\r\n.`, 'the message', [250]);
    // The message is accepted: a server that fumbles QUIT must not make us send it again.
    await session.command('QUIT', 'QUIT', [221]).catch(() => {});
  } finally {
    session.close();
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** A line that starts with a dot gets a second one, so it cannot end the DATA early (RFC 5321 4.5.2). */
function dotStuff(data: string): string {
  return data.replace(/^\./gm, '..');
}

/** The message in RFC 5322 form with CRLF line endings. */
function formatMessage(sender: Mailbox, to: string, subject: string, body: string, date: Date): string {
  const domain = sender.address.slice(sender.address.lastIndexOf('@') + 1);
  const headers = [
    `From: ${sender.name ? `${encodePhrase(sender.name)} <${sender.address}>` : sender.address}`,
    `To: ${to}`,
    `Subject: ${encodeHeaderText(subject)}`,
    `Date: ${date.toUTCString().replace(/GMT$/, '+0000')}`,
    `Message-ID: <${randomUUID()}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(body)}`;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Printable ASCII as it is; anything else (or too long for one header line) as RFC 2047 encoded-words. */
export function encodeHeaderText(text: string): string {
  if (PRINTABLE_ASCII.test(text) && text.length <= 900) return text;
  return encodedWords(text);
}

function encodePhrase(name: string): string {
  if (PRINTABLE_ASCII.test(name) && name.length <= 900) return `"${name.replace(/["\\]/g, '\\$&')}"`;
  return encodedWords(name);
}

// 39 bytes of UTF-8 become 52 characters of base64: each word stays well under the 75-character limit.
// Words are cut between characters, never inside one, and folded onto continuation lines.
function encodedWords(text: string): string {
  const chunks: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (Buffer.byteLength(chunk + char, 'utf8') > 39) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  chunks.push(chunk);
  return chunks.map((c) => `=?UTF-8?B?${Buffer.from(c, 'utf8').toString('base64')}?=`).join('\r\n ');
}

/** RFC 2045 quoted-printable of UTF-8 text; line breaks become CRLF, encoded lines stay within 76 characters. */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(quotedPrintableLine)
    .join('\r\n');
}

function quotedPrintableLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const segments: string[] = [];
  let segment = '';
  bytes.forEach((byte, i) => {
    const trailingSpace = (byte === 0x20 || byte === 0x09) && i === bytes.length - 1;
    const literal =
      ((byte >= 0x21 && byte <= 0x7e && byte !== 0x3d) || byte === 0x20 || byte === 0x09) && !trailingSpace;
    const token = literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (segment.length + token.length > 75) {
      segments.push(`${segment}=`);
      segment = '';
    }
    segment += token;
  });
  segments.push(segment);
  return segments.join('\r\n');
}

type Reply = { code: number; lines: string[] };

const replyText = (reply: Reply) => `${reply.code} ${reply.lines.join(' ')}`.trim();

/** One SMTP connection: writes commands and reads the (possibly multi-line) replies. */
class SmtpSession {
  encrypted: boolean;
  private socket: net.Socket;
  private readonly sockets: net.Socket[] = [];
  private buffered = '';
  private replyLines: string[] = [];
  private readonly replies: Reply[] = [];
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private readonly onData = (chunk: Buffer) => this.receive(chunk);

  constructor(
    socket: net.Socket,
    encrypted: boolean,
    private readonly timeoutMs: number,
  ) {
    this.socket = socket;
    this.encrypted = encrypted;
    this.attach(socket);
  }

  private attach(socket: net.Socket) {
    this.sockets.push(socket);
    socket.on('data', this.onData);
    socket.on('error', (error) => this.fail(new Error(`SMTP connection failed: ${error.message}`)));
    socket.on('close', () => this.fail(new Error('SMTP server closed the connection')));
  }

  private receive(chunk: Buffer) {
    // Replies are ASCII; latin1 cannot fail on a chunk that splits a stray multi-byte character.
    this.buffered += chunk.toString('latin1');
    for (let end = this.buffered.indexOf('\n'); end >= 0; end = this.buffered.indexOf('\n')) {
      const line = this.buffered.slice(0, end).replace(/\r$/, '');
      this.buffered = this.buffered.slice(end + 1);
      this.replyLines.push(line);
      if (/^\d{3}-/.test(line)) continue;
      const code = /^\d{3}( |$)/.test(line) ? Number(line.slice(0, 3)) : 0;
      this.replies.push({ code, lines: this.replyLines.map((l) => l.slice(4)) });
      this.replyLines = [];
    }
    this.wake?.();
  }

  private fail(error: Error) {
    this.failure ??= error;
    this.wake?.();
  }

  private next(step: string): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`SMTP server did not answer ${step} within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.wake = () => {
        const reply = this.replies.shift();
        if (reply) {
          done();
          resolve(reply);
        } else if (this.failure) {
          done();
          reject(this.failure);
        }
      };
      this.wake();
    });
  }

  /** Reads the next reply and throws with the server's text unless its code is one of `expected`. */
  async expect(step: string, expected: number[]): Promise<Reply> {
    const reply = await this.next(step);
    if (!expected.includes(reply.code)) throw new Error(`SMTP server refused ${step}: ${replyText(reply)}`);
    return reply;
  }

  /** `step` names the command in errors, so a command with credentials is never repeated there. */
  command(line: string, step: string, expected: number[]): Promise<Reply> {
    this.socket.write(`${line}\r\n`);
    return this.expect(step, expected);
  }

  /** EHLO; returns the extensions the server offers, keyword (upper case) to parameters. */
  async ehlo(): Promise<Map<string, string>> {
    const reply = await this.command(`EHLO ${this.clientName()}`, 'EHLO', [250]);
    return new Map(
      reply.lines.slice(1).map((line) => {
        const [keyword = '', ...params] = line.trim().split(/\s+/);
        return [keyword.toUpperCase(), params.join(' ')] as const;
      }),
    );
  }

  // RFC 5321 wants a fully qualified name or an address literal.
  private clientName(): string {
    const hostname = os.hostname();
    if (hostname.includes('.')) return hostname;
    const address = this.socket.localAddress ?? '127.0.0.1';
    return net.isIPv6(address) ? `[IPv6:${address}]` : `[${address}]`;
  }

  /** Continues over TLS after the server's 220 to STARTTLS; anything it sent before the handshake is dropped. */
  upgrade(options: tls.ConnectionOptions) {
    this.socket.off('data', this.onData);
    this.buffered = '';
    this.replyLines = [];
    this.replies.length = 0;
    this.socket = tls.connect({ ...options, socket: this.socket });
    this.encrypted = true;
    this.attach(this.socket);
  }

  close() {
    for (const socket of this.sockets) socket.destroy();
  }
}
