import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThrottle, users } from '@/db/schema';
import { makeAdmin, makeCompany, makeCustomer, type MadeUser } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { authenticate } from './authenticate.writes';
import { accountKey, THROTTLE } from './login-throttle.writes';

let t: TestDatabase;
let customer: MadeUser;
let buyer: MadeUser;
let admin: MadeUser;
let companyAdmin: MadeUser;
beforeAll(async () => {
  t = await createTestDatabase();
  customer = await makeCustomer(t.db);
  const company = await makeCompany(t.db, { members: [{ role: 'buyer' }, { role: 'admin' }] });
  [buyer, companyAdmin] = [company.members[0]!, company.members[1]!];
  admin = await makeAdmin(t.db);
});
afterAll(() => t.drop());

describe('authenticate', () => {
  it('accepts the right password (case-insensitive email) and rejects a wrong one', async () => {
    const typed = ` ${customer.email.replace(/^./, (c) => c.toUpperCase()).replace('@e', '@E')} `;
    expect(typed).not.toBe(customer.email);
    const ok = await authenticate(t.db, { email: typed, password: customer.password, ip: '10.0.0.1' });
    expect(ok).toMatchObject({ ok: true, user: { email: customer.email, roles: ['customer'] } });
    expect(await authenticate(t.db, { email: customer.email, password: 'wrong', ip: '10.0.0.1' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(
      await authenticate(t.db, { email: 'nobody@example.com', password: customer.password, ip: '10.0.0.1' }),
    ).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks an account after repeated failures, even for the right password, until the lock expires', async () => {
    const { email, password } = buyer;
    for (let i = 1; i < THROTTLE.maxFailuresPerAccount; i++) {
      expect(await authenticate(t.db, { email, password: 'wrong', ip: `10.1.0.${i}` })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    expect(await authenticate(t.db, { email, password: 'wrong', ip: '10.1.0.99' })).toMatchObject({
      ok: false,
      reason: 'rate_limited',
    });
    expect(await authenticate(t.db, { email, password, ip: '10.1.0.100' })).toMatchObject({
      ok: false,
      reason: 'rate_limited',
      retryInMinutes: THROTTLE.lockMinutes,
    });
    await t.db
      .update(loginThrottle)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(loginThrottle.key, accountKey(email)));
    expect(await authenticate(t.db, { email, password, ip: '10.1.0.100' })).toMatchObject({
      ok: true,
    });
  });

  it('limits failures per IP across accounts', async () => {
    const ip = '10.2.0.1';
    for (let i = 0; i < THROTTLE.maxFailuresPerIp - 1; i++) {
      await authenticate(t.db, { email: `spray-${i}@example.com`, password: 'x', ip });
    }
    expect(await authenticate(t.db, { email: 'spray-last@example.com', password: 'x', ip })).toMatchObject({
      reason: 'rate_limited',
    });
    expect(await authenticate(t.db, { email: admin.email, password: admin.password, ip })).toMatchObject({
      reason: 'rate_limited',
    });
    expect(await authenticate(t.db, { email: admin.email, password: admin.password, ip: '10.2.0.2' })).toMatchObject({
      ok: true,
    });
  });

  it('counts parallel failures exactly (no lost updates)', async () => {
    const email = 'parallel@example.com';
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => authenticate(t.db, { email, password: 'x', ip: `10.3.0.${i}` })),
    );
    const [row] = await t.db
      .select()
      .from(loginThrottle)
      .where(eq(loginThrottle.key, accountKey(email)));
    expect(row!.failures).toBe(12);
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses deactivated accounts', async () => {
    const { email, password } = companyAdmin;
    expect(await authenticate(t.db, { email, password, ip: '10.4.0.1' })).toMatchObject({ ok: true });
    await t.db.update(users).set({ active: false }).where(eq(users.id, companyAdmin.id));
    expect(await authenticate(t.db, { email, password, ip: '10.4.0.1' })).toEqual({ ok: false, reason: 'invalid' });
  });
});
