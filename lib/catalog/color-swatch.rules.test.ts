import { describe, expect, it } from 'vitest';
import { swatchColor, swatchNeedsBorder } from './color-swatch.rules';

describe('swatchColor', () => {
  it.each([
    ['Black', '#111111'],
    ['black', '#111111'],
    ['  Racing   Red ', '#c8102e'],
    ['Schwarz', '#111111'],
    ['Pearl White', '#f4f1ea'],
    ['Perlweiß', '#f4f1ea'],
  ])('maps %j to %s', (name, css) => {
    expect(swatchColor(name)).toBe(css);
  });

  it.each(['Aurora', '', 'constructor', 'toString'])('has no colour for the unknown name %j', (name) => {
    expect(swatchColor(name)).toBeNull();
  });

  it('knows every colour of the demo catalogue', async () => {
    const { COLORS } = await import('@/db/seed/catalog-data');
    expect(COLORS.filter((c) => swatchColor(c.name) === null).map((c) => c.name)).toEqual([]);
  });
});

describe('swatchNeedsBorder', () => {
  it.each([
    ['#ffffff', true],
    ['#f4f1ea', true],
    ['#f6d000', true],
    ['#111111', false],
    ['#c8102e', false],
    ['not-a-colour', true],
  ])('%s -> %s', (css, expected) => {
    expect(swatchNeedsBorder(css)).toBe(expected);
  });
});
