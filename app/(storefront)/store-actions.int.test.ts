// Walks setPreferredStoreAction with every role: anyone may choose a click & collect store (a cookie,
// nothing else); an unknown code or a store without click & collect is a field error and sets no cookie.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { makeChannel, makeStore, makeWarehouse, type MadeLocation } from '@/lib/testing/factories';
import { makeRoleActors, ROLES } from '@/lib/testing/role-actors';
import { jar } from '@/lib/testing/cookie-jar';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: <F>(fn: F) => fn,
}));
vi.mock('next/headers', () => import('@/lib/testing/cookie-jar'));

let t: TestDatabase;
let actors: Record<string, Actor | null>;
let ber: MadeLocation;
let ham: MadeLocation;
let warehouse: MadeLocation;
let elsewhere: MadeLocation;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  ber = await makeStore(t.db);
  ham = await makeStore(t.db, { name: 'Test Store Hamburg' });
  warehouse = await makeWarehouse(t.db);
  // A store with click & collect that does not supply the storefront channel.
  elsewhere = await makeStore(t.db);
  await makeChannel(t.db, { code: channelRouting().storefront, locationIds: [ber.id, ham.id, warehouse.id] });
  // Company members shop the b2b channel (lib/channels/channel-routing.rules.ts).
  await makeChannel(t.db, {
    code: channelRouting().b2b,
    kind: 'b2b',
    key: null,
    locationIds: [ber.id, ham.id, warehouse.id],
  });
  ({ actors } = await makeRoleActors(t.db, { staffLocationIds: [ber.id] }));
});
afterAll(() => t.drop());
beforeEach(() => jar.clear());

function form(store: string): FormData {
  const data = new FormData();
  data.set('store', store);
  return data;
}

describe('setPreferredStoreAction', () => {
  for (const role of ROLES) {
    it(`as ${role}: saves a click & collect store in the preferred_store cookie`, async () => {
      const { setPreferredStoreAction } = await import('./store-actions');
      state.actor = actors[role] ?? null;
      const result = await setPreferredStoreAction(null, form(ham.code));
      expect(result).toEqual({ ok: true, message: 'Test Store Hamburg is now your store.' });
      expect(jar.get('preferred_store')).toMatchObject({ value: ham.code, options: { path: '/', sameSite: 'lax' } });
    });

    it(`as ${role}: rejects unknown codes and stores without click & collect, setting no cookie`, async () => {
      const { setPreferredStoreAction } = await import('./store-actions');
      state.actor = actors[role] ?? null;
      for (const code of ['NOPE', warehouse.code, elsewhere.code, '', 'x'.repeat(40)]) {
        const result = await setPreferredStoreAction(null, form(code));
        expect(result, code).toMatchObject({ ok: false, fieldErrors: { store: [expect.any(String)] } });
        expect(jar.has('preferred_store'), code).toBe(false);
      }
    });
  }

  it('keeps the previous choice when a later one is invalid', async () => {
    const { setPreferredStoreAction } = await import('./store-actions');
    state.actor = null;
    await setPreferredStoreAction(null, form(ber.code));
    const result = await setPreferredStoreAction(null, form(warehouse.code));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { store: ['Choose one of our stores that offer click & collect.'] },
      values: { store: warehouse.code },
    });
    expect(jar.get('preferred_store')?.value).toBe(ber.code);
  });
});
