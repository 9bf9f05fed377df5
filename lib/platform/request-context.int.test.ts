// The request context resolves the channel from the session, the host and a showroom session, by the
// rules of lib/channels/channel-routing.rules.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { SHOWROOM_COOKIE } from '@/lib/channels/channel-routing.rules';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { jar, requestHeaders } from '@/lib/testing/cookie-jar';
import {
  actorOf,
  makeAdmin,
  makeChannel,
  makeCompany,
  makeCustomer,
  makeStaff,
  makeStore,
  type MadeChannel,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('next/cache', () => ({ unstable_cache: <F>(fn: F) => fn }));
vi.mock('next/headers', () => import('@/lib/testing/cookie-jar'));
// Outside React's server renderer `cache` would memoise across calls: resolve afresh each time here.
vi.mock('react', async (original) => ({ ...(await original<typeof import('react')>()), cache: <F>(fn: F) => fn }));

let t: TestDatabase;
let channels: Record<'web' | 'b2b' | 'showroom', MadeChannel>;
let people: Record<'consumer' | 'member' | 'berStaff' | 'admin', Actor>;
let ber: string;
let ham: string;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  [ber, ham] = [(await makeStore(t.db)).id, (await makeStore(t.db)).id];
  const routing = channelRouting();
  channels = {
    web: await makeChannel(t.db, { code: routing.storefront, key: null }),
    b2b: await makeChannel(t.db, { code: routing.b2b, kind: 'b2b', key: null }),
    showroom: await makeChannel(t.db, { code: routing.showroom, kind: 'showroom', key: null }),
  };
  const company = await makeCompany(t.db, { members: [{ role: 'viewer' }] });
  people = {
    consumer: await actorOf(t.db, await makeCustomer(t.db)),
    member: await actorOf(t.db, company.members[0]!),
    berStaff: await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber] })),
    admin: await actorOf(t.db, await makeAdmin(t.db)),
  };
});
afterAll(() => t.drop());
beforeEach(() => {
  jar.clear();
  requestHeaders.delete('host');
});

async function contextAs(actor: Actor | null) {
  state.actor = actor;
  const { getRequestContext } = await import('./request-context');
  const context = await getRequestContext();
  return { channel: context.channel.code, audience: context.audienceKind, store: context.showroomStoreId };
}

describe('getRequestContext', () => {
  it('gives guests and consumers the storefront channel and company members (any role) the b2b channel', async () => {
    expect(await contextAs(null)).toEqual({ channel: channels.web.code, audience: 'storefront', store: null });
    expect((await contextAs(people.consumer)).channel).toBe(channels.web.code);
    expect(await contextAs(people.member)).toEqual({ channel: channels.b2b.code, audience: 'b2b', store: null });
  });

  it('opens showroom mode only at a store the staff member may sell in', async () => {
    jar.set(SHOWROOM_COOKIE, { value: ber });
    expect(await contextAs(people.berStaff)).toEqual({
      channel: channels.showroom.code,
      audience: 'showroom',
      store: ber,
    });
    expect((await contextAs(people.admin)).store).toBe(ber);
    // The cookie alone is nothing: a consumer or a member who sets it shops as before.
    expect((await contextAs(people.consumer)).channel).toBe(channels.web.code);
    expect((await contextAs(people.member)).channel).toBe(channels.b2b.code);
    jar.set(SHOWROOM_COOKIE, { value: ham });
    expect(await contextAs(people.berStaff)).toEqual({
      channel: channels.web.code,
      audience: 'storefront',
      store: null,
    });
  });
});
