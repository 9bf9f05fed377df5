import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { makeCompany, makeCustomer, makeCustomerGroup, makeMerchandiser, type MadeUser } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { channelRoutingFrom } from '@/lib/channels/channel-routing.rules';
import { createVisitorOf } from './visitor';

const SECRET = 'visitor-test-secret-long-enough-for-hkdf';
let t: TestDatabase;
let anna: MadeUser;
let ben: MadeUser;
let carla: MadeUser;
let customer: MadeUser;
let merch: MadeUser;

async function requestAs(user: MadeUser) {
  const token = await encode({ token: { sub: user.id }, secret: SECRET, salt: 'authjs.session-token' });
  return { headers: { cookie: `locale=en; authjs.session-token=${token}` } } as never;
}

beforeAll(async () => {
  t = await createTestDatabase();
  // Two members of one company; a member of another company that is in a customer group; a consumer in a group.
  const acme = await makeCompany(t.db, { members: [{ role: 'admin' }, { role: 'buyer' }] });
  [anna, ben] = [acme.members[0]!, acme.members[1]!];
  const globex = await makeCompany(t.db, { members: [{ role: 'admin' }] });
  carla = globex.members[0]!;
  customer = await makeCustomer(t.db);
  await makeCustomerGroup(t.db, { companyIds: [globex.id] });
  await makeCustomerGroup(t.db, { userIds: [customer.id] });
  merch = await makeMerchandiser(t.db);
});
afterAll(() => t.drop());

describe('page cache visitor context', () => {
  it('is anonymous without a session, the pricing context with one, and unknown (render) otherwise', async () => {
    const visitorOf = createVisitorOf(t.db, SECRET, channelRoutingFrom({}));
    expect(await visitorOf({ headers: {} } as never)).toBe('web|anonymous');
    const [annaKey, benKey, carlaKey, customerKey, merchKey] = [
      await visitorOf(await requestAs(anna)),
      await visitorOf(await requestAs(ben)),
      await visitorOf(await requestAs(carla)),
      await visitorOf(await requestAs(customer)),
      await visitorOf(await requestAs(merch)),
    ];
    // Two members of one company share their pages; other companies, groups and back-office users do not.
    expect(annaKey).toBe(benKey);
    expect(new Set([annaKey, carlaKey, customerKey, merchKey, 'web|anonymous']).size).toBe(5);
    expect(merchKey).toMatch(/^web\|buyer\|backoffice\|/);
    // Company members shop the b2b channel; consumers the storefront's.
    expect(annaKey).toMatch(/^b2b\|/);
    expect(carlaKey).toMatch(/^b2b\|/);
    expect(customerKey).toMatch(/^web\|/);
    expect(await visitorOf({ headers: { cookie: 'authjs.session-token=forged' } } as never)).toBeNull();
    // Two session cookies: Auth.js reads the first, a reader could take the second; never cached.
    const [annaCookie, customerCookie] = [
      ((await requestAs(anna)) as { headers: { cookie: string } }).headers.cookie.split('; ')[1]!,
      ((await requestAs(customer)) as { headers: { cookie: string } }).headers.cookie.split('; ')[1]!,
    ];
    expect(await visitorOf({ headers: { cookie: `${annaCookie}; ${customerCookie}` } } as never)).toBeNull();
    expect(await visitorOf({ headers: { cookie: `${customerCookie}; __Secure-${annaCookie}` } } as never)).toBeNull();

    // A showroom session always renders (its channel depends on the staff member's stores).
    const staffRequest = (await requestAs(merch)) as { headers: { cookie: string } };
    staffRequest.headers.cookie += '; showroom_store=x';
    expect(await visitorOf(staffRequest as never)).toBeNull();

    await t.db.update(users).set({ active: false }).where(eq(users.id, customer.id));
    expect(await visitorOf(await requestAs(customer))).toBeNull();
  });

  it("gives every visitor of a b2b host the b2b channel, so their pages never meet the storefront's", async () => {
    const visitorOf = createVisitorOf(t.db, SECRET, channelRoutingFrom({ B2B_HOSTS: 'b2b.example.com' }));
    expect(await visitorOf({ headers: { host: 'b2b.example.com:3000' } } as never)).toBe('b2b|anonymous');
    expect(await visitorOf({ headers: { host: 'shop.example.com' } } as never)).toBe('web|anonymous');
    const consumer = (await requestAs(customer)) as { headers: Record<string, string> };
    consumer.headers.host = 'b2b.example.com';
    await t.db.update(users).set({ active: true }).where(eq(users.id, customer.id));
    expect(await visitorOf(consumer as never)).toMatch(/^b2b\|buyer\|shop\|-\|/);
  });
});
