import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { adminUrl, createTestDatabase, databaseUrl, type TestDatabase } from '@/lib/testing/test-database';
import postgres from 'postgres';
import { getInstallationId } from './installation.reads';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('getInstallationId', () => {
  it('is stable for one database and differs for a newly migrated one', async () => {
    const id = await getInstallationId(t.db);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getInstallationId(t.db)).toBe(id);

    const name = `it_fresh_${Date.now()}`;
    const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    try {
      await runMigrations(databaseUrl(name));
      const fresh = connect(databaseUrl(name), { max: 1 });
      expect(await getInstallationId(fresh.db)).not.toBe(id);
      await fresh.close();
    } finally {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });
});
