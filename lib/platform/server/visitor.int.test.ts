import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { createVisitorOf } from './visitor';

const SECRET = 'visitor-test-secret-long-enough-for-hkdf';
let t: TestDatabase;

async function requestAs(email: string) {
  const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const token = await encode({ token: { sub: user!.id }, secret: SECRET, salt: 'authjs.session-token' });
  return { headers: { cookie: `locale=en; authjs.session-token=${token}` } } as never;
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('page cache visitor context', () => {
  it('is anonymous without a session, the pricing context with one, and unknown (render) otherwise', async () => {
    const visitorOf = createVisitorOf(t.db, SECRET);
    expect(await visitorOf({ headers: {} } as never)).toBe('anonymous');
    const anna = await visitorOf(await requestAs('anna@acme.example'));
    const ben = await visitorOf(await requestAs('ben@acme.example'));
    const carla = await visitorOf(await requestAs('carla@globex.example'));
    const customer = await visitorOf(await requestAs('customer@example.com'));
    const merch = await visitorOf(await requestAs('merch@example.com'));
    // Two members of one company share their pages; other companies, groups and back-office users do not.
    expect(anna).toBe(ben);
    expect(new Set([anna, carla, customer, merch, 'anonymous']).size).toBe(5);
    expect(merch).toMatch(/^buyer\|backoffice\|/);
    expect(await visitorOf({ headers: { cookie: 'authjs.session-token=forged' } } as never)).toBeNull();

    await t.db.update(users).set({ active: false }).where(eq(users.email, 'customer@example.com'));
    expect(await visitorOf(await requestAs('customer@example.com'))).toBeNull();
  });
});
