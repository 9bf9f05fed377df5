import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect, type DatabaseHandle } from '@/db/client';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/lib/platform/db', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/platform/db')>()),
  getDb: () => state.db,
}));

let t: TestDatabase;
let unreachable: DatabaseHandle;
beforeAll(async () => {
  t = await createTestDatabase();
  unreachable = connect('postgres://postgres@127.0.0.1:1/none', { max: 1 });
});
afterAll(async () => {
  await unreachable.close();
  await t.drop();
});

describe('GET /api/health', () => {
  it('is ok with a reachable database and 503 without', async () => {
    const { GET } = await import('./route');
    state.db = t.db;
    const ok = await GET();
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', database: 'ok' });
    state.db = unreachable.db;
    const down = await GET();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'degraded', database: 'down' });
  });
});
