import { describe, expect, it } from 'vitest';
import { availabilityOf, availableAt } from './availability.rules';

describe('availabilityOf', () => {
  it.each([
    [-2, 'out_of_stock'],
    [0, 'out_of_stock'],
    [1, 'low_stock'],
    [3, 'low_stock'],
    [4, 'in_stock'],
    [500, 'in_stock'],
  ] as const)('%i units -> %s', (qty, expected) => {
    expect(availabilityOf(qty)).toBe(expected);
  });
});

describe('availableAt', () => {
  it.each([
    [{ onHand: 5, reserved: 2 }, 3],
    [{ onHand: 5, reserved: 5 }, 0],
    [{ onHand: 2, reserved: 4 }, 0],
    [{ onHand: 0, reserved: 0 }, 0],
  ])('%o -> %i', (stock, expected) => {
    expect(availableAt(stock)).toBe(expected);
  });
});
