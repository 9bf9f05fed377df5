import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { createSharedCacheStore, type SharedCacheStore } from './shared-cache-handler.js';

// Two stores on one database stand for two server processes (cluster workers or machines).
let t: TestDatabase;
let workerA: SharedCacheStore;
let workerB: SharedCacheStore;

async function eventually(check: () => Promise<boolean>, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

const listing = (name: string) => ({
  kind: 'FETCH',
  data: { body: JSON.stringify({ name }) },
  revalidate: 60,
  tags: ['catalog'],
});

beforeAll(async () => {
  t = await createTestDatabase();
  workerA = createSharedCacheStore({ databaseUrl: t.url });
  workerB = createSharedCacheStore({ databaseUrl: t.url });
  await Promise.all([workerA.ready(), workerB.ready()]);
});
afterAll(async () => {
  await Promise.all([workerA.close(), workerB.close()]);
  await t.drop();
});

describe('shared cache handler across processes', () => {
  it('an invalidation in one process drops the tagged entries in the other, and only those', async () => {
    for (const worker of [workerA, workerB]) {
      await worker.set('bikes', listing('Bikes'), { tags: ['catalog'] });
      await worker.set('stores', { kind: 'FETCH', data: {}, tags: ['stores'] }, { tags: ['stores'] });
    }
    // entries written just now must not share the invalidation's millisecond
    await new Promise((r) => setTimeout(r, 5));
    expect(await workerB.get('bikes', { tags: ['catalog'] })).not.toBeNull();

    await workerA.invalidate(['catalog']);

    expect(await workerA.get('bikes', { tags: ['catalog'] })).toBeNull();
    expect(await eventually(async () => (await workerB.get('bikes', { tags: ['catalog'] })) === null)).toBe(true);
    expect(await workerB.get('stores', { tags: ['stores'] })).not.toBeNull();
    expect(await workerA.get('stores', { tags: ['stores'] })).not.toBeNull();
  });

  it('an entry written after the invalidation is served again', async () => {
    await workerB.invalidate(['catalog']);
    await new Promise((r) => setTimeout(r, 50));
    await workerA.set('bikes', listing('Bikes, renamed'), { tags: ['catalog'] });
    expect(await workerA.get('bikes', { tags: ['catalog'] })).toMatchObject({ value: listing('Bikes, renamed') });
  });

  it('honours tags Next passes only at read time (soft tags of revalidatePath)', async () => {
    await workerA.set('page-data', listing('x'), {});
    await new Promise((r) => setTimeout(r, 5));
    await workerB.invalidate(['_N_T_/c/bikes']);
    expect(
      await eventually(async () => (await workerA.get('page-data', { softTags: ['_N_T_/c/bikes'] })) === null),
    ).toBe(true);
  });

  it('keeps at most maxEntries, dropping the least recently used first', async () => {
    const small = createSharedCacheStore({ maxEntries: 2 });
    await small.set('one', listing('1'), {});
    await small.set('two', listing('2'), {});
    await small.get('one');
    await small.set('three', listing('3'), {});
    expect(small.size()).toBe(2);
    expect(await small.get('two')).toBeNull();
    expect(await small.get('one')).not.toBeNull();
    expect(await small.get('three')).not.toBeNull();
  });

  it('a null value removes the entry', async () => {
    await workerA.set('gone', listing('g'), {});
    await workerA.set('gone', null, {});
    expect(await workerA.get('gone')).toBeNull();
  });
});
