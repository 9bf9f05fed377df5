import { describe, expect, it } from 'vitest';
import { authHref, safeCallbackUrl, signUpInput } from './auth.schemas';

describe('safeCallbackUrl', () => {
  it.each([
    [undefined, '/account'],
    ['', '/account'],
    ['/admin/products?q=x', '/admin/products?q=x'],
    ['http://localhost:3000/admin', '/admin'],
    ['https://evil.example/steal', '/steal'],
    ['//evil.example/x', '/x'],
    ['/\\evil.example', '/'],
    ['http://a.example//evil.example', '/account'],
    ['javascript:alert(1)', '/account'],
    ['/api/auth/signout', '/account'],
  ])('%s -> %s', (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});

describe('signUpInput', () => {
  it('normalises the email and requires a long password', () => {
    expect(signUpInput.parse({ name: ' Ana ', email: ' Ana@Example.COM ', password: 'x'.repeat(12) })).toEqual({
      name: 'Ana',
      email: 'ana@example.com',
      password: 'x'.repeat(12),
    });
    expect(
      signUpInput
        .safeParse({ name: 'A', email: 'nope', password: 'short' })
        .error?.issues.map((i) => i.path[0])
        .sort(),
    ).toEqual(['email', 'name', 'password']);
  });
});

describe('authHref', () => {
  it.each([
    ['/sign-in', '/cart', '/sign-in?callbackUrl=%2Fcart'],
    ['/sign-in', '/checkout?step=2', '/sign-in?callbackUrl=%2Fcheckout%3Fstep%3D2'],
    ['/sign-up', '/c/bikes', '/sign-up?callbackUrl=%2Fc%2Fbikes'],
    ['/sign-in', undefined, '/sign-in'],
    ['/sign-in', '', '/sign-in'],
    ['/sign-in', '/sign-in', '/sign-in'],
    ['/sign-in', '/sign-up?callbackUrl=/cart', '/sign-in'],
    ['/sign-in', '//evil.example/x', '/sign-in'],
    ['/sign-in', 'https://evil.example/x', '/sign-in'],
    ['/sign-in', '/\\evil.example', '/sign-in'],
    ['/sign-in', 'javascript:alert(1)', '/sign-in'],
    ['/sign-in', '/api/auth/signout', '/sign-in'],
  ] as const)('%s from %j -> %s', (page, from, expected) => {
    expect(authHref(page, from)).toBe(expected);
  });
});
