// Flat, deterministic SVG illustrations for demo products, drawn from a kind and a hue, or a product
// colour (no I/O). Served by app/media/generated/[kind]/[file]/route.ts as
// /media/generated/<kind>/<hue>.svg or /media/generated/<kind>/<hue>-<rrggbb>.svg.

export const PRODUCT_ILLUSTRATION_KINDS = [
  'bike',
  'ebike',
  'helmet',
  'light',
  'lock',
  'bag',
  'tent',
  'sleeping-bag',
  'backpack',
  'jacket',
  'shoe',
  'bottle',
  'oil',
  'tube',
  'tool',
  'manual',
  'generic',
] as const;

export type ProductIllustrationKind = (typeof PRODUCT_ILLUSTRATION_KINDS)[number];

const KIND_SET: ReadonlySet<string> = new Set(PRODUCT_ILLUSTRATION_KINDS);

export function isProductIllustrationKind(value: string): value is ProductIllustrationKind {
  return KIND_SET.has(value);
}

/** Unknown kinds fall back to the generic parcel illustration. */
export function resolveIllustrationKind(kind: string): ProductIllustrationKind {
  return isProductIllustrationKind(kind) ? kind : 'generic';
}

/** Wraps any number onto an integer hue in 0..359. */
export function normalizeHue(hue: number): number {
  if (!Number.isFinite(hue)) return 0;
  return ((Math.round(hue) % 360) + 360) % 360;
}

/** A colour as the illustrations take it: six lower-case hex digits, no '#'. */
export const ILLUSTRATION_COLOR = /^[0-9a-f]{6}$/;

/**
 * The public URL of an illustration, as used in the media table. With `color` (a CSS hex colour such
 * as '#111111') the object is drawn in that colour: a black bike is black, not a shade of its hue.
 */
export function productIllustrationUrl(kind: ProductIllustrationKind, hue: number, color?: string | null): string {
  const hex = color?.replace(/^#/, '').toLowerCase();
  const suffix = hex && ILLUSTRATION_COLOR.test(hex) ? `-${hex}` : '';
  return `/media/generated/${kind}/${normalizeHue(hue)}${suffix}.svg`;
}

type Palette = {
  background: string;
  floor: string;
  main: string;
  dark: string;
  light: string;
  ink: string;
  metal: string;
  white: string;
};

/**
 * An illustration's file name: `<hue>.svg` or `<hue>-<rrggbb>.svg` (hue 0..359 without leading zeros,
 * colour in lower-case hex), or null for anything else (the route answers 404).
 */
export function parseIllustrationFile(file: string): { hue: number; color?: string } | null {
  const match = /^(0|[1-9][0-9]{0,2})(?:-([0-9a-f]{6}))?\.svg$/.exec(file);
  if (!match) return null;
  const hue = Number.parseInt(match[1]!, 10);
  if (hue > 359) return null;
  return match[2] ? { hue, color: match[2] } : { hue };
}

/** A hex colour mixed towards another (`share` of `toward`), as a hex colour. */
function mix(hex: string, toward: string, share: number): string {
  const channel = (value: string, index: number) => parseInt(value.slice(index, index + 2), 16);
  return `#${[0, 2, 4]
    .map((i) => Math.round(channel(hex, i) * (1 - share) + channel(toward, i) * share))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

function palette(hue: number, color?: string): Palette {
  if (color)
    return {
      background: mix(color, 'ffffff', 0.92),
      floor: mix(color, 'ffffff', 0.8),
      main: `#${color}`,
      dark: mix(color, '000000', 0.45),
      light: mix(color, 'ffffff', 0.55),
      ink: '#263238',
      metal: '#90a4ae',
      white: '#ffffff',
    };
  return {
    background: `hsl(${hue}, 70%, 95%)`,
    floor: `hsl(${hue}, 35%, 86%)`,
    main: `hsl(${hue}, 62%, 45%)`,
    dark: `hsl(${hue}, 48%, 28%)`,
    light: `hsl(${hue}, 70%, 78%)`,
    ink: '#263238',
    metal: '#90a4ae',
    white: '#ffffff',
  };
}

const TITLES: Record<ProductIllustrationKind, string> = {
  bike: 'Bicycle',
  ebike: 'E-bike',
  helmet: 'Bike helmet',
  light: 'Bike light',
  lock: 'Bike lock',
  bag: 'Pannier bag',
  tent: 'Tent',
  'sleeping-bag': 'Sleeping bag',
  backpack: 'Backpack',
  jacket: 'Jacket',
  shoe: 'Shoe',
  bottle: 'Drinking bottle',
  oil: 'Chain oil',
  tube: 'Inner tube',
  tool: 'Tool',
  manual: 'Manual',
  generic: 'Product',
};

/** Rounds to one decimal so that the output is stable and compact. */
function r1(value: number): number {
  return Math.round(value * 10) / 10;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra = ''): string {
  return `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round"${extra}/>`;
}

function circle(cx: number, cy: number, r: number, attrs: string): string {
  return `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" ${attrs}/>`;
}

function rect(x: number, y: number, w: number, h: number, rx: number, attrs: string): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" ${attrs}/>`;
}

function shadow(p: Palette, cx = 400, cy = 515, rx = 270): string {
  return `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="18" fill="${p.floor}"/>`;
}

function wheel(cx: number, cy: number, p: Palette): string {
  const spokes: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    const angle = (Math.PI * i) / 8;
    const dx = Math.cos(angle) * 98;
    const dy = Math.sin(angle) * 98;
    spokes.push(line(cx - dx, cy - dy, cx + dx, cy + dy, p.metal, 2));
  }
  return [
    circle(cx, cy, 112, `fill="none" stroke="${p.ink}" stroke-width="16"`),
    circle(cx, cy, 100, `fill="none" stroke="${p.metal}" stroke-width="4"`),
    ...spokes,
    circle(cx, cy, 11, `fill="${p.ink}"`),
  ].join('');
}

function bike(p: Palette, electric: boolean): string {
  const rear = { x: 220, y: 392 };
  const front = { x: 580, y: 392 };
  const bb = { x: 385, y: 400 };
  const seatTop = { x: 350, y: 238 };
  const headTop = { x: 535, y: 228 };
  const headBottom = { x: 550, y: 285 };
  const parts = [
    shadow(p, 400, 512, 300),
    wheel(rear.x, rear.y, p),
    wheel(front.x, front.y, p),
    line(bb.x, bb.y + 6, rear.x, rear.y + 4, p.ink, 3, ' opacity="0.6"'),
    line(rear.x, rear.y, bb.x, bb.y, p.main, 14),
    line(rear.x, rear.y, seatTop.x, seatTop.y, p.main, 12),
    line(bb.x, bb.y, seatTop.x, seatTop.y, p.main, 16),
    line(seatTop.x, seatTop.y, headTop.x, headTop.y, p.main, 16),
    line(bb.x, bb.y, headBottom.x, headBottom.y, p.main, electric ? 22 : 18),
    line(headTop.x, headTop.y, headBottom.x, headBottom.y, p.main, 22),
    line(headBottom.x, headBottom.y, front.x, front.y, p.dark, 12),
    line(seatTop.x, seatTop.y, seatTop.x - 10, seatTop.y - 36, p.metal, 10),
    `<path d="M 292 198 Q 332 182 378 194 L 374 206 Q 334 201 298 210 Z" fill="${p.ink}"/>`,
    line(headTop.x, headTop.y, headTop.x + 8, headTop.y - 36, p.metal, 10),
    `<path d="M 520 190 L 575 184 Q 606 182 600 210" fill="none" stroke="${p.ink}" stroke-width="10" stroke-linecap="round"/>`,
  ];
  if (electric) {
    // Battery on the down tube, a hub motor at the bottom bracket and a small display.
    parts.push(
      `<g transform="rotate(-35.2 467 342)">${rect(400, 326, 134, 32, 9, `fill="${p.dark}"`)}` +
        `<path d="M 470 330 L 458 344 L 468 344 L 462 356 L 478 340 L 468 340 Z" fill="${p.light}"/></g>`,
      circle(bb.x, bb.y, 36, `fill="${p.ink}"`),
      circle(bb.x, bb.y, 18, `fill="${p.light}"`),
      rect(530, 170, 26, 16, 4, `fill="${p.dark}"`),
    );
  } else {
    parts.push(circle(bb.x, bb.y, 26, `fill="${p.dark}"`), circle(bb.x, bb.y, 10, `fill="${p.light}"`));
  }
  parts.push(
    line(bb.x, bb.y, bb.x + 22, bb.y + 50, p.ink, 10),
    rect(bb.x + 6, bb.y + 48, 34, 10, 3, `fill="${p.ink}"`),
  );
  return parts.join('');
}

function helmet(p: Palette): string {
  return [
    shadow(p, 405, 500, 230),
    `<path d="M 205 405 C 205 235 325 160 420 160 C 545 160 615 255 602 372 L 594 405 Z" fill="${p.main}"/>`,
    `<path d="M 262 300 C 280 240 330 205 380 196 L 372 238 C 330 250 300 275 292 306 Z" fill="${p.background}"/>`,
    `<path d="M 405 194 C 450 192 490 205 520 228 L 494 262 C 470 244 440 235 410 236 Z" fill="${p.background}"/>`,
    `<path d="M 545 250 C 565 270 578 300 582 330 L 546 330 C 542 306 532 288 518 274 Z" fill="${p.background}"/>`,
    `<path d="M 560 300 L 640 318 Q 650 322 640 330 L 590 344 Z" fill="${p.dark}"/>`,
    `<path d="M 196 400 L 612 400 L 600 428 L 212 428 Z" fill="${p.dark}"/>`,
    `<path d="M 300 428 L 382 512 L 462 428" fill="none" stroke="${p.ink}" stroke-width="6" stroke-linejoin="round"/>`,
    rect(366, 498, 34, 22, 5, `fill="${p.ink}"`),
  ].join('');
}

function light(p: Palette): string {
  return [
    shadow(p, 400, 500, 220),
    `<polygon points="585,262 780,170 780,470 585,378" fill="${p.light}" opacity="0.55"/>`,
    rect(230, 250, 290, 140, 46, `fill="${p.main}"`),
    rect(250, 270, 120, 20, 10, `fill="${p.dark}" opacity="0.5"`),
    circle(520, 320, 84, `fill="${p.dark}"`),
    circle(520, 320, 64, `fill="${p.light}"`),
    circle(520, 320, 34, `fill="${p.white}"`),
    circle(300, 340, 16, `fill="${p.ink}"`),
    rect(330, 390, 90, 56, 10, `fill="${p.ink}"`),
    rect(300, 440, 150, 22, 8, `fill="${p.metal}"`),
  ].join('');
}

function lock(p: Palette): string {
  return [
    shadow(p, 400, 500, 220),
    `<path d="M 282 372 L 282 236 A 118 118 0 0 1 518 236 L 518 372" fill="none" stroke="${p.metal}" stroke-width="40"/>`,
    `<path d="M 282 372 L 282 236 A 118 118 0 0 1 518 236 L 518 372" fill="none" stroke="${p.white}" stroke-width="6" opacity="0.5"/>`,
    rect(226, 352, 348, 100, 24, `fill="${p.main}"`),
    rect(246, 366, 308, 14, 7, `fill="${p.light}" opacity="0.7"`),
    rect(226, 420, 348, 32, 16, `fill="${p.dark}"`),
    circle(400, 398, 14, `fill="${p.ink}"`),
    rect(394, 404, 12, 26, 4, `fill="${p.ink}"`),
  ].join('');
}

function bag(p: Palette): string {
  return [
    shadow(p, 400, 505, 200),
    `<path d="M 330 186 L 330 150 Q 330 136 344 136 L 356 136" fill="none" stroke="${p.ink}" stroke-width="10" stroke-linecap="round"/>`,
    `<path d="M 470 186 L 470 150 Q 470 136 456 136 L 444 136" fill="none" stroke="${p.ink}" stroke-width="10" stroke-linecap="round"/>`,
    rect(255, 180, 290, 310, 34, `fill="${p.main}"`),
    `<path d="M 255 226 Q 255 176 305 176 L 495 176 Q 545 176 545 226 L 545 300 Q 400 324 255 300 Z" fill="${p.dark}"/>`,
    rect(382, 280, 36, 92, 8, `fill="${p.ink}"`),
    rect(374, 356, 52, 26, 6, `fill="${p.metal}"`),
    rect(280, 432, 240, 16, 8, `fill="${p.white}" opacity="0.85"`),
  ].join('');
}

function tent(p: Palette): string {
  return [
    shadow(p, 430, 478, 320),
    line(400, 150, 110, 478, p.ink, 3),
    line(520, 162, 770, 470, p.ink, 3),
    `<polygon points="400,150 660,472 744,444 522,162" fill="${p.dark}"/>`,
    `<polygon points="140,472 400,150 660,472" fill="${p.main}"/>`,
    `<polygon points="318,472 400,262 482,472" fill="${p.dark}"/>`,
    `<polygon points="350,472 400,330 450,472" fill="${p.ink}" opacity="0.75"/>`,
    line(400, 150, 400, 262, p.light, 5),
    line(120, 474, 760, 474, p.ink, 6),
  ].join('');
}

function sleepingBag(p: Palette): string {
  const quilting: string[] = [];
  for (let x = 320; x <= 600; x += 56)
    quilting.push(line(x, 232 + (x - 300) * 0.06, x, 372 - (x - 300) * 0.06, p.dark, 4, ' opacity="0.45"'));
  return [
    shadow(p, 410, 420, 290),
    `<path d="M 140 300 Q 140 212 250 208 L 606 236 Q 690 246 690 300 Q 690 354 606 364 L 250 392 Q 140 388 140 300 Z" fill="${p.main}"/>`,
    ...quilting,
    `<ellipse cx="214" cy="300" rx="48" ry="60" fill="${p.dark}"/>`,
    `<ellipse cx="222" cy="300" rx="28" ry="38" fill="${p.light}"/>`,
    `<path d="M 268 300 L 650 300" stroke="${p.light}" stroke-width="4" stroke-dasharray="10 8"/>`,
  ].join('');
}

function backpack(p: Palette): string {
  return [
    shadow(p, 400, 508, 190),
    `<path d="M 372 168 Q 400 120 428 168" fill="none" stroke="${p.ink}" stroke-width="10"/>`,
    `<path d="M 268 250 Q 230 330 262 470" fill="none" stroke="${p.ink}" stroke-width="16" stroke-linecap="round"/>`,
    `<path d="M 532 250 Q 570 330 538 470" fill="none" stroke="${p.ink}" stroke-width="16" stroke-linecap="round"/>`,
    rect(268, 168, 264, 330, 64, `fill="${p.main}"`),
    `<path d="M 268 250 Q 268 160 400 158 Q 532 160 532 250 Q 400 272 268 250 Z" fill="${p.dark}"/>`,
    rect(308, 338, 184, 136, 32, `fill="${p.dark}"`),
    line(330, 364, 470, 364, p.light, 4),
    rect(384, 240, 32, 64, 6, `fill="${p.ink}"`),
  ].join('');
}

function jacket(p: Palette): string {
  return [
    shadow(p, 400, 520, 200),
    `<path d="M 296 168 L 360 146 Q 400 182 440 146 L 504 168 L 604 262 L 562 316 L 520 284 L 520 502 L 280 502 L 280 284 L 238 316 L 196 262 Z" fill="${p.main}"/>`,
    `<path d="M 340 154 Q 400 96 460 154 Q 430 188 400 190 Q 370 188 340 154 Z" fill="${p.dark}"/>`,
    line(400, 190, 400, 500, p.ink, 5),
    line(318, 400, 368, 400, p.dark, 6),
    line(432, 400, 482, 400, p.dark, 6),
    `<path d="M 238 316 L 196 262 L 212 244 L 256 296 Z" fill="${p.dark}"/>`,
    `<path d="M 562 316 L 604 262 L 588 244 L 544 296 Z" fill="${p.dark}"/>`,
    rect(280, 480, 240, 22, 6, `fill="${p.dark}"`),
  ].join('');
}

function shoe(p: Palette): string {
  const laces: string[] = [];
  for (let i = 0; i < 4; i += 1) laces.push(line(350 + i * 26, 266 + i * 12, 382 + i * 26, 252 + i * 12, p.white, 5));
  return [
    shadow(p, 410, 470, 260),
    `<path d="M 176 424 L 186 300 Q 196 266 236 272 L 330 288 Q 362 230 422 242 L 452 302 Q 566 322 624 362 Q 654 384 642 424 Z" fill="${p.main}"/>`,
    `<path d="M 520 330 Q 600 346 632 380 Q 644 400 640 424 L 560 424 Q 560 370 520 330 Z" fill="${p.dark}"/>`,
    `<path d="M 186 300 Q 196 266 236 272 L 250 276 L 240 424 L 176 424 Z" fill="${p.dark}"/>`,
    ...laces,
    rect(164, 418, 490, 36, 16, `fill="${p.ink}"`),
  ].join('');
}

function bottle(p: Palette): string {
  return [
    shadow(p, 400, 510, 120),
    rect(356, 112, 88, 46, 10, `fill="${p.ink}"`),
    rect(384, 92, 32, 26, 6, `fill="${p.ink}"`),
    `<path d="M 366 156 L 434 156 L 462 204 L 338 204 Z" fill="${p.dark}"/>`,
    rect(336, 200, 128, 300, 34, `fill="${p.main}"`),
    rect(336, 270, 128, 18, 0, `fill="${p.dark}"`),
    rect(336, 400, 128, 18, 0, `fill="${p.dark}"`),
    rect(354, 300, 16, 90, 8, `fill="${p.white}" opacity="0.5"`),
  ].join('');
}

function oil(p: Palette): string {
  return [
    shadow(p, 400, 510, 130),
    `<polygon points="392,70 408,70 418,150 382,150" fill="${p.ink}"/>`,
    rect(364, 146, 72, 44, 8, `fill="${p.ink}"`),
    `<path d="M 350 188 L 450 188 Q 490 210 490 250 L 490 476 Q 490 500 466 500 L 334 500 Q 310 500 310 476 L 310 250 Q 310 210 350 188 Z" fill="${p.main}"/>`,
    rect(330, 290, 140, 140, 12, `fill="${p.light}"`),
    `<path d="M 400 318 Q 430 360 430 382 A 30 30 0 0 1 370 382 Q 370 360 400 318 Z" fill="${p.dark}"/>`,
    `<path d="M 470 96 Q 486 120 486 130 A 16 16 0 0 1 454 130 Q 454 120 470 96 Z" fill="${p.dark}"/>`,
  ].join('');
}

function tube(p: Palette): string {
  return [
    shadow(p, 400, 520, 200),
    circle(400, 290, 172, `fill="none" stroke="${p.main}" stroke-width="54"`),
    circle(400, 290, 186, `fill="none" stroke="${p.light}" stroke-width="8" opacity="0.6"`),
    circle(400, 290, 152, `fill="none" stroke="${p.dark}" stroke-width="6" opacity="0.5"`),
    rect(390, 470, 20, 50, 4, `fill="${p.metal}"`),
    rect(386, 506, 28, 26, 6, `fill="${p.ink}"`),
  ].join('');
}

function tool(p: Palette): string {
  return [
    shadow(p, 400, 500, 250),
    `<g transform="rotate(-28 400 300)">`,
    rect(210, 274, 380, 52, 26, `fill="${p.main}"`),
    circle(200, 300, 64, `fill="${p.main}"`),
    `<polygon points="132,278 196,278 216,300 196,322 132,322" fill="${p.background}"/>`,
    circle(600, 300, 50, `fill="${p.main}"`),
    circle(600, 300, 24, `fill="${p.background}"`),
    rect(300, 290, 200, 20, 10, `fill="${p.dark}" opacity="0.5"`),
    `</g>`,
  ].join('');
}

function manual(p: Palette): string {
  return [
    shadow(p, 410, 505, 200),
    rect(262, 132, 300, 360, 12, `fill="${p.white}" stroke="${p.metal}" stroke-width="4"`),
    rect(246, 122, 300, 364, 12, `fill="${p.main}"`),
    rect(246, 122, 38, 364, 10, `fill="${p.dark}"`),
    rect(316, 170, 196, 24, 8, `fill="${p.light}"`),
    rect(316, 208, 140, 16, 8, `fill="${p.light}" opacity="0.8"`),
    circle(360, 360, 40, `fill="none" stroke="${p.light}" stroke-width="8"`),
    circle(472, 360, 40, `fill="none" stroke="${p.light}" stroke-width="8"`),
    `<path d="M 360 360 L 400 312 L 450 312 L 472 360 M 400 312 L 420 360 L 450 312" fill="none" stroke="${p.light}" stroke-width="8" stroke-linejoin="round"/>`,
  ].join('');
}

function generic(p: Palette): string {
  return [
    shadow(p, 400, 500, 230),
    `<polygon points="400,140 620,230 400,320 180,230" fill="${p.light}"/>`,
    `<polygon points="180,230 400,320 400,500 180,410" fill="${p.main}"/>`,
    `<polygon points="620,230 400,320 400,500 620,410" fill="${p.dark}"/>`,
    `<polygon points="290,185 510,275 510,310 290,220" fill="${p.white}" opacity="0.55"/>`,
  ].join('');
}

function drawKind(kind: ProductIllustrationKind, p: Palette): string {
  switch (kind) {
    case 'bike':
      return bike(p, false);
    case 'ebike':
      return bike(p, true);
    case 'helmet':
      return helmet(p);
    case 'light':
      return light(p);
    case 'lock':
      return lock(p);
    case 'bag':
      return bag(p);
    case 'tent':
      return tent(p);
    case 'sleeping-bag':
      return sleepingBag(p);
    case 'backpack':
      return backpack(p);
    case 'jacket':
      return jacket(p);
    case 'shoe':
      return shoe(p);
    case 'bottle':
      return bottle(p);
    case 'oil':
      return oil(p);
    case 'tube':
      return tube(p);
    case 'tool':
      return tool(p);
    case 'manual':
      return manual(p);
    case 'generic':
      return generic(p);
  }
}

/**
 * A flat 800x600 illustration of a product kind: the background is a light tint of the hue and
 * the object is drawn in the hue, or both from `color` (six hex digits) when given. Unknown kinds
 * fall back to `generic`; the hue is wrapped to 0..359; an invalid colour is ignored.
 */
export function renderProductIllustration(kind: string, hue: number, color?: string): string {
  const resolved = resolveIllustrationKind(kind);
  const h = normalizeHue(hue);
  const p = palette(h, color && ILLUSTRATION_COLOR.test(color) ? color : undefined);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600" role="img" aria-label="${TITLES[resolved]}">` +
    `<title>${TITLES[resolved]}</title>` +
    `<rect width="800" height="600" fill="${p.background}"/>` +
    drawKind(resolved, p) +
    `</svg>`
  );
}
