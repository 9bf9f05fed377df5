// The CSS colour a colour option value is shown as in filter swatches; the catalogue stores names only.

/**
 * Known colour names (lower case, English as stored in variant options, and German for catalogues that
 * store German values) and their CSS colours. A name not listed gets no swatch: it is shown as a neutral
 * chip with its name, so a new colour in the catalogue never shows a wrong one.
 */
const SWATCHES = new Map<string, string>(
  Object.entries({
    anthracite: '#3b4045',
    anthrazit: '#3b4045',
    beige: '#d8c8a8',
    berry: '#a0285f',
    beere: '#a0285f',
    black: '#111111',
    schwarz: '#111111',
    blue: '#1f5fbf',
    blau: '#1f5fbf',
    brown: '#6b4226',
    braun: '#6b4226',
    burgundy: '#7a1f35',
    bordeaux: '#7a1f35',
    'forest green': '#1f5a32',
    waldgrün: '#1f5a32',
    green: '#2e8b3e',
    grün: '#2e8b3e',
    grey: '#8a8d91',
    gray: '#8a8d91',
    grau: '#8a8d91',
    'ice blue': '#a9d8ef',
    eisblau: '#a9d8ef',
    lime: '#9ccc2e',
    limette: '#9ccc2e',
    'midnight blue': '#1b2550',
    mitternachtsblau: '#1b2550',
    mint: '#8fd9bd',
    navy: '#1c2d5a',
    marine: '#1c2d5a',
    marineblau: '#1c2d5a',
    olive: '#6b6b2a',
    oliv: '#6b6b2a',
    orange: '#f07a1a',
    'pearl white': '#f4f1ea',
    perlweiß: '#f4f1ea',
    petrol: '#13656f',
    pink: '#e86ea5',
    purple: '#6b3fa0',
    lila: '#6b3fa0',
    'racing red': '#c8102e',
    rennrot: '#c8102e',
    red: '#c8102e',
    rot: '#c8102e',
    sand: '#d6c29a',
    silver: '#c0c4c8',
    silber: '#c0c4c8',
    'signal yellow': '#f6d000',
    signalgelb: '#f6d000',
    'sky blue': '#6cb6e6',
    himmelblau: '#6cb6e6',
    'stone grey': '#8f8a80',
    steingrau: '#8f8a80',
    white: '#ffffff',
    weiß: '#ffffff',
    yellow: '#f6d000',
    gelb: '#f6d000',
  }),
);

/** The CSS colour of a colour option value, or null when the name is not known (show the name instead). */
export function swatchColor(name: string): string | null {
  return SWATCHES.get(name.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/**
 * Whether a swatch needs a visible border: light colours vanish on a white page otherwise (WCAG 1.4.11
 * asks 3:1 against the background for the parts that identify a control). Relative luminance as in WCAG.
 */
export function swatchNeedsBorder(css: string): boolean {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css);
  if (!match) return true;
  const channel = (hex: string) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map(channel) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (1 + 0.05) / (luminance + 0.05) < 3;
}
