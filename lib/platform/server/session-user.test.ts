import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { sessionUser } from './session-user';

const sessionUserId = async (cookies: Map<string, string>, secret: string) =>
  (await sessionUser(cookies, secret))?.userId ?? null;

const SECRET = 'a-test-secret-that-is-long-enough-for-hkdf';
const token = (sub: string, name = 'authjs.session-token', maxAge = 3600) =>
  encode({ token: { sub }, secret: SECRET, salt: name, maxAge });

describe('sessionUserId', () => {
  it('reads the user id of a valid session, plain, __Secure- or chunked', async () => {
    expect(await sessionUserId(new Map([['authjs.session-token', await token('user-1')]]), SECRET)).toBe('user-1');
    expect(
      await sessionUserId(
        new Map([['__Secure-authjs.session-token', await token('user-2', '__Secure-authjs.session-token')]]),
        SECRET,
      ),
    ).toBe('user-2');
    const whole = await token('user-3');
    const chunked = new Map([
      ['authjs.session-token.0', whole.slice(0, 40)],
      ['authjs.session-token.1', whole.slice(40)],
    ]);
    expect(await sessionUserId(chunked, SECRET)).toBe('user-3');
  });

  it('refuses tampered, foreign-secret, wrong-salt and expired tokens, and no cookie at all', async () => {
    const valid = await token('user-1');
    expect(await sessionUserId(new Map([['authjs.session-token', `${valid.slice(0, -4)}AAAA`]]), SECRET)).toBeNull();
    expect(await sessionUserId(new Map([['authjs.session-token', valid]]), `${SECRET}-other`)).toBeNull();
    expect(
      await sessionUserId(
        new Map([['authjs.session-token', await token('user-1', '__Secure-authjs.session-token')]]),
        SECRET,
      ),
    ).toBeNull();
    expect(
      await sessionUserId(
        new Map([['authjs.session-token', await token('user-1', 'authjs.session-token', -60)]]),
        SECRET,
      ),
    ).toBeNull();
    expect(await sessionUserId(new Map(), SECRET)).toBeNull();
  });

  it('reads the session id and version: version 0 and no id in tokens from before they existed, -1 for a malformed version', async () => {
    const sid = '0b7e2c1a-1d2f-4a5b-8c9d-0e1f2a3b4c5d';
    const cookie = async (claims: Record<string, unknown>) =>
      new Map([
        ['authjs.session-token', await encode({ token: claims, secret: SECRET, salt: 'authjs.session-token' })],
      ]);
    expect(await sessionUser(await cookie({ sub: 'u', sv: 3, sid }), SECRET)).toEqual({
      userId: 'u',
      sessionVersion: 3,
      sessionId: sid,
    });
    expect(await sessionUser(await cookie({ sub: 'u' }), SECRET)).toEqual({
      userId: 'u',
      sessionVersion: 0,
      sessionId: null,
    });
    expect(await sessionUser(await cookie({ sub: 'u', sv: '3', sid: 'not-a-uuid' }), SECRET)).toEqual({
      userId: 'u',
      sessionVersion: -1,
      sessionId: null,
    });
  });
});
