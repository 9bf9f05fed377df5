import { describe, expect, it } from 'vitest';
import {
  PRODUCT_ILLUSTRATION_KINDS,
  normalizeHue,
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
