// Which variant a shopper gets when they pick one option value, keeping their other choices where possible.

export type SelectableVariant = { sku: string; options: Record<string, string> };

/** Number of options two variants share. */
function overlap(a: Record<string, string>, b: Record<string, string>): number {
  return Object.keys(a).filter((key) => a[key] === b[key]).length;
}

/**
 * The variant with `code = value` that keeps most of the current choices; ties go to the
 * earlier variant (catalogue order). Null when no variant has that value.
 */
export function pickVariant<V extends SelectableVariant>(
  variants: V[],
  current: V | undefined,
  code: string,
  value: string,
): V | null {
  let best: V | null = null;
  let bestScore = -1;
  for (const variant of variants) {
    if (variant.options[code] !== value) continue;
    const score = current ? overlap(variant.options, current.options) : 0;
    if (score > bestScore) {
      best = variant;
      bestScore = score;
    }
  }
  return best;
}

/** The variant named in the URL, or the first one. */
export function findSelectedVariant<V extends SelectableVariant>(
  variants: V[],
  sku: string | undefined,
): V | undefined {
  return variants.find((v) => v.sku === sku) ?? variants[0];
}
