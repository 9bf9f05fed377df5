// Showroom mode opens only where the caller may sell: staff at their assigned stores, admins at any
// store; the action checks the scoped permission itself, whatever the page offered.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHOWROOM_COOKIE } from '@/lib/channels/channel-routing.rules';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { jar } from '@/lib/testing/cookie-jar';
import {
  actorOf,
  makeAdmin,
  makeCustomer,
  makeMerchandiser,
  makeStaff,
  makeStore,
  makeWarehouse,
  type MadeLocation,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/platform/auth/auth', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn() }));
vi.mock('next/headers', () => import('@/lib/testing/cookie-jar'));

let t: TestDatabase;
let ber: MadeLocation;
let ham: MadeLocation;
let warehouse: MadeLocation;
let people: Record<'berStaff' | 'hamStaff' | 'admin' | 'merchandiser' | 'customer', Actor>;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  [ber, ham, warehouse] = [await makeStore(t.db), await makeStore(t.db), await makeWarehouse(t.db)];
  people = {
    berStaff: await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber.id] })),
    hamStaff: await actorOf(t.db, await makeStaff(t.db, { locationIds: [ham.id] })),
    admin: await actorOf(t.db, await makeAdmin(t.db)),
    merchandiser: await actorOf(t.db, await makeMerchandiser(t.db)),
    customer: await actorOf(t.db, await makeCustomer(t.db)),
  };
});
afterAll(() => t.drop());
beforeEach(() => jar.clear());

async function enter(actor: Actor | null, storeId: string) {
  state.actor = actor;
  const { enterShowroomAction } = await import('./actions');
  const form = new FormData();
  form.set('storeId', storeId);
  try {
    return await enterShowroomAction(null, form);
  } catch (error) {
    // A redirect: the action succeeded and sends the browser to /showroom.
    return { redirect: (error as { digest?: string }).digest?.split(';')[2] };
  }
}

describe('enterShowroomAction', () => {
  it('opens showroom mode at the staff member’s own store', async () => {
    expect(await enter(people.berStaff, ber.id)).toEqual({ redirect: '/showroom' });
    expect(jar.get(SHOWROOM_COOKIE)).toMatchObject({
      value: ber.id,
      options: { httpOnly: true, sameSite: 'lax', path: '/' },
    });
  });

  it('refuses Hamburg staff at Berlin and sets nothing', async () => {
    expect(await enter(people.hamStaff, ber.id)).toMatchObject({
      ok: false,
      formError: 'You do not have permission to do this.',
    });
    expect(jar.has(SHOWROOM_COOKIE)).toBe(false);
  });

  it('lets an admin open any store', async () => {
    expect(await enter(people.admin, ham.id)).toEqual({ redirect: '/showroom' });
    expect(jar.get(SHOWROOM_COOKIE)?.value).toBe(ham.id);
  });

  it.each([
    ['anonymous', null, 'Please sign in first.'],
    ['a customer', 'customer', 'You do not have permission to do this.'],
    ['a merchandiser', 'merchandiser', 'You do not have permission to do this.'],
  ] as const)('refuses %s', async (_name, who, formError) => {
    expect(await enter(who ? people[who] : null, ber.id)).toMatchObject({ ok: false, formError });
    expect(jar.has(SHOWROOM_COOKIE)).toBe(false);
  });

  it('refuses a warehouse, an unknown id and a malformed one, even for an admin', async () => {
    for (const storeId of [warehouse.id, '00000000-0000-4000-8000-000000000000'])
      expect(await enter(people.admin, storeId)).toMatchObject({
        ok: false,
        fieldErrors: { storeId: ['Unknown location.'] },
      });
    expect(await enter(people.admin, 'BER')).toMatchObject({
      ok: false,
      fieldErrors: { storeId: [expect.any(String)] },
    });
    expect(jar.has(SHOWROOM_COOKIE)).toBe(false);
  });
});

describe('endShowroomAction', () => {
  it('clears the caller’s showroom cookie and returns to the shop', async () => {
    jar.set(SHOWROOM_COOKIE, { value: ber.id });
    state.actor = people.berStaff;
    const { endShowroomAction } = await import('./actions');
    const result = await endShowroomAction(null, new FormData()).catch(
      (error: { digest?: string }) => error.digest?.split(';')[2],
    );
    expect(result).toBe('/');
    expect(jar.has(SHOWROOM_COOKIE)).toBe(false);
  });
});
