import { describe, expect, it } from 'vitest';
import { guestLimits, lineOverUnitCap } from './guest-limits.rules';

describe('guestLimits', () => {
  it('has defaults: 5 orders per address in 10 minutes, 3 per e-mail in an hour, 5 units per SKU', () => {
    expect(guestLimits({})).toEqual({
      perIp: { limit: 5, windowMinutes: 10 },
      perEmail: { limit: 3, windowMinutes: 60 },
      unitsPerSku: 5,
    });
  });

  it.each([
    ['GUEST_ORDERS_PER_IP', '20', (l: ReturnType<typeof guestLimits>) => l.perIp.limit, 20],
    ['GUEST_ORDERS_PER_EMAIL', '0', (l: ReturnType<typeof guestLimits>) => l.perEmail.limit, 0],
    ['GUEST_UNITS_PER_SKU', ' ', (l: ReturnType<typeof guestLimits>) => l.unitsPerSku, 5],
  ])('reads %s=%j', (name, value, pick, expected) => {
    expect(pick(guestLimits({ [name]: value }))).toBe(expected);
  });

  it.each(['-1', '2.5', 'many'])('refuses %j', (value) => {
    expect(() => guestLimits({ GUEST_UNITS_PER_SKU: value })).toThrow(/GUEST_UNITS_PER_SKU must be a whole number/);
  });
});

describe('lineOverUnitCap', () => {
  const lines = [
    { sku: 'A', quantity: 5 },
    { sku: 'B', quantity: 6 },
  ];
  it.each([
    [5, 'B'],
    [6, null],
    [0, null],
  ])('cap %i: %s', (cap, sku) => {
    expect(lineOverUnitCap(lines, cap)?.sku ?? null).toBe(sku);
  });
});
