import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { connect, type DatabaseHandle } from '@/db/client';

/** The server integration tests create their databases on (set by `npm test`). */
export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('Integration tests need TEST_DATABASE_URL (run them through `npm test`).');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export type TestDatabase = DatabaseHandle & { url: string; queries: string[]; drop: () => Promise<void> };

/** A private copy of the migrated (empty) template database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `it_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${inject('templateDatabase')}"`);
  const url = databaseUrl(name);
  const queries: string[] = [];
  const handle = connect(url, { max: 20, onQuery: (q) => queries.push(q) });
  return {
    ...handle,
    url,
    queries,
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
