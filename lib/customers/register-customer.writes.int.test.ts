import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerProfiles, notificationOutbox, users } from '@/db/schema';
import { authenticate } from '@/lib/platform/auth/authenticate.writes';
import { verifyPassword } from '@/lib/platform/auth/password';
import { makeCustomer, uniqueSuffix } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { confirmEmail, registerCustomer } from './register-customer.writes';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const OPTIONS = { locale: 'en' as const, baseUrl: 'https://shop.example.com', confirmation: 'email' as const };
/** A shop that cannot send mail: the account is ready at once. */
const WITHOUT_MAIL = { ...OPTIONS, confirmation: 'none' as const };
const PASSWORD = 'a-long-enough-password';

/** The mails queued for an address, oldest first. */
const mailsTo = (email: string) =>
  t.db
    .select({ subject: notificationOutbox.subject, body: notificationOutbox.body })
    .from(notificationOutbox)
    .where(eq(notificationOutbox.email, email))
    .orderBy(notificationOutbox.createdAt);
const tokenIn = (body: string) => /\/sign-up\/confirm\?token=([\w-]+)/.exec(body)![1]!;
const signIn = (email: string, password: string) => authenticate(t.db, { email, password, ip: '10.7.0.1' });

describe('registerCustomer', () => {
  it('makes an account that signs in only after the mailed link is followed, with a cross-channel profile', async () => {
    const email = `nora-${uniqueSuffix()}@example.com`;
    expect(await registerCustomer(t.db, { name: 'Nora Neu', email, password: PASSWORD }, OPTIONS)).toBe('created');
    const [user] = await t.db.select().from(users).where(eq(users.email, email));
    expect(user!.roles).toEqual(['customer']);
    expect(user!.emailConfirmedAt).toBeNull();
    expect(await verifyPassword(PASSWORD, user!.passwordHash)).toBe(true);
    const [profile] = await t.db.select().from(customerProfiles).where(eq(customerProfiles.userId, user!.id));
    expect(profile).toMatchObject({ email, firstName: 'Nora', lastName: 'Neu' });

    expect(await signIn(email, PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe('Confirm your account');
    expect(mail!.body).toContain('https://shop.example.com/sign-up/confirm?token=');
    const token = tokenIn(mail!.body);
    expect(await confirmEmail(t.db, `${token}x`)).toBe(false);
    expect(await confirmEmail(t.db, token)).toBe(true);
    expect(await signIn(email, PASSWORD)).toMatchObject({ ok: true });
    // A link works once.
    expect(await confirmEmail(t.db, token)).toBe(false);
  });

  it('carries where the visitor signed up from in the link, if it is a path of this shop', async () => {
    const linkFor = async (callbackUrl: string) => {
      const email = `back-${uniqueSuffix()}@example.com`;
      await registerCustomer(t.db, { name: 'Bea Back', email, password: PASSWORD, callbackUrl }, OPTIONS);
      const [mail] = await mailsTo(email);
      return /https:\/\/shop\.example\.com\/sign-up\/confirm\?\S+/.exec(mail!.body)![0];
    };
    expect(await linkFor('/checkout')).toMatch(/\?token=[\w-]+&callbackUrl=%2Fcheckout$/);
    expect(await linkFor('https://evil.example/checkout')).toMatch(/\?token=[\w-]+$/);
    expect(await linkFor('/sign-in')).toMatch(/\?token=[\w-]+$/);
  });

  it('for an existing account changes nothing and mails its owner instead', async () => {
    const existing = await makeCustomer(t.db);
    const [before] = await t.db.select().from(users).where(eq(users.id, existing.id));
    expect(
      await registerCustomer(
        t.db,
        { name: 'Someone Else', email: existing.email, password: 'another-long-password' },
        OPTIONS,
      ),
    ).toBe('exists');
    const [after] = await t.db.select().from(users).where(eq(users.id, existing.id));
    expect(after).toEqual(before);
    const [mail] = await mailsTo(existing.email);
    expect(mail!.subject).toBe('Someone tried to create an account with your e-mail address');
    expect(mail!.body).toContain('https://shop.example.com/sign-in');
    expect(mail!.body).not.toContain('token=');
    expect(await signIn(existing.email, existing.password)).toMatchObject({ ok: true });
  });

  it('replaces a pending sign-up: the newest link and password count, the older link stops working', async () => {
    const email = `twice-${uniqueSuffix()}@example.com`;
    await registerCustomer(t.db, { name: 'First Try', email, password: PASSWORD }, OPTIONS);
    expect(await registerCustomer(t.db, { name: 'Second Try', email, password: 'the-newer-password' }, OPTIONS)).toBe(
      'renewed',
    );
    const [first, second] = await mailsTo(email);
    expect(await confirmEmail(t.db, tokenIn(first!.body))).toBe(false);
    expect(await confirmEmail(t.db, tokenIn(second!.body))).toBe(true);
    expect(await signIn(email, PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(email, 'the-newer-password')).toMatchObject({ ok: true, user: { name: 'Second Try' } });
  });

  it('without mail: a new account signs in at once; a known one is left alone; the answer is the same', async () => {
    const email = `quick-${uniqueSuffix()}@example.com`;
    expect(await registerCustomer(t.db, { name: 'Quinn Quick', email, password: PASSWORD }, WITHOUT_MAIL)).toBe(
      'created',
    );
    expect(await signIn(email, PASSWORD)).toMatchObject({ ok: true, user: { name: 'Quinn Quick' } });
    const [welcome] = await mailsTo(email);
    expect(welcome!.subject).toBe('Your account is ready');
    expect(welcome!.body).not.toContain('token=');

    const existing = await makeCustomer(t.db);
    const [before] = await t.db.select().from(users).where(eq(users.id, existing.id));
    const attempt = { name: 'Someone Else', email: existing.email, password: 'another-long-secret' };
    expect(await registerCustomer(t.db, attempt, WITHOUT_MAIL)).toBe('exists');
    expect((await t.db.select().from(users).where(eq(users.id, existing.id)))[0]).toEqual(before);
    expect(await signIn(existing.email, attempt.password)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses an expired link', async () => {
    const email = `late-${uniqueSuffix()}@example.com`;
    await registerCustomer(t.db, { name: 'Late Larry', email, password: PASSWORD }, OPTIONS);
    await t.db
      .update(users)
      .set({ emailConfirmationExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(users.email, email));
    const [mail] = await mailsTo(email);
    expect(await confirmEmail(t.db, tokenIn(mail!.body))).toBe(false);
  });

  it.each([
    ['qwerty123456', 'password.common'],
    ['zzzzzzzzzzzz', 'password.repeated'],
    ['my-name-is-petra', 'password.contains_name'],
  ])('refuses the password %j before writing anything', async (password, code) => {
    const email = `policy-${uniqueSuffix()}@example.com`;
    await expect(registerCustomer(t.db, { name: 'Petra Pol', email, password }, OPTIONS)).rejects.toMatchObject({
      status: 422,
      code,
      field: 'password',
    });
    expect(await t.db.select().from(users).where(eq(users.email, email))).toEqual([]);
    expect(await mailsTo(email)).toEqual([]);
  });

  it('creates exactly one account when the same email signs up in parallel', async () => {
    const email = `race-${uniqueSuffix()}@example.com`;
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        registerCustomer(t.db, { name: 'Race Condition', email, password: PASSWORD }, OPTIONS),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(8);
    expect(attempts.filter((a) => a.status === 'fulfilled' && a.value === 'created')).toHaveLength(1);
    expect(await t.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
    expect(await t.db.select().from(customerProfiles).where(eq(customerProfiles.email, email))).toHaveLength(1);
  });
});
