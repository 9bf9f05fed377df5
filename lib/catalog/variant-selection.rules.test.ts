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

describe('findSelectedVariant with the options a listing filter carried', () => {
  const bikes = [
    { sku: 'BK-52', options: { color: 'Black', frameSize: '52' } },
    { sku: 'BK-56', options: { color: 'Black', frameSize: '56' } },
    { sku: 'RD-52', options: { color: 'Red', frameSize: '52' } },
    { sku: 'RD-56', options: { color: 'Red', frameSize: '56' } },
  ];
  it.each([
    [{ color: ['Red'] }, 'RD-52'],
    [{ color: ['Red'], size: ['56'] }, 'RD-56'],
    [{ size: ['56'] }, 'BK-56'],
    [{ color: ['Green', 'Red'], size: ['56'] }, 'RD-56'],
    [{ color: ['Green'] }, 'BK-52'], // nothing matches: the first
    [{ color: ['Red'], size: ['60'] }, 'RD-52'], // the colour at least
    [{}, 'BK-52'],
  ])('%j gives %s', (wanted, expected) => {
    expect(findSelectedVariant(bikes, undefined, wanted)?.sku).toBe(expected);
  });

  it('a size option counts like a frame size, and the variant in the URL wins', () => {
    expect(findSelectedVariant(variants, undefined, { color: ['Blue'], size: ['L'] })?.sku).toBe('BLUE-L');
    expect(findSelectedVariant(variants, 'RED-S', { color: ['Blue'] })?.sku).toBe('RED-S');
  });
});
