// A fake SMTP server for tests: speaks just enough SMTP (EHLO, STARTTLS, AUTH PLAIN, MAIL, RCPT, DATA,
// QUIT) and records every session's commands and every message it accepted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';

// A self-signed certificate for localhost and 127.0.0.1, made by openssl when first asked for (once per
// process) rather than committed: no private key lives in the repository, so secret scanners stay quiet.
let certificate: { key: string; cert: string } | undefined;

/** The fake server's key and certificate (PEM); trust `cert` as the CA to accept its TLS. */
export function fakeSmtpCertificate(): { key: string; cert: string } {
  if (certificate) return certificate;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fake-smtp-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    const args = [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-subj',
      '/CN=localhost',
    ];
    args.push('-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-days', '2');
    try {
      execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error(
          'The fake SMTP server needs `openssl` to make its test certificate, and it is not on PATH: install the Debian package `openssl` (apt-get install -y openssl).',
          { cause: error },
        );
      }
      const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
      throw new Error(
        `openssl could not make the fake SMTP server's test certificate: ${stderr || (error as Error).message}`,
        { cause: error },
      );
    }
    certificate = { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type FakeSmtpOptions = {
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** smtps: TLS from the first byte. */
  implicitTls?: boolean;
  /** Offer STARTTLS on plain connections. */
  startTls?: boolean;
  /** Offer AUTH PLAIN and require these credentials before MAIL FROM. */
  auth?: { user: string; password: string };
  /** false: accept connections but never greet (for timeouts). */
  greet?: boolean;
  /** A reply line (e.g. '550 5.1.1 No such user') to send instead of the normal one for this command. */
  respond?: (command: string) => string | undefined;
};

export type FakeSmtpSession = { commands: string[]; tls: boolean; authenticated: boolean };

/** `raw` is the DATA as it crossed the wire (dot-stuffed), `data` as the server stores it. */
export type ReceivedMessage = { from: string; to: string[]; raw: string; data: string };

export type FakeSmtpServer = {
  host: string;
  port: number;
  sessions: FakeSmtpSession[];
  messages: ReceivedMessage[];
  close: () => Promise<void>;
};

export async function startFakeSmtpServer(options: FakeSmtpOptions = {}): Promise<FakeSmtpServer> {
  const host = options.host ?? '127.0.0.1';
  const { key, cert } = fakeSmtpCertificate();
  const secureContext = tls.createSecureContext({ key, cert });
  const sessions: FakeSmtpSession[] = [];
  const messages: ReceivedMessage[] = [];
  const sockets = new Set<net.Socket>();

  const serve = (socket: net.Socket, session: FakeSmtpSession) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.setEncoding('utf8');
    const reply = (...lines: string[]) => socket.write(lines.map((line) => `${line}\r\n`).join(''));
    let buffered = '';
    let from = '';
    let to: string[] = [];
    let data: string[] | null = null;

    const onLine = (line: string): 'upgrade' | void => {
      if (data) {
        if (line !== '.') {
          data.push(line);
          return;
        }
        messages.push({
          from,
          to,
          raw: data.join('\r\n'),
          data: data.map((l) => (l.startsWith('.') ? l.slice(1) : l)).join('\r\n'),
        });
        data = null;
        from = '';
        to = [];
        reply('250 2.0.0 Queued');
        return;
      }
      session.commands.push(line);
      const override = options.respond?.(line);
      if (override) {
        reply(override);
        return;
      }
      const [verb = '', ...args] = line.split(' ');
      switch (verb.toUpperCase()) {
        case 'EHLO': {
          const extensions = [
            '8BITMIME',
            ...(options.startTls && !session.tls ? ['STARTTLS'] : []),
            ...(options.auth ? ['AUTH PLAIN LOGIN'] : []),
          ];
          reply(
            ...['fake.smtp.test', ...extensions].map((text, i, all) => `250${i === all.length - 1 ? ' ' : '-'}${text}`),
          );
          return;
        }
        case 'STARTTLS':
          if (!options.startTls || session.tls) return void reply('502 5.5.1 Not offered');
          reply('220 2.0.0 Ready to start TLS');
          return 'upgrade';
        case 'AUTH': {
          const [user, password] = Buffer.from(args[1] ?? '', 'base64')
            .toString('utf8')
            .split('\0')
            .slice(1);
          session.authenticated =
            args[0]?.toUpperCase() === 'PLAIN' && user === options.auth?.user && password === options.auth?.password;
          return void reply(
            session.authenticated
              ? '235 2.7.0 Authentication successful'
              : '535 5.7.8 Authentication credentials invalid',
          );
        }
        case 'MAIL':
          if (options.auth && !session.authenticated) return void reply('530 5.7.0 Authentication required');
          from = /<(.*)>/.exec(line)?.[1] ?? '';
          return void reply('250 2.1.0 Ok');
        case 'RCPT':
          to.push(/<(.*)>/.exec(line)?.[1] ?? '');
          return void reply('250 2.1.5 Ok');
        case 'DATA':
          if (!to.length) return void reply('503 5.5.1 No recipients');
          data = [];
          return void reply('354 End data with <CR><LF>.<CR><LF>');
        case 'RSET':
        case 'NOOP':
          return void reply('250 2.0.0 Ok');
        case 'QUIT':
          reply('221 2.0.0 Bye');
          socket.end();
          return;
        default:
          reply('502 5.5.2 Command not recognised');
      }
    };

    const onData = (chunk: string) => {
      buffered += chunk;
      for (let end = buffered.indexOf('\r\n'); end >= 0; end = buffered.indexOf('\r\n')) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (onLine(line) === 'upgrade') {
          socket.off('data', onData);
          const secure = new tls.TLSSocket(socket, { isServer: true, secureContext });
          serve(secure, session);
          session.tls = true;
          return;
        }
      }
    };
    socket.on('data', onData);
  };

  const accept = (socket: net.Socket) => {
    const session: FakeSmtpSession = { commands: [], tls: Boolean(options.implicitTls), authenticated: false };
    sessions.push(session);
    serve(socket, session);
    if (options.greet !== false) socket.write('220 fake.smtp.test ESMTP\r\n');
  };
  const server = options.implicitTls ? tls.createServer({ key, cert }, accept) : net.createServer(accept);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    host,
    port,
    sessions,
    messages,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
