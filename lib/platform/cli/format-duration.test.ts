import { describe, expect, it } from 'vitest';
import { formatNumber, formatSeconds } from './format-duration';

describe('formatNumber / formatSeconds', () => {
  it.each([
    [1234.567, 1, '1234.6'],
    [0.04, 1, '0.0'],
    [9.95, 0, '10'],
  ])('%f with %i decimals -> %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
  it('formats milliseconds as seconds', () => {
    expect(formatSeconds(18123)).toBe('18.1 s');
    expect(formatSeconds(18123, 0)).toBe('18 s');
  });
});
