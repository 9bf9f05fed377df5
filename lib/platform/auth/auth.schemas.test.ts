import { describe, expect, it } from 'vitest';
import { signUpInput } from './auth.schemas';

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
