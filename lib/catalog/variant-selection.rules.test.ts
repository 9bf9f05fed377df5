import { describe, expect, it } from 'vitest';
import { findSelectedVariant, pickVariant } from './variant-selection.rules';

const variants = [
  { sku: 'RED-S', options: { color: 'Red', size: 'S' } },
  { sku: 'RED-M', options: { color: 'Red', size: 'M' } },
  { sku: 'BLUE-M', options: { color: 'Blue', size: 'M' } },
  { sku: 'BLUE-L', options: { color: 'Blue', size: 'L' } },
];

describe('pickVariant', () => {
  it.each([
    ['RED-M', 'color', 'Blue', 'BLUE-M'], // keeps size M
    ['RED-S', 'color', 'Blue', 'BLUE-M'], // no Blue S: first Blue
    ['BLUE-M', 'size', 'S', 'RED-S'], // only Red has S
    ['BLUE-M', 'size', 'L', 'BLUE-L'],
    ['RED-S', 'size', 'M', 'RED-M'], // keeps Red
    ['RED-S', 'color', 'Green', null],
  ])('from %s choosing %s=%s gives %s', (from, code, value, expected) => {
    const current = variants.find((v) => v.sku === from);
    expect(pickVariant(variants, current, code, value)?.sku ?? null).toBe(expected);
  });
});

describe('findSelectedVariant', () => {
  it('finds the URL variant or falls back to the first', () => {
    expect(findSelectedVariant(variants, 'BLUE-L')?.sku).toBe('BLUE-L');
    expect(findSelectedVariant(variants, 'NOPE')?.sku).toBe('RED-S');
    expect(findSelectedVariant(variants, undefined)?.sku).toBe('RED-S');
    expect(findSelectedVariant([], 'X')).toBeUndefined();
  });
});
