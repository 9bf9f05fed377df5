// Gives CLI commands a database: DATABASE_URL's server when set, otherwise the embedded one.
import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres } from '@/db/embedded';

export type ProvidedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export const DATA_DIR = path.resolve(import.meta.dirname, '../../../.data');

/**
 * `dataSubdir` separates clusters (the app's and the test run's) so `npm test` can run while
 * `npm start` is serving. `database` is created on the embedded cluster when missing.
 */
export async function provideDatabase(options: { dataSubdir: string; database: string }): Promise<ProvidedDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const cluster = await startEmbeddedPostgres(path.join(DATA_DIR, options.dataSubdir));
  await createDatabaseIfMissing(cluster.url, options.database);
  const url = new URL(cluster.url);
  url.pathname = `/${options.database}`;
  return { url: url.toString(), embedded: true, stop: cluster.stop };
}

export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) await admin.unsafe(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
}

/** The URL of another database on the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
