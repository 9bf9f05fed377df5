import { describe, expect, it } from 'vitest';
import { authHref, returnPath, safeCallbackUrl } from './auth-links.rules';

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

  it.each([
    ['/checkout', '/sign-in?callbackUrl=%2Fcheckout&confirmed=1'],
    [undefined, '/sign-in?confirmed=1'],
    ['https://evil.example/x', '/sign-in?confirmed=1'],
  ] as const)('adds its flags after the return path: %j -> %s', (from, expected) => {
    expect(authHref('/sign-in', from, { confirmed: '1' })).toBe(expected);
  });
});

describe('returnPath', () => {
  it.each([
    ['/checkout', '/checkout'],
    ['/c/bikes?color=Black', '/c/bikes?color=Black'],
    [undefined, undefined],
    ['', undefined],
    ['/sign-up?callbackUrl=/cart', undefined],
    ['//evil.example/x', undefined],
    ['https://evil.example/x', undefined],
    ['/\\evil.example', undefined],
    ['javascript:alert(1)', undefined],
    ['/api/auth/signout', undefined],
  ] as const)('%j -> %j', (from, expected) => {
    expect(returnPath(from)).toBe(expected);
  });
});
