import { describe, expect, it } from 'vitest';
import { hasSessionCookie } from './session-cookie';

describe('hasSessionCookie', () => {
  it.each([
    [['authjs.session-token'], true],
    [['__Secure-authjs.session-token'], true],
    [['authjs.session-token.0', 'authjs.session-token.1'], true],
    [['authjs.csrf-token', 'authjs.callback-url'], false],
    [['next-auth.session-token'], false],
    [['xauthjs.session-token'], false],
    [[], false],
  ])('%o -> %s', (names, expected) => {
    expect(hasSessionCookie(names.map((name) => ({ name })))).toBe(expected);
  });
});
