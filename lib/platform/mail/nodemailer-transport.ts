// Sends the notification outbox by SMTP through nodemailer. SMTP_URL and SMTP_FROM are validated here;
// nodemailer speaks the protocol (STARTTLS, implicit TLS, AUTH, MIME encoding of UTF-8 text).
import 'server-only';
import type { ConnectionOptions } from 'node:tls';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { z } from 'zod';
import type { NotificationTransport, OutgoingMessage } from './mail-transport';

export type StartTls = 'required' | 'auto' | 'off';

export type SmtpSettings = {
  host: string;
  port: number;
  /** smtps://: TLS from the first byte; smtp:// starts in plain text and may upgrade with STARTTLS. */
  implicitTls: boolean;
  startTls: StartTls;
  user: string | null;
  password: string | null;
  from: { name: string; address: string };
};

// HTML5's address syntax: one address, no display name, no line break; it accepts shop@localhost.
const address = z.string().regex(z.regexes.html5Email);

// Error messages never repeat the URL: it may carry the password.
const smtpUrl = z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).transform((raw, ctx) => {
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
  try {
    const user = url.username ? decodeURIComponent(url.username) : null;
    const password = url.password ? decodeURIComponent(url.password) : null;
    const port = url.port ? Number(url.port) : implicitTls ? 465 : 587;
    return { host, port, implicitTls, startTls: startTls as StartTls, user, password };
  } catch {
    ctx.addIssue({ code: 'custom', message: 'has a user name or password that is not valid percent-encoding' });
    return z.NEVER;
  }
});

/** `shop@example.com` or `Shop Name <shop@example.com>`. */
const mailbox = z
  .string()
  .refine((value) => !/[\r\n]/.test(value), 'contains a line break')
  .transform((value, ctx) => {
    const named = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(value);
    const parsed = named ? { name: named[1]!, address: named[2]!.trim() } : { name: '', address: value.trim() };
    if (!address.safeParse(parsed.address).success) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be an email address, optionally with a name: Shop <shop@example.com>',
      });
      return z.NEVER;
    }
    return parsed;
  });

/** The environment's SMTP settings: SMTP_URL (required) and SMTP_FROM (default shop@localhost). */
export const smtpSettings = z
  .object({ SMTP_URL: smtpUrl, SMTP_FROM: mailbox.prefault('shop@localhost') })
  .transform(({ SMTP_URL, SMTP_FROM }): SmtpSettings => ({ ...SMTP_URL, from: SMTP_FROM }));

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** nodemailer's options for the settings; `tls` adds TLS options (tests trust their own certificate with `ca`). */
export function transportOptions(settings: SmtpSettings, tls: ConnectionOptions = {}): SMTPTransport.Options {
  return {
    host: settings.host,
    port: settings.port,
    secure: settings.implicitTls,
    // nodemailer upgrades with STARTTLS whenever the server offers it. With starttls=auto a man in the middle
    // could hide the offer to read the password, so a password for another machine needs TLS; only
    // starttls=off (an explicit choice) or a server on this machine gets it unencrypted.
    requireTLS:
      settings.startTls === 'required' ||
      (settings.startTls === 'auto' && settings.user !== null && !isLoopback(settings.host)),
    ignoreTLS: settings.startTls === 'off',
    auth: settings.user === null ? undefined : { user: settings.user, pass: settings.password ?? '' },
    tls,
    // A stalled server must not hold the outbox job for minutes (nodemailer waits up to 10 minutes by default).
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // Messages are plain text: nothing may make nodemailer read files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

function refuseLineBreak(what: string, value: string) {
  if (/[\r\n]/.test(value)) throw new Error(`${what} contains a line break (refused: header injection)`);
}

/** Checks what a header is made of before nodemailer sees it: one address, no line breaks. */
function checkMessage(message: OutgoingMessage) {
  refuseLineBreak('The recipient', message.to);
  refuseLineBreak('The subject', message.subject);
  if (!address.safeParse(message.to).success) throw new Error('The recipient is not one email address');
}

/**
 * A transport that sends each message as UTF-8 plain text over its own SMTP connection; `send` throws
 * with the server's reply when it refuses (the outbox then records a failed attempt).
 */
export function nodemailerTransport(settings: SmtpSettings, tls?: ConnectionOptions): NotificationTransport {
  const transporter = nodemailer.createTransport(transportOptions(settings, tls));
  return {
    send: async (message) => {
      checkMessage(message);
      await transporter.sendMail({
        from: settings.from,
        to: message.to,
        subject: message.subject,
        text: message.body,
      });
    },
  };
}
