// The request context resolves the channel from the session, the host and a showroom session, by the
// rules of lib/channels/channel-routing.rules.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { SHOWROOM_COOKIE } from '@/lib/channels/channel-routing.rules';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { jar, requestHeaders } from '@/lib/testing/cookie-jar';
import { eq } from 'drizzle-orm';
import { customerProfiles } from '@/db/schema';
import { findProductDetail } from '@/lib/catalog/product-detail.reads';
import { SHOWROOM_CUSTOMER_COOKIE } from '@/lib/showroom/assisted-selling.rules';
import {
  actorOf,
  makeAdmin,
  makeChannel,
  makeCompany,
  makeCustomer,
  makeCustomerGroup,
  makePriceList,
  makeProduct,
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

describe('the customer in context prices the showroom', () => {
  let slug: string;
  let regular: { userId: string; profileId: string };
  let staffInGroup: Actor;

  beforeAll(async () => {
    const product = await makeProduct(t.db, { variants: [{ price: 100_000 }] });
    slug = product.slug;
    const user = await makeCustomer(t.db);
    const [profile] = await t.db.select().from(customerProfiles).where(eq(customerProfiles.userId, user.id));
    regular = { userId: user.id, profileId: profile!.id };
    // Berlin staff who are themselves in a group with a bigger discount: never theirs in the showroom.
    const staff = await makeStaff(t.db, { locationIds: [ber] });
    staffInGroup = await actorOf(t.db, staff);
    const regulars = await makeCustomerGroup(t.db, { userIds: [user.id] });
    const employees = await makeCustomerGroup(t.db, { userIds: [staff.id] });
    await makePriceList(t.db, {
      channelIds: [channels.showroom.id],
      groupIds: [regulars.id],
      entries: [{ variantId: product.variants[0]!.id, kind: 'fixed', value: 89_900 }],
    });
    await makePriceList(t.db, {
      channelIds: [channels.showroom.id],
      groupIds: [employees.id],
      entries: [{ variantId: product.variants[0]!.id, kind: 'fixed', value: 50_000 }],
    });
  });

  /** The price the showroom product view shows (the same read with the context's channel and audience). */
  async function shownPrice(actor: Actor | null) {
    state.actor = actor;
    const { getRequestContext } = await import('./request-context');
    const { channel, audience, showroomCustomer } = await getRequestContext();
    const product = await findProductDetail(t.db, channel, slug, audience);
    return {
      channel: channel.code,
      customer: showroomCustomer?.profileId ?? null,
      amount: product?.variants[0]?.price?.amount,
    };
  }

  it('shows a walk-in everyone’s price, not the staff member’s own', async () => {
    jar.set(SHOWROOM_COOKIE, { value: ber });
    expect(await shownPrice(staffInGroup)).toEqual({
      channel: channels.showroom.code,
      customer: null,
      amount: 100_000,
    });
  });

  it('shows the customer in context their group’s price', async () => {
    jar.set(SHOWROOM_COOKIE, { value: ber });
    jar.set(SHOWROOM_CUSTOMER_COOKIE, { value: regular.profileId });
    expect(await shownPrice(staffInGroup)).toEqual({
      channel: channels.showroom.code,
      customer: regular.profileId,
      amount: 89_900,
    });
  });

  it('ignores the customer cookie outside a showroom session, and a malformed one inside', async () => {
    jar.set(SHOWROOM_CUSTOMER_COOKIE, { value: regular.profileId });
    expect(await shownPrice(people.consumer)).toMatchObject({ channel: channels.web.code, customer: null });
    jar.set(SHOWROOM_COOKIE, { value: ham });
    expect((await shownPrice(staffInGroup)).customer).toBeNull(); // not their store: no session at all
    jar.set(SHOWROOM_COOKIE, { value: ber });
    jar.set(SHOWROOM_CUSTOMER_COOKIE, { value: 'not-a-profile' });
    expect(await shownPrice(staffInGroup)).toEqual({
      channel: channels.showroom.code,
      customer: null,
      amount: 100_000,
    });
  });
});
