// A local SMTP server for tests (the `smtp-server` package) on a free loopback port. It records every
// connection and every message it accepted, parsed with mailparser.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { generate } from 'selfsigned';
import { SMTPServer } from 'smtp-server';

// A certificate for localhost and 127.0.0.1, made in-process on first use (smtp-server's built-in test
// certificate has expired) rather than committed, so no private key lives in the repository.
let certificate: Promise<{ key: string; cert: string }> | undefined;

/** The test server's key and certificate (PEM); trust `cert` as the CA to accept its TLS. */
export function testCertificate(): Promise<{ key: string; cert: string }> {
  certificate ??= generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 2 * 24 * 3600_000),
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return certificate;
}

export type SmtpTestServerOptions = {
  /** smtps: TLS from the first byte. */
  implicitTls?: boolean;
  /** Offer STARTTLS on plain connections (default false). */
  startTls?: boolean;
  /** Require these credentials (AUTH PLAIN or LOGIN, also without TLS) before MAIL FROM. */
  auth?: { user: string; password: string };
  /** Recipients the server answers `550 5.1.1 Mailbox unavailable` to. */
  refuseRecipient?: (address: string) => boolean;
};

export type ReceivedMessage = {
  /** The envelope (MAIL FROM and RCPT TO), which may differ from the headers. */
  from: string;
  to: string[];
  /** Whether the message came over TLS, and the user who authenticated, if any. */
  secure: boolean;
  user: string | null;
  parsed: ParsedMail;
};

export type SmtpTestServer = {
  port: number;
  /** Connections opened so far (also those that sent nothing). */
  connections: number;
  /** Every RCPT TO the server was asked, accepted or not. */
  recipients: string[];
  messages: ReceivedMessage[];
  close: () => Promise<void>;
};

export async function startSmtpTestServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const tls = options.implicitTls || options.startTls ? await testCertificate() : {};
  const state = { connections: 0, recipients: [] as string[], messages: [] as ReceivedMessage[] };
  const server = new SMTPServer({
    ...tls,
    secure: options.implicitTls ?? false,
    disabledCommands: options.startTls ? [] : ['STARTTLS'],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    logger: false,
    onConnect: (_session, callback) => {
      state.connections += 1;
      callback();
    },
    onAuth: (auth, _session, callback) => {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.password)
        callback(null, { user: auth.username });
      else callback(new Error('Authentication credentials invalid'));
    },
    onRcptTo: (address, _session, callback) => {
      state.recipients.push(address.address);
      if (options.refuseRecipient?.(address.address))
        callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
      else callback();
    },
    onData: (stream, session, callback) => {
      simpleParser(stream).then(
        (parsed) => {
          state.messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            secure: session.secure,
            user: typeof session.user === 'string' ? session.user : null,
            parsed,
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const listening = server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    listening.once('listening', resolve);
    listening.once('error', reject);
  });
  return {
    port: (listening.address() as AddressInfo).port,
    get connections() {
      return state.connections;
    },
    recipients: state.recipients,
    messages: state.messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
