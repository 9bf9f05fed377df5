import { describe, expect, it } from 'vitest';
import {
  PRODUCT_ILLUSTRATION_KINDS,
  normalizeHue,
  parseIllustrationFile,
  productIllustrationUrl,
  renderProductIllustration,
  resolveIllustrationKind,
} from './product-illustration.rules';

function tagNames(svg: string): string[] {
  return [...svg.matchAll(/<\/?([a-z]+)/g)].map((m) => m[0]);
}

/** Every opening tag is self-closed or closed later, in order (a tiny well-formedness check). */
function isBalanced(svg: string): boolean {
  const stack: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-z]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (!name) return false;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  return stack.length === 0;
}

describe('renderProductIllustration', () => {
  it.each(PRODUCT_ILLUSTRATION_KINDS)('renders valid-looking SVG for %s', (kind) => {
    const svg = renderProductIllustration(kind, 205);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('viewBox="0 0 800 600"');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(isBalanced(svg)).toBe(true);
    // More than just the background: the object itself is drawn.
    expect(tagNames(svg).length).toBeGreaterThan(6);
  });

  it('draws something different for every kind', () => {
    const outputs = PRODUCT_ILLUSTRATION_KINDS.map((kind) => renderProductIllustration(kind, 120));
    expect(new Set(outputs).size).toBe(PRODUCT_ILLUSTRATION_KINDS.length);
  });

  it('uses the hue for the background tint and the object', () => {
    for (const hue of [0, 42, 205, 359]) {
      const svg = renderProductIllustration('bike', hue);
      expect(svg).toContain(`fill="hsl(${hue}, 70%, 95%)"`);
      expect(svg).toContain(`stroke="hsl(${hue}, 62%, 45%)"`);
    }
    expect(renderProductIllustration('tent', 10)).not.toBe(renderProductIllustration('tent', 11));
  });

  it('is deterministic', () => {
    expect(renderProductIllustration('ebike', 77)).toBe(renderProductIllustration('ebike', 77));
  });

  it('falls back to the generic illustration for unknown kinds', () => {
    expect(renderProductIllustration('spaceship', 90)).toBe(renderProductIllustration('generic', 90));
    expect(renderProductIllustration('', 90)).toBe(renderProductIllustration('generic', 90));
    expect(resolveIllustrationKind('__proto__')).toBe('generic');
  });

  it('wraps hues onto 0..359', () => {
    expect(normalizeHue(360)).toBe(0);
    expect(normalizeHue(-1)).toBe(359);
    expect(normalizeHue(Number.NaN)).toBe(0);
    expect(renderProductIllustration('lock', 370)).toBe(renderProductIllustration('lock', 10));
    expect(productIllustrationUrl('bike', 205)).toBe('/media/generated/bike/205.svg');
  });
});

describe('illustrations in a product colour', () => {
  it('draws the object in the colour, with a tint of it behind', () => {
    const black = renderProductIllustration('bike', 225, '111111');
    expect(black).toContain('stroke="#111111"');
    expect(black).not.toContain('hsl(225');
    expect(renderProductIllustration('bike', 225, '111111')).not.toBe(renderProductIllustration('bike', 225, 'c8102e'));
    expect(isBalanced(black)).toBe(true);
  });

  it('ignores an invalid colour and puts a valid one in the URL', () => {
    expect(renderProductIllustration('bike', 225, 'zzz')).toBe(renderProductIllustration('bike', 225));
    expect(productIllustrationUrl('bike', 225, '#111111')).toBe('/media/generated/bike/225-111111.svg');
    expect(productIllustrationUrl('bike', 225, null)).toBe('/media/generated/bike/225.svg');
    expect(productIllustrationUrl('bike', 225, 'red')).toBe('/media/generated/bike/225.svg');
  });
});

describe('parseIllustrationFile', () => {
  it.each([
    ['225.svg', { hue: 225 }],
    ['0.svg', { hue: 0 }],
    ['359-111111.svg', { hue: 359, color: '111111' }],
    ['0-c8102e.svg', { hue: 0, color: 'c8102e' }],
  ])('reads %s', (file, expected) => {
    expect(parseIllustrationFile(file)).toEqual(expected);
  });

  it.each([
    '360.svg',
    '007.svg',
    '225',
    '225-11111.svg',
    '225-11111g.svg',
    '225-AABBCC.svg',
    '225-111111-1.svg',
    '../x.svg',
  ])('refuses %s', (file) => {
    expect(parseIllustrationFile(file)).toBeNull();
  });
});
