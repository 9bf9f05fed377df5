// Sign-out ends the session server-side: the same session cookie, replayed afterwards, is refused by
// getCurrentActor, by /api/auth/session (which would otherwise renew it) and by the page cache's visitor;
// the user's other sessions go on.
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { makeCustomer, type MadeUser } from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { createVisitorOf } from '@/lib/platform/server/visitor';

const state = vi.hoisted(() => {
  process.env.AUTH_SECRET = 'session-revocation-test-secret-long-enough';
  return { db: undefined as unknown, cookie: '' };
});
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ cookie: state.cookie, host: 'localhost', 'x-forwarded-proto': 'http' }),
  cookies: async () => {
    const all = () =>
      state.cookie
        .split('; ')
        .filter(Boolean)
        .map((c) => ({ name: c.slice(0, c.indexOf('=')), value: c.slice(c.indexOf('=') + 1) }));
    return { getAll: all, get: (name: string) => all().find((c) => c.name === name), set: () => {}, delete: () => {} };
  },
}));

const { getCurrentActor } = await import('./current-actor');
const { handlers } = await import('./auth');
const { authenticate } = await import('./authenticate.writes');
const { signOutAction } = await import('@/app/(storefront)/auth-actions');

let t: TestDatabase;
let customer: MadeUser;
beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  customer = await makeCustomer(t.db);
});
afterAll(() => t.drop());
beforeEach(() => (state.cookie = ''));

/**
 * Signs in as Auth.js does: authenticate, then the token our jwt callback writes (user id, session
 * version, a new session id); `legacy` leaves the session id out, as in tokens from before it existed.
 */
async function signIn(user: MadeUser, legacy = false): Promise<string> {
  const result = await authenticate(t.db, { email: user.email, password: user.password, ip: '10.9.0.1' });
  if (!result.ok) throw new Error('sign-in failed');
  const token = await encode({
    token: { sub: result.user.id, sv: result.user.sessionVersion, ...(legacy ? {} : { sid: randomUUID() }) },
    secret: process.env.AUTH_SECRET!,
    salt: 'authjs.session-token',
  });
  return `authjs.session-token=${token}`;
}

async function sessionEndpoint(cookie: string) {
  const response = await handlers.GET(
    new Request('http://localhost/api/auth/session', { headers: { cookie } }) as never,
  );
  return { body: await response.json(), setCookie: response.headers.get('set-cookie') ?? '' };
}

describe('session revocation', () => {
  it('refuses a replayed session cookie after sign-out everywhere a session is read; other sessions go on', async () => {
    const cookie = await signIn(customer);
    const otherDevice = await signIn(customer);
    const visitorOf = createVisitorOf(t.db, process.env.AUTH_SECRET!);
    const asRequest = { headers: { cookie } } as never;

    state.cookie = cookie;
    expect(await getCurrentActor()).toMatchObject({ userId: customer.id });
    expect((await sessionEndpoint(cookie)).body).toMatchObject({ user: { id: customer.id } });
    expect(await visitorOf(asRequest)).toMatch(/\|buyer\|/);

    await expect(signOutAction()).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') });

    state.cookie = cookie;
    expect(await getCurrentActor()).toBeNull();
    const replayed = await sessionEndpoint(cookie);
    expect(replayed.body).toBeNull();
    // Not renewed: Auth.js answers by deleting the cookie.
    expect(replayed.setCookie).not.toMatch(/authjs\.session-token=ey/);
    expect(await visitorOf(asRequest)).toBeNull();

    // The same person's session on another device is not ended; signing in again works.
    state.cookie = otherDevice;
    expect(await getCurrentActor()).toMatchObject({ userId: customer.id });
    expect(await visitorOf({ headers: { cookie: otherDevice } } as never)).toMatch(/\|buyer\|/);
    state.cookie = await signIn(customer);
    expect(await getCurrentActor()).toMatchObject({ userId: customer.id });
  });

  it('signing out with a token from before session ids ends all of the user’s sessions', async () => {
    const user = await makeCustomer(t.db);
    const [legacy, other] = [await signIn(user, true), await signIn(user)];
    state.cookie = legacy;
    expect(await getCurrentActor()).toMatchObject({ userId: user.id });
    await expect(signOutAction()).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') });
    for (const cookie of [legacy, other]) {
      state.cookie = cookie;
      expect(await getCurrentActor()).toBeNull();
    }
  });

  it('refuses the session of a deactivated account and a token with a forged version', async () => {
    const other = await makeCustomer(t.db);
    const cookie = await signIn(other);
    const forged = `authjs.session-token=${await encode({
      token: { sub: other.id, sv: 7 },
      secret: process.env.AUTH_SECRET!,
      salt: 'authjs.session-token',
    })}`;
    state.cookie = forged;
    expect(await getCurrentActor()).toBeNull();
    await t.db.update(users).set({ active: false }).where(eq(users.id, other.id));
    state.cookie = cookie;
    expect(await getCurrentActor()).toBeNull();
    expect((await sessionEndpoint(cookie)).body).toBeNull();
  });
});
