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

/** Option values a listing's filters carried to the product page (`?color=Black&size=M`). */
export type WantedOptions = { color?: readonly string[]; size?: readonly string[] };

/** How many of the wanted options a variant has; its size may be a frame size, as in listing filters. */
function wantedScore(options: Record<string, string>, wanted: WantedOptions): number {
  const color = options.color !== undefined && (wanted.color ?? []).includes(options.color) ? 1 : 0;
  const sizeValue = options.size ?? options.frameSize;
  const size = sizeValue !== undefined && (wanted.size ?? []).includes(sizeValue) ? 1 : 0;
  return color + size;
}

/**
 * The variant named in the URL; else the one that matches most of the wanted options (the colour and
 * size the shopper filtered the listing by; ties go to the earlier variant); else the first one.
 */
export function findSelectedVariant<V extends SelectableVariant>(
  variants: V[],
  sku: string | undefined,
  wanted: WantedOptions = {},
): V | undefined {
  const named = variants.find((v) => v.sku === sku);
  if (named) return named;
  let best: V | undefined;
  let bestScore = 0;
  for (const variant of variants) {
    const score = wantedScore(variant.options, wanted);
    if (score > bestScore) {
      best = variant;
      bestScore = score;
    }
  }
  return best ?? variants[0];
}
