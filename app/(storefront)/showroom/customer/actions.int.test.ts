// The customer-in-context actions check the showroom session and `showroom:sell` at its store themselves:
// Hamburg staff holding a Berlin session cookie, customers and anonymous callers are refused and nothing
// is set or written.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { consentRecords, customerProfiles } from '@/db/schema';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { SHOWROOM_COOKIE } from '@/lib/channels/channel-routing.rules';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { SHOWROOM_CUSTOMER_COOKIE } from '@/lib/showroom/assisted-selling.rules';
import { jar } from '@/lib/testing/cookie-jar';
import {
  actorOf,
  makeAdmin,
  makeChannel,
  makeCustomer,
  makeStaff,
  makeStore,
  uniqueSuffix,
  type MadeChannel,
  type MadeLocation,
  type MadeUser,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ actor: null as Actor | null, db: null as unknown }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/platform/auth/auth', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: vi.fn() }));
vi.mock('next/cache', () => ({ unstable_cache: <F>(fn: F) => fn, updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => import('@/lib/testing/cookie-jar'));
// Outside React's server renderer `cache` would memoise across calls: resolve afresh each time here.
vi.mock('react', async (original) => ({ ...(await original<typeof import('react')>()), cache: <F>(fn: F) => fn }));

type Actions = typeof import('./actions');
type Result = Awaited<ReturnType<Actions[keyof Actions]>> | { redirect: string | undefined };

let t: TestDatabase;
let ber: MadeLocation;
let showroom: MadeChannel;
let known: MadeUser;
let people: Record<'berStaff' | 'hamStaff' | 'admin' | 'customer', Actor>;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  ber = await makeStore(t.db);
  const ham = await makeStore(t.db);
  showroom = await makeChannel(t.db, { code: channelRouting().showroom, kind: 'showroom', key: null });
  await makeChannel(t.db, { code: channelRouting().storefront, key: null });
  known = await makeCustomer(t.db, { name: 'Kim Known' });
  people = {
    berStaff: await actorOf(t.db, await makeStaff(t.db, { locationIds: [ber.id] })),
    hamStaff: await actorOf(t.db, await makeStaff(t.db, { locationIds: [ham.id] })),
    admin: await actorOf(t.db, await makeAdmin(t.db)),
    customer: await actorOf(t.db, await makeCustomer(t.db)),
  };
});
afterAll(() => t.drop());
beforeEach(() => {
  jar.clear();
  jar.set(SHOWROOM_COOKIE, { value: ber.id });
});

/** Calls an action as `actor` in a Berlin showroom session (the cookie; the context decides if it counts). */
async function call(name: keyof Actions, actor: Actor | null, fields: Record<string, string>): Promise<Result> {
  state.actor = actor;
  const actions = await import('./actions');
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  try {
    return await actions[name](null, form);
  } catch (error) {
    return { redirect: (error as { digest?: string }).digest?.split(';')[2] };
  }
}

const profileOf = async () =>
  (await t.db.select().from(customerProfiles).where(eq(customerProfiles.userId, known.id)))[0]!;

describe('findCustomersAction', () => {
  it('finds a customer by e-mail for staff in their store’s session', async () => {
    const result = await call('findCustomersAction', people.berStaff, { q: known.email.toUpperCase() });
    expect(result).toMatchObject({
      ok: true,
      data: { hits: [{ email: known.email, firstName: 'Kim', lastName: 'Known', maskedPhone: null }] },
    });
  });

  it('says in English and German what can be searched for', async () => {
    expect(await call('findCustomersAction', people.berStaff, { q: 'Kim' })).toMatchObject({
      ok: false,
      fieldErrors: { q: ['Enter an e-mail address, a phone number or a customer number.'] },
    });
    jar.set('locale', { value: 'de' });
    expect(await call('findCustomersAction', people.berStaff, { q: '' })).toMatchObject({
      ok: false,
      fieldErrors: { q: ['Geben Sie eine E-Mail-Adresse, eine Telefonnummer oder eine Kundennummer ein.'] },
    });
  });

  it.each([
    ['Hamburg staff with a Berlin session cookie', 'hamStaff', 'Open the showroom of your store first.'],
    ['a customer', 'customer', 'You do not have permission to do this.'],
    ['anonymous', null, 'Please sign in first.'],
  ] as const)('refuses %s', async (_name, who, formError) => {
    expect(await call('findCustomersAction', who ? people[who] : null, { q: known.email })).toMatchObject({
      ok: false,
      formError,
    });
  });

  it('refuses staff without a showroom session', async () => {
    jar.delete(SHOWROOM_COOKIE);
    expect(await call('findCustomersAction', people.berStaff, { q: known.email })).toMatchObject({
      ok: false,
      formError: 'Open the showroom of your store first.',
    });
  });
});

describe('chooseCustomerAction', () => {
  it('makes the profile the customer in context: an httpOnly cookie for the session’s 12 hours', async () => {
    const profile = await profileOf();
    expect(await call('chooseCustomerAction', people.berStaff, { profileId: profile.id })).toEqual({
      redirect: '/showroom/customer',
    });
    expect(jar.get(SHOWROOM_CUSTOMER_COOKIE)).toMatchObject({
      value: profile.id,
      options: { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 12 * 60 * 60 },
    });
  });

  it('lets an admin choose in any store’s session', async () => {
    const profile = await profileOf();
    expect(await call('chooseCustomerAction', people.admin, { profileId: profile.id })).toEqual({
      redirect: '/showroom/customer',
    });
  });

  it.each([
    ['Hamburg staff with a Berlin session cookie', 'hamStaff'],
    ['a customer', 'customer'],
    ['anonymous', null],
  ] as const)('refuses %s and sets nothing', async (_name, who) => {
    const profile = await profileOf();
    expect(await call('chooseCustomerAction', who ? people[who] : null, { profileId: profile.id })).toMatchObject({
      ok: false,
    });
    expect(jar.has(SHOWROOM_CUSTOMER_COOKIE)).toBe(false);
  });

  it('refuses an unknown or malformed profile id', async () => {
    expect(
      await call('chooseCustomerAction', people.berStaff, { profileId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, formError: 'The customer was not found.' });
    expect(await call('chooseCustomerAction', people.berStaff, { profileId: 'x' })).toMatchObject({
      ok: false,
      fieldErrors: { profileId: ['Unknown customer.'] },
    });
    expect(jar.has(SHOWROOM_CUSTOMER_COOKIE)).toBe(false);
  });
});

describe('clearCustomerAction and endShowroomAction', () => {
  it('back to a walk-in clears the customer and keeps the session', async () => {
    jar.set(SHOWROOM_CUSTOMER_COOKIE, { value: (await profileOf()).id });
    expect(await call('clearCustomerAction', people.berStaff, {})).toEqual({ redirect: '/showroom/customer' });
    expect(jar.has(SHOWROOM_CUSTOMER_COOKIE)).toBe(false);
    expect(jar.has(SHOWROOM_COOKIE)).toBe(true);
  });

  it('ending the showroom session clears the customer in context too', async () => {
    jar.set(SHOWROOM_CUSTOMER_COOKIE, { value: (await profileOf()).id });
    state.actor = people.berStaff;
    const { endShowroomAction } = await import('../actions');
    await expect(endShowroomAction(null, new FormData())).rejects.toMatchObject({
      digest: expect.stringContaining(';/;'),
    });
    expect(jar.has(SHOWROOM_CUSTOMER_COOKIE)).toBe(false);
    expect(jar.has(SHOWROOM_COOKIE)).toBe(false);
  });
});

describe('createCustomerAction', () => {
  const fields = (overrides: Record<string, string> = {}) => ({
    firstName: 'Nora',
    lastName: 'Neukundin',
    email: `nora-${uniqueSuffix()}@example.com`,
    phone: '+49 30 7654321',
    marketing_email: 'on',
    ...overrides,
  });

  it('creates the customer with their consent at this store by this staff member and puts them in context', async () => {
    const input = fields();
    expect(await call('createCustomerAction', people.berStaff, input)).toEqual({ redirect: '/showroom/customer' });
    const [profile] = await t.db.select().from(customerProfiles).where(eq(customerProfiles.email, input.email));
    expect(profile).toMatchObject({
      createdById: people.berStaff.userId,
      createdLocationId: ber.id,
      marketingConsent: true,
    });
    expect(jar.get(SHOWROOM_CUSTOMER_COOKIE)?.value).toBe(profile!.id);
    const consents = await t.db.select().from(consentRecords).where(eq(consentRecords.profileId, profile!.id));
    expect(consents).toHaveLength(3);
    for (const row of consents)
      expect(row).toMatchObject({ channelId: showroom.id, locationId: ber.id, recordedById: people.berStaff.userId });
  });

  it('offers the existing customer for an address that already has a profile', async () => {
    const result = await call('createCustomerAction', people.berStaff, fields({ email: known.email }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { email: ['A customer with this e-mail address already exists.'] },
      data: { existing: { email: known.email, firstName: 'Kim', lastName: 'Known' } },
      values: { firstName: 'Nora' },
    });
    expect(jar.has(SHOWROOM_CUSTOMER_COOKIE)).toBe(false);
  });

  it('answers bad input field by field, in German too', async () => {
    jar.set('locale', { value: 'de' });
    const result = await call('createCustomerAction', people.berStaff, {
      firstName: '',
      lastName: 'X',
      email: 'nope',
      phone: '12',
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        firstName: ['Geben Sie den Vornamen ein.'],
        email: ['Geben Sie eine gültige E-Mail-Adresse ein.'],
        phone: ['Geben Sie eine Telefonnummer mit 6 bis 15 Ziffern ein, z. B. 030 1234567.'],
      },
    });
  });

  it.each([
    ['Hamburg staff with a Berlin session cookie', 'hamStaff'],
    ['a customer', 'customer'],
    ['anonymous', null],
  ] as const)('refuses %s and writes nothing', async (_name, who) => {
    const input = fields();
    expect(await call('createCustomerAction', who ? people[who] : null, input)).toMatchObject({ ok: false });
    expect(await t.db.select().from(customerProfiles).where(eq(customerProfiles.email, input.email))).toEqual([]);
    expect(jar.has(SHOWROOM_CUSTOMER_COOKIE)).toBe(false);
  });
});
