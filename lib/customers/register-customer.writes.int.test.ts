import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerProfiles, users } from '@/db/schema';
import { verifyPassword } from '@/lib/platform/auth/password';
import { makeCustomer, uniqueSuffix } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { registerCustomer } from './register-customer.writes';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('registerCustomer', () => {
  it('creates a customer with a scrypt hash and a cross-channel profile', async () => {
    const email = `nora-${uniqueSuffix()}@example.com`;
    const { userId } = await registerCustomer(t.db, {
      name: 'Nora Neu',
      email,
      password: 'a-long-enough-password',
    });
    const [user] = await t.db.select().from(users).where(eq(users.id, userId));
    expect(user!.roles).toEqual(['customer']);
    expect(user!.passwordHash.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('a-long-enough-password', user!.passwordHash)).toBe(true);
    const [profile] = await t.db.select().from(customerProfiles).where(eq(customerProfiles.userId, userId));
    expect(profile).toMatchObject({ email, firstName: 'Nora', lastName: 'Neu' });
  });

  it('refuses an existing email with a field error', async () => {
    const existing = await makeCustomer(t.db);
    await expect(
      registerCustomer(t.db, { name: 'Dup', email: existing.email, password: 'a-long-enough-password' }),
    ).rejects.toMatchObject({
      status: 409,
      code: 'customer.email_taken',
      field: 'email',
    });
  });

  it('creates exactly one account when the same email signs up in parallel', async () => {
    const email = `race-${uniqueSuffix()}@example.com`;
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        registerCustomer(t.db, {
          name: 'Race Condition',
          email,
          password: 'a-long-enough-password',
        }),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(await t.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
    expect(await t.db.select().from(customerProfiles).where(eq(customerProfiles.email, email))).toHaveLength(1);
  });
});
