// The customer in context against a real database: the search by e-mail, customer number and phone in
// any format, a customer created on the spot with their consent rows, and the profile staff see.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentRecords, customerProfiles, quotes } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { AppError } from '@/lib/platform/errors';
import {
  actorOf,
  makeChannel,
  makeCustomer,
  makeOrder,
  makeProduct,
  makeStaff,
  makeStore,
  makeUser,
  uniqueSuffix,
  type MadeChannel,
  type MadeLocation,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findShowroomCustomers, getShowroomCustomerProfile } from './showroom-customers.reads';
import { createShowroomCustomerInput } from './showroom-customers.schemas';
import { createShowroomCustomer } from './showroom-customers.writes';

let t: TestDatabase;
let ber: MadeLocation;
let ham: MadeLocation;
let showroom: MadeChannel;
let web: MadeChannel;
let berStaff: Actor;
let hamStaff: Actor;

beforeAll(async () => {
  t = await createTestDatabase();
  [ber, ham] = [await makeStore(t.db), await makeStore(t.db)];
  showroom = await makeChannel(t.db, { kind: 'showroom', key: null, locationIds: [ber.id, ham.id] });
  web = await makeChannel(t.db, { key: null, locationIds: [ber.id] });
  berStaff = await actorOf(t.db, await makeStaff(t.db, { name: 'Bea Berlin', locationIds: [ber.id] }));
  hamStaff = await actorOf(t.db, await makeStaff(t.db, { locationIds: [ham.id] }));
});
afterAll(() => t.drop());

/** A profile without an account, as a store visit or a guest purchase leaves it. */
async function makeProfile(fields: { phone?: string; firstName?: string; email?: string } = {}) {
  const email = fields.email ?? `walk-in-${uniqueSuffix()}@example.com`;
  const [row] = await t.db
    .insert(customerProfiles)
    .values({ email, firstName: fields.firstName ?? 'Wanda', lastName: 'Walker', phone: fields.phone ?? null })
    .returning({
      id: customerProfiles.id,
      customerNumber: customerProfiles.customerNumber,
      email: customerProfiles.email,
    });
  return row!;
}

const find = (text: string, actor: Actor = berStaff) => findShowroomCustomers(t.db, actor, ber.id, text);
const form = (fields: Record<string, string>) =>
  createShowroomCustomerInput.parse({
    firstName: 'Nina',
    lastName: 'Neu',
    email: `nina-${uniqueSuffix()}@example.com`,
    ...fields,
  });

describe('findShowroomCustomers', () => {
  it('finds a customer by e-mail, whatever its case', async () => {
    const profile = await makeProfile({ email: `case-${uniqueSuffix()}@example.com` });
    expect((await find(`  ${profile.email.toUpperCase()} `)).map((h) => h.profileId)).toEqual([profile.id]);
  });

  it('finds a customer by number', async () => {
    const profile = await makeProfile();
    const hits = await find(String(profile.customerNumber));
    expect(hits).toEqual([expect.objectContaining({ profileId: profile.id, customerNumber: profile.customerNumber })]);
  });

  it.each([
    ['030 5550199', '+49 30 5550199'],
    ['+49 (0)30 5550288', '030/555 02 88'],
    ['0049 30 5550377', '0305550377'],
    ['0171 5550466', '+49 171 555 04 66'],
  ])('finds a phone stored as “%s” when staff type “%s”, and shows it masked', async (stored, typed) => {
    const profile = await makeProfile({ phone: stored });
    const hits = await find(typed);
    expect(hits.map((h) => h.profileId)).toEqual([profile.id]);
    expect(hits[0]!.maskedPhone).toMatch(/^[+•() /0-9]*\d{3}$/);
    expect(hits[0]!.maskedPhone!.replace(/\D/g, '')).toHaveLength(3);
  });

  it('lists everyone sharing a phone number, and no one for another number', async () => {
    const phone = `040 555${String(Date.now()).slice(-4)}`;
    const [a, b] = [await makeProfile({ phone, firstName: 'Anna' }), await makeProfile({ phone, firstName: 'Bernd' })];
    expect((await find(phone.replace(/^0/, '+49 '))).map((h) => h.profileId)).toEqual([a.id, b.id]);
    expect(await find('040 9999999')).toEqual([]);
  });

  it('looks phone numbers up through the index on phone_digits', async () => {
    // The demo-sized table would be read whole anyway: forbid that to see the index is usable at all.
    const plan = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute(
        sql`explain select id from customer_profiles where phone_digits in (${'0305550199'}, ${'49305550199'})`,
      );
    });
    expect(JSON.stringify(plan)).toContain('customer_profiles_phone_idx');
  });

  it('is for staff of the store only', async () => {
    await expect(find('someone@example.com', hamStaff)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(findShowroomCustomers(t.db, null, ber.id, 'someone@example.com')).rejects.toMatchObject({
      code: 'auth.sign_in_required',
    });
  });
});

describe('createShowroomCustomer', () => {
  const place = () => ({ storeId: ber.id, channelId: showroom.id });

  it('creates a profile without an account and one consent row per purpose, with store, staff and time', async () => {
    const before = new Date();
    const input = form({ phone: '030 1234567', marketing_email: 'on', marketing_sms: 'on' });
    const made = await createShowroomCustomer(t.db, berStaff, place(), input);
    expect(made.customerNumber).toBeGreaterThanOrEqual(100001);
    const [profile] = await t.db.select().from(customerProfiles).where(eq(customerProfiles.id, made.profileId));
    expect(profile).toMatchObject({
      userId: null,
      email: input.email,
      firstName: 'Nina',
      lastName: 'Neu',
      phone: '030 1234567',
      phoneDigits: '0301234567',
      marketingConsent: true,
      createdById: berStaff.userId,
      createdLocationId: ber.id,
    });
    const rows = await t.db.select().from(consentRecords).where(eq(consentRecords.profileId, made.profileId));
    expect(rows.map((r) => [r.purpose, r.granted]).sort()).toEqual([
      ['marketing_email', true],
      ['marketing_phone', false],
      ['marketing_sms', true],
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ channelId: showroom.id, locationId: ber.id, recordedById: berStaff.userId });
      expect(row.recordedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    }
  });

  it('records refusals too, and marketing_consent follows the e-mail choice', async () => {
    const made = await createShowroomCustomer(
      t.db,
      berStaff,
      place(),
      form({ marketing_phone: 'on', phone: '0171 2345678' }),
    );
    const [profile] = await t.db.select().from(customerProfiles).where(eq(customerProfiles.id, made.profileId));
    expect(profile!.marketingConsent).toBe(false);
    const rows = await t.db.select().from(consentRecords).where(eq(consentRecords.profileId, made.profileId));
    expect(rows.filter((r) => r.granted).map((r) => r.purpose)).toEqual(['marketing_phone']);
  });

  it('refuses an e-mail address that already has a profile and writes nothing', async () => {
    const existing = await makeProfile();
    const count = async () => (await t.db.select().from(customerProfiles)).length;
    const before = await count();
    const error = await createShowroomCustomer(
      t.db,
      berStaff,
      place(),
      form({ email: existing.email.toUpperCase() }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'customer.email_taken', field: 'email' });
    expect(await count()).toBe(before);
  });

  it('links an existing account of that address that has no profile yet', async () => {
    const account = await makeUser(t.db);
    const made = await createShowroomCustomer(t.db, berStaff, place(), form({ email: account.email }));
    const [profile] = await t.db.select().from(customerProfiles).where(eq(customerProfiles.id, made.profileId));
    expect(profile!.userId).toBe(account.id);
  });

  it('is for staff of the store only', async () => {
    const input = form({});
    await expect(createShowroomCustomer(t.db, hamStaff, place(), input)).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    expect(await t.db.select().from(customerProfiles).where(eq(customerProfiles.email, input.email))).toEqual([]);
  });

  it.each([
    [{ firstName: ' ' }, 'firstName'],
    [{ lastName: '' }, 'lastName'],
    [{ email: 'not-an-address' }, 'email'],
    [{ phone: 'call me' }, 'phone'],
    [{ phone: '123' }, 'phone'],
    [{ marketing_sms: 'on' }, 'phone'],
  ])('the schema refuses %o at %s', (fields, field) => {
    const result = createShowroomCustomerInput.safeParse({
      firstName: 'A',
      lastName: 'B',
      email: 'a@example.com',
      ...fields,
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe('getShowroomCustomerProfile', () => {
  it('shows details, the latest consent per purpose, orders from every channel, open pickups and quotes', async () => {
    const customer = await makeCustomer(t.db);
    const [profile] = await t.db.select().from(customerProfiles).where(eq(customerProfiles.userId, customer.id));
    const variant = (await makeProduct(t.db, { variants: [{ price: 5_000 }] })).variants[0]!;
    const line = { variant, unitAmount: 5_000 };
    const day = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
    const online = await makeOrder(t.db, {
      channelId: web.id,
      userId: customer.id,
      email: customer.email,
      placedAt: day(9),
      lines: [line],
    });
    // A guest order with the same address before the account existed, collected in Berlin: not open.
    const guest = await makeOrder(t.db, {
      channelId: showroom.id,
      email: customer.email,
      placedAt: day(20),
      fulfilment: 'pickup',
      pickupLocationId: ber.id,
      status: 'collected',
      lines: [line],
    });
    const waiting = await makeOrder(t.db, {
      channelId: web.id,
      userId: customer.id,
      email: customer.email,
      placedAt: day(1),
      fulfilment: 'ship_to_store',
      pickupLocationId: ham.id,
      status: 'ready_for_pickup',
      lines: [line],
    });
    await makeOrder(t.db, { channelId: web.id, email: 'someone-else@example.com', lines: [line] });
    await t.db.insert(consentRecords).values([
      { profileId: profile!.id, purpose: 'marketing_email', granted: true, recordedAt: day(30) },
      {
        profileId: profile!.id,
        purpose: 'marketing_email',
        granted: false,
        locationId: ber.id,
        recordedById: berStaff.userId,
        recordedAt: day(2),
      },
    ]);
    const [quote] = await t.db
      .insert(quotes)
      .values({
        tokenHash: createHash('sha256').update(uniqueSuffix()).digest('hex'),
        channelId: showroom.id,
        locationId: ber.id,
        profileId: profile!.id,
        currency: 'EUR',
        pricesIncludeVat: true,
        totalAmount: 129_900,
        validUntil: '2099-12-31',
      })
      .returning({ id: quotes.id, number: quotes.number });

    const shown = await getShowroomCustomerProfile(t.db, berStaff, ber.id, profile!.id);
    expect(shown).toMatchObject({ profileId: profile!.id, email: customer.email, hasAccount: true });
    expect(shown!.consents).toEqual([
      expect.objectContaining({
        purpose: 'marketing_email',
        granted: false,
        locationName: ber.name,
        recordedByName: 'Bea Berlin',
      }),
    ]);
    expect(shown!.orders.map((o) => o.number)).toEqual([waiting.number, online.number, guest.number]);
    expect(shown!.orders.map((o) => o.channelName)).toEqual([web.name, web.name, showroom.name]);
    expect(shown!.pickups).toEqual([
      expect.objectContaining({ number: waiting.number, storeName: ham.name, status: 'ready_for_pickup' }),
    ]);
    expect(shown!.quotes).toEqual([
      {
        id: quote!.id,
        number: quote!.number,
        validUntil: '2099-12-31',
        totalAmount: 129_900,
        currency: 'EUR',
        status: 'open',
      },
    ]);
    // Nothing of the account's secrets crosses: no password hash, no payment data.
    expect(JSON.stringify(shown)).not.toMatch(/password|scrypt|payment/i);
  });

  it('is null for an unknown profile and refused to staff of another store', async () => {
    expect(await getShowroomCustomerProfile(t.db, berStaff, ber.id, '00000000-0000-4000-8000-000000000000')).toBeNull();
    const profile = await makeProfile();
    await expect(getShowroomCustomerProfile(t.db, hamStaff, ber.id, profile.id)).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });
});
