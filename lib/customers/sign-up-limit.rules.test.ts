import { describe, expect, it } from 'vitest';
import { signUpLimit } from './sign-up-limit.rules';

describe('signUpLimit', () => {
  it.each([
    [undefined, 10],
    ['', 10],
    ['3', 3],
    ['0', 0],
  ])('SIGN_UPS_PER_IP=%j: %i per hour', (value, limit) => {
    expect(signUpLimit({ SIGN_UPS_PER_IP: value })).toEqual({ limit, windowMinutes: 60 });
  });

  it.each(['-1', '1.5', 'ten'])('refuses %j', (value) => {
    expect(() => signUpLimit({ SIGN_UPS_PER_IP: value })).toThrow(/SIGN_UPS_PER_IP must be/);
  });
});
