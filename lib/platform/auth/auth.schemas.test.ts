import { describe, expect, it } from 'vitest';
import { safeCallbackUrl, signUpInput } from './auth.schemas';

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
