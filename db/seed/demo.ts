// Deterministic demo data: a bicycle and outdoor retailer with stores, channels, a 3-level catalogue,
// variants, prices, stock, relations and demo accounts. The same scale always gives the same data
// (only the random UUIDs and password salts differ). `scale` multiplies the number of products.
import type { OpeningHours } from '@/lib/pickup/pickup-slots.rules';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Database, Executor } from '../client';
import {
  attributes,
  brands,
  categories,
  channelLocations,
  channels,
  companies,
  companyMembers,
  customerProfiles,
  locations,
  media,
  optionTypes,
  productAttributes,
  productRelations,
  products,
  staffLocations,
  stockLevels,
  taxClasses,
  users,
  priceHistoryState,
  variantPrices,
  variants,
} from '../schema';
import { hashPassword } from '../../lib/platform/auth/password';
import { BASE_CURRENCY, divideRoundHalfUp } from '../../lib/platform/money.rules';
import { formatSeconds } from '../../lib/platform/cli/format-duration';
import { recordPriceHistory } from '../../lib/pricing/price-history.writes';
import { seedDemoAssortment } from './assortment';
import { seedDemoShop } from './shop';
import { seedDemoOrders } from './orders';
import { seedDemoPricing } from './pricing';
import { seedDemoSynonyms } from './search';
import { productIllustrationUrl, type ProductIllustrationKind } from '../../lib/catalog/product-illustration.rules';
import { swatchColor } from '../../lib/catalog/color-swatch.rules';
import {
  ATTRIBUTES,
  BIKE_MODELS,
  BRANDS,
  CATEGORY_TREE,
  CHANNELS,
  COLORS,
  LOCATIONS,
  OPTION_TYPES,
  PRODUCT_LINES,
  TAX_CLASSES,
  type AttributeCode,
  type AttributeSpec,
  type BrandSpec,
  type CategoryNode,
  type ColorSpec,
  type LocationCode,
  type PriceEnding,
  type ProductLine,
  type ProductRole,
  type TaxClassCode,
} from './catalog-data';
import { createRng, hashSeed, type Rng } from './random';
import { germanValue, toGerman } from './catalog-data.de';
import type { AltTranslations, TextTranslations, ValueTranslations } from '../schema/catalog';

// ---------------------------------------------------------------------------------------------
// Demo accounts

export const DEMO_PASSWORD = 'demo-password';

type UserRole = 'customer' | 'staff' | 'merchandiser' | 'admin';
type CompanyRole = 'admin' | 'buyer' | 'viewer';

type AccountSpec = {
  email: string;
  name: string;
  /** Human-readable role label (README, login hints). */
  role: string;
  roles: UserRole[];
  staffLocation?: LocationCode;
  company?: { customerNumber: string; role: CompanyRole };
};

const COMPANY_SPECS = [
  { name: 'ACME Facility GmbH', customerNumber: 'K-10001', vatId: 'DE123456789' },
  { name: 'Globex Logistik AG', customerNumber: 'K-10002', vatId: 'DE987654321' },
] as const;

const ACCOUNT_SPECS: readonly AccountSpec[] = [
  { email: 'admin@example.com', name: 'Alex Admin', role: 'Admin', roles: ['admin'] },
  { email: 'merch@example.com', name: 'Mia Merchandiser', role: 'Merchandiser', roles: ['merchandiser'] },
  {
    email: 'staff.berlin@example.com',
    name: 'Sam Staff',
    role: 'Store staff (Berlin)',
    roles: ['staff'],
    staffLocation: 'BER',
  },
  {
    email: 'staff.hamburg@example.com',
    name: 'Hanna Staff',
    role: 'Store staff (Hamburg)',
    roles: ['staff'],
    staffLocation: 'HAM',
  },
  { email: 'customer@example.com', name: 'Chris Customer', role: 'Customer', roles: ['customer'] },
  {
    email: 'anna@acme.example',
    name: 'Anna Acme',
    role: 'B2B admin (ACME Facility GmbH)',
    roles: ['customer'],
    company: { customerNumber: 'K-10001', role: 'admin' },
  },
  {
    email: 'ben@acme.example',
    name: 'Ben Acme',
    role: 'B2B buyer (ACME Facility GmbH)',
    roles: ['customer'],
    company: { customerNumber: 'K-10001', role: 'buyer' },
  },
  {
    email: 'carla@globex.example',
    name: 'Carla Globex',
    role: 'B2B admin (Globex Logistik AG)',
    roles: ['customer'],
    company: { customerNumber: 'K-10002', role: 'admin' },
  },
];

/** The demo logins (all share DEMO_PASSWORD). */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; role: string; name: string }> = ACCOUNT_SPECS.map(
  ({ email, role, name }) => ({ email, role, name }),
);

export type SeedSummary = { products: number; variants: number; categories: number; users: number };

export type SeedDemoOptions = { scale?: number; log?: (msg: string) => void };

// ---------------------------------------------------------------------------------------------
// Planning: build every row in memory first (deterministic apart from UUIDs).

const SEED_LABEL = 'velo-outdoor-demo:v1';
/** Fixed timestamps: products are "created" one minute apart from this instant. */
const FIXED_EPOCH_MS = Date.UTC(2025, 0, 6, 8, 0, 0);
const FIXED_DATE = new Date(FIXED_EPOCH_MS);
const MINUTE_MS = 60_000;
const YEAR_MS = 365 * 24 * 60 * MINUTE_MS;
const CURRENCY = BASE_CURRENCY;
const MODEL_YEAR = '2025';
const PREVIOUS_MODEL_YEAR = '2024';
/** Suffixes that keep bike family names unique once all base names are used (large scales). */
const FAMILY_GENERATIONS = [
  '',
  'Evo',
  'Neo',
  'Nova',
  'Terra',
  'Vista',
  'Aero',
  'Pura',
  'Via',
  'Sol',
  'Luna',
  'Air',
  'Core',
  'Prime',
  'Edge',
  'Flow',
];

type CategoryRow = typeof categories.$inferInsert & { id: string };

type PlannedVariant = {
  id: string;
  sku: string;
  gtin: string;
  mpn: string;
  options: Record<string, string>;
  position: number;
  amount: number;
};

type PlannedMedia = {
  id: string;
  variantId: string | null;
  url: string;
  alt: string;
  translations: AltTranslations;
  position: number;
};

type PlannedProduct = {
  id: string;
  no: number;
  line: ProductLine;
  role: ProductRole;
  name: string;
  slug: string;
  description: string;
  /** German name (when it differs) and description. */
  translations: TextTranslations;
  brandId: string | null;
  categoryId: string;
  taxClassCode: TaxClassCode;
  createdAt: Date;
  attributes: Array<{ code: AttributeCode; value: string; translations: ValueTranslations }>;
  variants: PlannedVariant[];
  media: PlannedMedia[];
  /** Option values of size-like options (tubes/tyres: wheel sizes such as "28 in"). */
  sizes: string[];
  /** Full attribute values (also those not stored), used to match relations. */
  attributeValues: Map<AttributeCode, string>;
};

type BikeFamily = {
  name: string;
  brand: BrandSpec;
  wheelSize: string;
  members: PlannedProduct[];
  manual?: PlannedProduct;
};

type RelationType = 'accessory' | 'consumable' | 'spare_part' | 'manual' | 'successor';
type PlannedRelation = { productId: string; relatedProductId: string; type: RelationType; position: number };

export type DemoPlan = {
  categories: CategoryRow[];
  brands: Array<{ id: string; slug: string; name: string }>;
  products: PlannedProduct[];
  relations: PlannedRelation[];
  stock: Array<{ variantId: string; locationCode: LocationCode; onHand: number }>;
  variantCount: number;
};

const COLOR_BY_NAME = new Map<string, ColorSpec>(COLORS.map((c) => [c.name, c]));
const LOWERCASE_IN_TEXT: ReadonlySet<string> = new Set(['material', 'gears', 'motor', 'powerSource', 'compatibility']);

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/ß/g, 'ss')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** GTIN-13 check digit for 12 digits (weights 1,3,1,3,... from the left). */
export function gtinCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

function gtin13(n: number): string {
  const body = `4260${String(n).padStart(8, '0')}`;
  if (body.length !== 12) throw new RangeError(`GTIN space exhausted at ${n}`);
  return `${body}${gtinCheckDigit(body)}`;
}

function codeOf(label: string): string {
  return label.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function formatSpec(spec: AttributeSpec, rng: Rng): string {
  if (Array.isArray(spec)) return rng.pick(spec as readonly string[]);
  const range = spec as { min: number; max: number; decimals?: 0 | 1 | 2 };
  const value = rng.int(range.min, range.max);
  const decimals = range.decimals ?? 0;
  if (decimals === 0) return String(value);
  const factor = 10 ** decimals;
  return `${Math.trunc(value / factor)}.${String(Math.abs(value % factor)).padStart(decimals, '0')}`;
}

/** Whole euros plus the price ending, in integer cents. */
function toCents(euros: number, ending: PriceEnding): number {
  switch (ending) {
    case 'bike':
      return (Math.max(1, Math.round(euros / 50)) * 50 - 1) * 100;
    case 'ebike':
      return (Math.max(1, Math.round(euros / 100)) * 100 - 1) * 100;
    case 'service':
      return (Math.max(1, Math.round(euros / 10)) * 10 - 1) * 100;
    case '99':
      return euros * 100 + 99;
    case '90':
      return euros * 100 + 90;
  }
}

function needsAn(value: string): boolean {
  // "an aluminium frame", "an 8-speed hub", "an 800 Wh battery", "an 11-speed chain"; but "a U-lock".
  return /^[aeioAEIO8]/.test(value) || /^(11|18)(\D|$)/.test(value);
}

/**
 * Fills {placeholders}; throws on unknown ones so that template mistakes surface at seed time. English
 * text lower-cases some values mid-sentence and picks "a"/"an"; German values are used as they are.
 */
function fillTemplate(
  template: string,
  vars: ReadonlyMap<string, string>,
  context: string,
  language: 'en' | 'de' = 'en',
): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(/\{([a-zA-Z]+)\}/g)) {
    const key = match[1] ?? '';
    const index = match.index ?? 0;
    let value = vars.get(key);
    if (value === undefined)
      throw new Error(`Demo seed: unresolved placeholder {${key}} in "${template}" (${context})`);
    out += template.slice(last, index);
    if (language === 'de') {
      out += value;
      last = index + match[0].length;
      continue;
    }
    const midSentence = out.length > 0 && !/[.!?:]\s*$/.test(out);
    if (midSentence && LOWERCASE_IN_TEXT.has(key) && /^[A-Z][a-z]/.test(value) && !/^Cordura/.test(value))
      value = value[0]?.toLowerCase() + value.slice(1);
    if (/(^|\s)a $/.test(out) && needsAn(value)) out = `${out.slice(0, -2)}an `;
    if (/(^|\s)A $/.test(out) && needsAn(value)) out = `${out.slice(0, -2)}An `;
    out += value;
    last = index + match[0].length;
  }
  return out + template.slice(last);
}

function buildCategories(): { rows: CategoryRow[]; bySlug: Map<string, CategoryRow> } {
  const rows: CategoryRow[] = [];
  const bySlug = new Map<string, CategoryRow>();
  const visit = (nodes: readonly CategoryNode[], parent: CategoryRow | undefined) => {
    nodes.forEach((node, position) => {
      if (bySlug.has(node.slug)) throw new Error(`Demo seed: duplicate category slug ${node.slug}`);
      const row: CategoryRow = {
        id: randomUUID(),
        parentId: parent?.id ?? null,
        slug: node.slug,
        name: node.name,
        description: node.description,
        translations: { de: { name: toGerman(node.name), description: toGerman(node.description) } },
        path: parent ? `${parent.path}/${node.slug}` : node.slug,
        depth: (parent?.depth ?? 0) + 1,
        position,
      };
      rows.push(row);
      bySlug.set(node.slug, row);
      if (node.children) visit(node.children, row);
    });
  };
  visit(CATEGORY_TREE, undefined);
  return { rows, bySlug };
}

/** Builds the complete demo catalogue in memory. Exported for tests; `seedDemo` writes it. */
export function planDemoCatalog(scale = 1): DemoPlan {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000)
    throw new RangeError(`Demo seed: scale must be in (0, 1000], got ${scale}`);
  const root = createRng(hashSeed(SEED_LABEL));
  const rng = root.fork('catalogue');

  const { rows: categoryRows, bySlug: categoryBySlug } = buildCategories();
  const leafSlugs = new Set(categoryRows.filter((c) => c.depth === 3).map((c) => c.slug));
  const brandRows = BRANDS.map((b) => ({ id: randomUUID(), slug: b.slug, name: b.name }));
  const brandBySlug = new Map(BRANDS.map((b, i) => [b.slug, { spec: b, id: brandRows[i]?.id ?? '' }]));

  const allProducts: PlannedProduct[] = [];
  const slugs = new Set<string>();
  const relations: PlannedRelation[] = [];
  const relationKeys = new Set<string>();
  const relationPositions = new Map<string, number>();
  const families: BikeFamily[] = [];
  let variantCounter = 0;

  const addRelation = (from: PlannedProduct, to: PlannedProduct | undefined, type: RelationType) => {
    if (!to || to.id === from.id) return;
    const key = `${from.id}|${to.id}|${type}`;
    if (relationKeys.has(key)) return;
    relationKeys.add(key);
    const positionKey = `${from.id}|${type}`;
    const position = relationPositions.get(positionKey) ?? 0;
    relationPositions.set(positionKey, position + 1);
    relations.push({ productId: from.id, relatedProductId: to.id, type, position });
  };

  const uniqueSlug = (name: string, brandSlug: string | undefined, no: number): string => {
    const base = slugify(name);
    for (const candidate of [base, brandSlug ? `${base}-${brandSlug}` : undefined, `${base}-${no}`]) {
      if (candidate && !slugs.has(candidate)) {
        slugs.add(candidate);
        return candidate;
      }
    }
    throw new Error(`Demo seed: cannot find a unique slug for ${name}`);
  };

  type BuildInput = {
    line: ProductLine;
    name: string;
    /** The name in German (names keep their model words; product words are translated). */
    nameDe: string;
    brand: BrandSpec | undefined;
    attributeValues: Map<AttributeCode, string>;
    baseEuros: number;
    createdAt: Date;
    colorCount?: { min: number; max: number };
    extraVars?: Record<string, string>;
  };

  const buildProduct = (input: BuildInput): PlannedProduct => {
    const { line, name, nameDe, brand, attributeValues } = input;
    const no = allProducts.length + 1;
    const id = randomUUID();
    const category = categoryBySlug.get(line.category);
    if (!category || !leafSlugs.has(line.category))
      throw new Error(`Demo seed: ${line.key} must use a leaf category (${line.category})`);
    const brandEntry = brand ? brandBySlug.get(brand.slug) : undefined;

    // Variants: colour × size (either may be absent).
    const colors: ColorSpec[] = [];
    if (line.colors) {
      const range = input.colorCount ?? line.colors;
      const count = rng.int(range.min, Math.min(range.max, line.colors.palette.length));
      for (const colorName of rng.sample(line.colors.palette, count)) {
        const color = COLOR_BY_NAME.get(colorName);
        if (!color) throw new Error(`Demo seed: unknown colour ${colorName}`);
        colors.push(color);
      }
    }
    const sizes: string[] = line.sizeSets ? [...rng.pick(line.sizeSets)] : [];
    const mpnBase = `${codeOf(brand?.slug ?? 'vo').slice(0, 3)}-${rng.int(10000, 99999)}`;
    const productVariants: PlannedVariant[] = [];
    const firstVariantOfColor = new Map<string, string>();
    for (const color of colors.length > 0 ? colors : [undefined]) {
      for (const size of sizes.length > 0 ? sizes : [undefined]) {
        const options: Record<string, string> = {};
        const codes: string[] = [];
        if (color) {
          options.color = color.name;
          codes.push(color.code);
        }
        if (size !== undefined) {
          options[line.sizeOption ?? 'size'] = size;
          codes.push(codeOf(size));
        }
        variantCounter += 1;
        const percent = size !== undefined ? (line.sizePricePercent?.[size] ?? 100) : 100;
        const euros = Math.floor((input.baseEuros * percent + 50) / 100);
        const variantId = randomUUID();
        if (color && !firstVariantOfColor.has(color.name)) firstVariantOfColor.set(color.name, variantId);
        const suffix = codes.length > 0 ? `-${codes.join('-')}` : '';
        productVariants.push({
          id: variantId,
          sku: `VO-${String(no).padStart(6, '0')}${suffix}`,
          gtin: gtin13(variantCounter),
          mpn: `${mpnBase}${suffix}`,
          options,
          position: productVariants.length,
          amount: toCents(euros, line.price.ending),
        });
      }
    }

    // Description: an intro and one or two detail sentences.
    const vars = new Map<string, string>([
      ['name', name],
      ['brand', brand?.name ?? 'Velo & Outdoor'],
      ['type', line.typeLabel.toLowerCase()],
      ['colors', colors.map((c) => c.name.toLowerCase()).join(', ')],
      ...attributeValues,
      ...Object.entries(input.extraVars ?? {}),
    ]);
    const context = `${line.key}: ${name}`;
    const sentences = [rng.pick(line.intros), ...rng.sample(line.details, rng.int(1, 2))];
    const description = sentences.map((s) => fillTemplate(s, vars, context)).join(' ');
    const typeDe = toGerman(line.typeLabel);
    const varsDe = new Map<string, string>([
      ['name', nameDe],
      ['brand', brand?.name ?? 'Velo & Outdoor'],
      ['type', typeDe],
      ['colors', colors.map((c) => toGerman(c.name)).join(', ')],
      ...[...attributeValues].map(([code, value]): [string, string] => [code, germanValue(value)]),
      ...Object.entries(input.extraVars ?? {}),
    ]);
    const descriptionDe = sentences.map((s) => fillTemplate(toGerman(s), varsDe, context, 'de')).join(' ');

    // 2-4 stored attributes: the required ones first, then random others.
    const present = [...attributeValues.keys()];
    const required = (line.requiredAttributes ?? []).filter((code) => attributeValues.has(code));
    const optional = present.filter((code) => !required.includes(code));
    const target = Math.min(present.length, rng.int(2, 4));
    const chosen = new Set([...required, ...rng.sample(optional, Math.max(0, target - required.length))]);
    const storedAttributes = ATTRIBUTES.filter((a) => chosen.has(a.code)).map((a) => {
      const value = attributeValues.get(a.code) ?? '';
      const german = germanValue(value);
      return { code: a.code, value, translations: german === value ? {} : { de: { value: german } } };
    });

    // Media: one image per colour (linked to the first variant of that colour, so picking a colour shows it), at least two.
    const nameMentionsType = name.toLowerCase().includes(line.typeLabel.toLowerCase().split(' ').pop() ?? '');
    const label = nameMentionsType ? name : `${line.typeLabel} ${name}`;
    const typeWordDe = typeDe.toLowerCase().split(/[\s-]/).pop() ?? '';
    const labelDe = nameDe.toLowerCase().includes(typeWordDe) ? nameDe : `${typeDe} ${nameDe}`;
    const germanAlt = (alt: string): AltTranslations => ({ de: { alt } });
    const productMedia: PlannedMedia[] = colors.map((color, position) => ({
      id: randomUUID(),
      variantId: firstVariantOfColor.get(color.name) ?? null,
      url: productIllustrationUrl(line.kind, color.hue, swatchColor(color.name)),
      alt: `${label} in ${color.name.toLowerCase()}`,
      translations: germanAlt(`${labelDe} in ${toGerman(color.name)}`),
      position,
    }));
    const hue = colors[0]?.hue ?? rng.int(0, 359);
    if (productMedia.length === 0) {
      productMedia.push({
        id: randomUUID(),
        variantId: null,
        url: productIllustrationUrl(line.kind, hue),
        alt: label,
        translations: germanAlt(labelDe),
        position: 0,
      });
    }
    if (productMedia.length < 2) {
      const printed = line.role === 'book' || line.role === 'manual';
      const service = line.role === 'service';
      const kind: ProductIllustrationKind = printed || service ? line.kind : 'generic';
      const detailHue = printed || service ? (hue + 30) % 360 : hue;
      const suffix = printed ? 'back cover' : service ? 'in the workshop' : 'packaging';
      const suffixDe = printed ? 'Rückseite' : service ? 'in der Werkstatt' : 'Verpackung';
      productMedia.push({
        id: randomUUID(),
        variantId: null,
        url: productIllustrationUrl(kind, detailHue),
        alt: `${label}, ${suffix}`,
        translations: germanAlt(`${labelDe}, ${suffixDe}`),
        position: productMedia.length,
      });
    }

    const product: PlannedProduct = {
      id,
      no,
      line,
      role: line.role,
      name,
      slug: uniqueSlug(name, brand?.slug, no),
      description,
      translations: {
        de: nameDe === name ? { description: descriptionDe } : { name: nameDe, description: descriptionDe },
      },
      brandId: brandEntry?.id ?? null,
      categoryId: category.id,
      taxClassCode: line.taxClass ?? 'standard',
      createdAt: input.createdAt,
      attributes: storedAttributes,
      variants: productVariants,
      media: productMedia,
      sizes,
      attributeValues,
    };
    allProducts.push(product);
    return product;
  };

  const resolveAttributes = (line: ProductLine, fixed: Partial<Record<AttributeCode, string>> = {}) => {
    const values = new Map<AttributeCode, string>();
    for (const [code, spec] of Object.entries(line.attributes) as Array<[AttributeCode, AttributeSpec]>) {
      values.set(code, formatSpec(spec, rng));
    }
    for (const [code, value] of Object.entries(fixed) as Array<[AttributeCode, string]>) values.set(code, value);
    return values;
  };

  const skewedEuros = (min: number, max: number) => min + Math.floor((max - min + 1) * rng.next() ** 1.6);
  const nextCreatedAt = () => new Date(FIXED_EPOCH_MS + (allProducts.length + 1) * MINUTE_MS);
  const brandOf = (slug: string): BrandSpec => {
    const entry = brandBySlug.get(slug);
    if (!entry) throw new Error(`Demo seed: unknown brand ${slug}`);
    return entry.spec;
  };

  // Bike families: unique names (model × generation), 2-3 consecutive tiers, sometimes a previous model year.
  const modelOrder = rng.shuffle(BIKE_MODELS);
  let familyCursor = 0;
  const nextFamilyName = () => {
    const model = modelOrder[familyCursor % modelOrder.length] ?? 'Velo';
    const generation = Math.floor(familyCursor / modelOrder.length);
    familyCursor += 1;
    if (generation === 0) return model;
    return `${model} ${FAMILY_GENERATIONS[generation] ?? `Mk ${generation + 1}`}`;
  };

  const planBikeLine = (line: ProductLine) => {
    const tiers = line.tiers ?? ['1', '2', '3'];
    const familyCount = Math.max(1, Math.round(line.perScale * scale));
    for (let f = 0; f < familyCount; f += 1) {
      const familyName = nextFamilyName();
      const brand = brandOf(rng.pick(line.brands));
      const tierCount = rng.int(2, Math.min(3, tiers.length));
      const start = rng.int(0, tiers.length - tierCount);
      const familyTiers = tiers.slice(start, start + tierCount);
      const shared = resolveAttributes(line);
      const range = line.price.max - line.price.min;
      const basePrice = line.price.min + rng.int(0, Math.floor(range * 0.45));
      const step = rng.int(Math.floor(range * 0.1), Math.floor(range * 0.22));
      const family: BikeFamily = { name: familyName, brand, wheelSize: shared.get('wheelSize') ?? '28', members: [] };
      familyTiers.forEach((tier, index) => {
        const values = resolveAttributes(line);
        // Frame material and wheel size are shared within a family; kids' bikes are named after the wheel size.
        for (const code of ['material', 'wheelSize'] as const) {
          const value = shared.get(code);
          if (value !== undefined) values.set(code, value);
        }
        if (line.tierIsWheelSize) values.set('wheelSize', tier);
        values.set('modelYear', MODEL_YEAR);
        const template = rng.pick(line.names);
        const templateName = typeof template === 'string' ? template : template.name;
        const nameVars = new Map([
          ['model', familyName],
          ['tier', tier],
        ]);
        const name = fillTemplate(templateName, nameVars, line.key);
        const nameDe = fillTemplate(toGerman(templateName), nameVars, line.key, 'de');
        const euros = Math.min(line.price.max, basePrice + index * step);
        const current = buildProduct({
          line,
          name,
          nameDe,
          brand,
          attributeValues: values,
          baseEuros: euros,
          createdAt: nextCreatedAt(),
        });
        family.members.push(current);
        if (rng.chance(0.3)) {
          // The previous model year of this tier, still in stock in fewer colours; its successor is the current one.
          const oldValues = new Map(values);
          oldValues.set('modelYear', PREVIOUS_MODEL_YEAR);
          const oldEuros = Math.max(line.price.min, euros - rng.pick([50, 100, 150]));
          const previous = buildProduct({
            line,
            name: `${name} (${PREVIOUS_MODEL_YEAR})`,
            nameDe: `${nameDe} (${PREVIOUS_MODEL_YEAR})`,
            brand,
            attributeValues: oldValues,
            baseEuros: oldEuros,
            createdAt: new Date(current.createdAt.getTime() - YEAR_MS),
            colorCount: { min: 2, max: 2 },
          });
          family.members.push(previous);
          addRelation(previous, current, 'successor');
        }
      });
      families.push(family);
    }
  };

  const planManuals = (line: ProductLine) => {
    for (const family of families) {
      const values = resolveAttributes(line);
      const template = line.names[0] ?? '{model} Owner’s Manual';
      const templateName = typeof template === 'string' ? template : template.name;
      const name = fillTemplate(templateName, new Map([['model', family.name]]), line.key);
      const nameDe = fillTemplate(toGerman(templateName), new Map([['model', family.name]]), line.key, 'de');
      const euros = rng.int(line.price.min, line.price.max);
      family.manual = buildProduct({
        line,
        name,
        nameDe,
        brand: family.brand,
        attributeValues: values,
        baseEuros: euros,
        createdAt: nextCreatedAt(),
        extraVars: { family: family.name },
      });
    }
  };

  const planLine = (line: ProductLine) => {
    const count = Math.max(1, Math.round(line.perScale * scale));
    // Walk through all name × model combinations before repeating one.
    const combos = line.names.flatMap((template) => (line.models ?? ['']).map((model) => ({ template, model })));
    let order = rng.shuffle(combos);
    for (let i = 0; i < count; i += 1) {
      if (i > 0 && i % combos.length === 0) order = rng.shuffle(combos);
      const combo = order[i % combos.length];
      if (!combo) throw new Error(`Demo seed: ${line.key} has no names`);
      const template = typeof combo.template === 'string' ? { name: combo.template, attrs: {} } : combo.template;
      const nameVars = new Map([
        ['model', combo.model],
        ['tier', ''],
      ]);
      const name = fillTemplate(template.name, nameVars, line.key).replace(/\s+/g, ' ').trim();
      const nameDe = fillTemplate(toGerman(template.name), nameVars, line.key, 'de').replace(/\s+/g, ' ').trim();
      const brand = line.brands.length > 0 ? brandOf(rng.pick(line.brands)) : undefined;
      const values = resolveAttributes(line, template.attrs);
      buildProduct({
        line,
        name,
        nameDe,
        brand,
        attributeValues: values,
        baseEuros: skewedEuros(line.price.min, line.price.max),
        createdAt: nextCreatedAt(),
      });
    }
  };

  for (const line of PRODUCT_LINES) {
    if (line.role === 'bike' || line.role === 'ebike') planBikeLine(line);
    else if (line.role === 'manual') planManuals(line);
    else planLine(line);
  }

  // Relations: accessories, consumables, spare parts and manuals for bikes; a few cross-sells elsewhere.
  const relRng = root.fork('relations');
  const byRole = new Map<ProductRole, PlannedProduct[]>();
  for (const product of allProducts) {
    const list = byRole.get(product.role) ?? [];
    list.push(product);
    byRole.set(product.role, list);
  }
  const pool = (role: ProductRole) => byRole.get(role) ?? [];
  const pickFrom = (list: readonly PlannedProduct[]) => (list.length > 0 ? relRng.pick(list) : undefined);
  const fits = (list: readonly PlannedProduct[], wheelSize: string) =>
    list.filter((p) => p.sizes.includes(`${wheelSize} in`));

  for (const family of families) {
    for (const bike of family.members) {
      const wheelSize = bike.attributeValues.get('wheelSize') ?? family.wheelSize;
      // 3-6 accessories: always a helmet, a lock and a light, then bags, bottles and pumps.
      const accessoryCount = relRng.int(3, 6);
      const accessories = [pickFrom(pool('helmet')), pickFrom(pool('lock')), pickFrom(pool('light'))];
      const extraPools = [pool('bag'), pool('bag'), pool('bottle'), pool('pump'), pool('light'), pool('lock')].filter(
        (l) => l.length > 0,
      );
      for (
        let attempt = 0;
        accessories.length < accessoryCount + 6 && attempt < 12 && extraPools.length > 0;
        attempt += 1
      ) {
        accessories.push(pickFrom(relRng.pick(extraPools)));
      }
      const uniqueAccessories = [...new Set(accessories.filter((p): p is PlannedProduct => p !== undefined))];
      for (const accessory of uniqueAccessories.slice(0, accessoryCount)) addRelation(bike, accessory, 'accessory');
      // 1-3 consumables: chain oil and inner tubes that fit the wheel size.
      const consumableCount = relRng.int(1, 3);
      const fittingTubes = fits(pool('tube'), wheelSize);
      const consumables = [
        pickFrom(pool('oil')),
        ...relRng.sample(fittingTubes.length > 0 ? fittingTubes : pool('tube'), 2),
      ];
      for (const consumable of consumables.slice(0, consumableCount)) addRelation(bike, consumable, 'consumable');
      // The printed manual of the family.
      addRelation(bike, family.manual, 'manual');
      // 1-3 spare parts: brake pads, a chain, tyres that fit.
      const fittingTyres = fits(pool('tyre'), wheelSize);
      const spares = relRng.shuffle([pickFrom(pool('brake-pads')), pickFrom(pool('chain')), pickFrom(fittingTyres)]);
      for (const spare of spares.slice(0, relRng.int(1, 3))) addRelation(bike, spare, 'spare_part');
    }
  }
  for (const product of allProducts) {
    switch (product.role) {
      case 'helmet':
        if (relRng.chance(0.5)) addRelation(product, pickFrom(pool('light')), 'accessory');
        break;
      case 'light': {
        const power = product.attributeValues.get('powerSource') ?? '';
        if (/\bAA{1,2} batteries/.test(power)) {
          for (const battery of relRng.sample(pool('battery'), relRng.int(1, 2)))
            addRelation(product, battery, 'consumable');
        }
        break;
      }
      case 'rainwear':
        if (relRng.chance(0.7))
          for (const gloves of relRng.sample(pool('gloves'), relRng.int(1, 2)))
            addRelation(product, gloves, 'accessory');
        break;
      case 'tent':
        for (const item of relRng.sample([...pool('sleeping-bag'), ...pool('mat')], 2))
          addRelation(product, item, 'accessory');
        break;
      case 'sleeping-bag':
        if (relRng.chance(0.5)) addRelation(product, pickFrom(pool('mat')), 'accessory');
        break;
      case 'stove':
        for (const item of relRng.sample(pool('cookware'), relRng.int(1, 2))) addRelation(product, item, 'accessory');
        break;
      case 'backpack':
        if (relRng.chance(0.5)) addRelation(product, pickFrom(pool('bottle')), 'accessory');
        break;
      case 'tube':
        if (relRng.chance(0.4)) addRelation(product, pickFrom(pool('pump')), 'accessory');
        break;
      default:
        break;
    }
  }

  // Stock for every variant at every location: stores 0-8 (about 25% zero), warehouse 0-60 (about 10% zero).
  const stockRng = root.fork('stock');
  const stock: DemoPlan['stock'] = [];
  for (const product of allProducts) {
    for (const variant of product.variants) {
      for (const location of LOCATIONS) {
        const onHand =
          location.kind === 'warehouse'
            ? stockRng.chance(0.1)
              ? 0
              : stockRng.int(1, 60)
            : stockRng.chance(0.25)
              ? 0
              : stockRng.int(1, 8);
        stock.push({ variantId: variant.id, locationCode: location.code, onHand });
      }
    }
  }

  return {
    categories: categoryRows,
    brands: brandRows,
    products: allProducts,
    relations,
    stock,
    variantCount: variantCounter,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Inserts rows in statements of at most 1,000 rows and well below the 65,534 parameter limit. */
/** An option type's German name and the German labels of the values its variants use (where they differ). */
function optionTranslations(code: string, name: string, plan: DemoPlan) {
  const values: Record<string, string> = {};
  for (const product of plan.products)
    for (const variant of product.variants) {
      const value = variant.options[code];
      if (value === undefined || value in values) continue;
      values[value] = toGerman(value);
    }
  const differing = Object.fromEntries(Object.entries(values).filter(([value, label]) => value !== label));
  return { de: { name: toGerman(name), values: differing } };
}

async function insertBatched<T extends PgTable>(db: Executor, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const batchSize = Math.max(1, Math.min(1000, Math.floor(30_000 / columns)));
  for (let i = 0; i < rows.length; i += batchSize) {
    await db.insert(table).values(rows.slice(i, i + batchSize));
  }
}

function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName = '', ...rest] = name.split(' ');
  return { firstName, lastName: rest.join(' ') };
}

/**
 * Seeds the demo data into an empty database (after migrations). Tax classes and channels are
 * upserted, so running it after `seedEssentials` works; everything else expects empty tables.
 */
export async function seedDemo(db: Database, options: SeedDemoOptions = {}): Promise<SeedSummary> {
  const scale = options.scale ?? 1;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const elapsed = () => formatSeconds(performance.now() - started);

  const plan = planDemoCatalog(scale);
  log(
    `demo seed: planned ${plan.products.length} products, ${plan.variantCount} variants (scale ${scale}) in ${elapsed()}`,
  );

  const passwordHashes = await Promise.all(ACCOUNT_SPECS.map(() => hashPassword(DEMO_PASSWORD)));
  log(`demo seed: hashed ${passwordHashes.length} passwords in ${elapsed()}`);

  await db.transaction(async (tx) => {
    // Reference data.
    await tx
      .insert(taxClasses)
      .values(TAX_CLASSES.map((t) => ({ ...t })))
      .onConflictDoNothing();
    const locationIds = new Map<LocationCode, string>();
    await insertBatched(
      tx,
      locations,
      LOCATIONS.map((l) => {
        const id = randomUUID();
        locationIds.set(l.code, id);
        return {
          id,
          code: l.code,
          name: l.name,
          kind: l.kind,
          street: l.street,
          postalCode: l.postalCode,
          city: l.city,
          country: 'DE',
          timeZone: 'Europe/Berlin',
          openingHours: JSON.parse(JSON.stringify(l.openingHours)) as OpeningHours,
          pickupEnabled: l.pickupEnabled,
          active: true,
        };
      }),
    );
    const locationId = (code: LocationCode) => {
      const id = locationIds.get(code);
      if (!id) throw new Error(`Demo seed: unknown location ${code}`);
      return id;
    };
    const channelRows = await tx
      .insert(channels)
      .values(
        CHANNELS.map((c) => ({
          code: c.code,
          name: c.name,
          kind: c.kind,
          currency: CURRENCY,
          pricesIncludeVat: c.pricesIncludeVat,
          locale: c.locale,
          active: true,
          createdAt: FIXED_DATE,
        })),
      )
      .onConflictDoUpdate({
        target: channels.code,
        set: {
          name: sql`excluded.name`,
          kind: sql`excluded.kind`,
          currency: sql`excluded.currency`,
          pricesIncludeVat: sql`excluded.prices_include_vat`,
          locale: sql`excluded.locale`,
          active: sql`excluded.active`,
        },
      })
      .returning({ id: channels.id, code: channels.code });
    const channelIds = new Map(channelRows.map((c) => [c.code, c.id]));
    await insertBatched(
      tx,
      channelLocations,
      CHANNELS.flatMap((c) =>
        c.locations.map((code) => ({ channelId: channelIds.get(c.code) ?? '', locationId: locationId(code) })),
      ),
    );
    await tx
      .insert(optionTypes)
      .values(OPTION_TYPES.map((o) => ({ ...o, translations: optionTranslations(o.code, o.name, plan) })))
      .onConflictDoNothing();
    await tx
      .insert(attributes)
      .values(ATTRIBUTES.map((a) => ({ ...a, translations: { de: { name: toGerman(a.name) } } })))
      .onConflictDoNothing();
    await insertBatched(tx, categories, plan.categories);
    await insertBatched(tx, brands, plan.brands);
    log(`demo seed: reference data written in ${elapsed()}`);

    // Catalogue.
    await insertBatched(
      tx,
      products,
      plan.products.map((p) => ({
        id: p.id,
        slug: p.slug,
        name: p.name,
        description: p.description,
        translations: p.translations,
        brandId: p.brandId,
        categoryId: p.categoryId,
        taxClassCode: p.taxClassCode,
        status: 'active' as const,
        createdAt: p.createdAt,
        updatedAt: p.createdAt,
      })),
    );
    const allVariants = plan.products.flatMap((p) => p.variants.map((v) => ({ productId: p.id, ...v })));
    await insertBatched(
      tx,
      variants,
      allVariants.map((v) => ({
        id: v.id,
        productId: v.productId,
        sku: v.sku,
        gtin: v.gtin,
        mpn: v.mpn,
        options: v.options,
        position: v.position,
        active: true,
      })),
    );
    await tx.execute(sql`analyze products, variants`);
    // Bulk load: the price rows' listing trigger would refresh the products of every batch against a
    // growing, unanalysed variant_prices (minutes at scale 20); it is off for this insert, and the
    // listing read model is refreshed once for all products afterwards, as the trigger would have.
    await tx.execute(sql`alter table variant_prices disable trigger variant_prices_listing_insert`);
    await insertBatched(
      tx,
      variantPrices,
      // Floor price (about cost): 55 % of the list price; price lists never go below it.
      allVariants.map((v) => ({
        variantId: v.id,
        currency: CURRENCY,
        amount: v.amount,
        floorAmount: divideRoundHalfUp(v.amount * 55, 100),
        updatedAt: FIXED_DATE,
      })),
    );
    await tx.execute(sql`alter table variant_prices enable trigger variant_prices_listing_insert`);
    await tx.execute(sql`analyze variant_prices`);
    await tx.execute(sql`select refresh_product_listing(array(select id from products))`);
    await insertBatched(
      tx,
      productAttributes,
      plan.products.flatMap((p) =>
        p.attributes.map((a) => ({
          productId: p.id,
          attributeCode: a.code,
          value: a.value,
          translations: a.translations,
        })),
      ),
    );
    await insertBatched(
      tx,
      media,
      plan.products.flatMap((p) =>
        p.media.map((m) => ({
          id: m.id,
          productId: p.id,
          variantId: m.variantId,
          url: m.url,
          alt: m.alt,
          translations: m.translations,
          position: m.position,
        })),
      ),
    );
    await insertBatched(tx, productRelations, plan.relations);
    log(`demo seed: catalogue written in ${elapsed()}`);

    await insertBatched(
      tx,
      stockLevels,
      plan.stock.map((s) => ({
        variantId: s.variantId,
        locationId: locationId(s.locationCode),
        onHand: s.onHand,
        reserved: 0,
      })),
    );
    log(`demo seed: ${plan.stock.length} stock levels written in ${elapsed()}`);

    // People.
    const userIds = ACCOUNT_SPECS.map(() => randomUUID());
    await insertBatched(
      tx,
      users,
      ACCOUNT_SPECS.map((a, i) => ({
        id: userIds[i],
        email: a.email.toLowerCase(),
        name: a.name,
        passwordHash: passwordHashes[i] ?? '',
        roles: a.roles,
        active: true,
        createdAt: FIXED_DATE,
      })),
    );
    await insertBatched(
      tx,
      staffLocations,
      ACCOUNT_SPECS.flatMap((a, i) =>
        a.staffLocation ? [{ userId: userIds[i] ?? '', locationId: locationId(a.staffLocation) }] : [],
      ),
    );
    await insertBatched(
      tx,
      customerProfiles,
      ACCOUNT_SPECS.map((a, i) => ({
        userId: userIds[i],
        email: a.email.toLowerCase(),
        ...splitName(a.name),
        marketingConsent: false,
        createdAt: FIXED_DATE,
      })),
    );
    const companyIds = new Map<string, string>(COMPANY_SPECS.map((c) => [c.customerNumber, randomUUID()]));
    await insertBatched(
      tx,
      companies,
      COMPANY_SPECS.map((c) => ({
        id: companyIds.get(c.customerNumber),
        name: c.name,
        vatId: c.vatId,
        customerNumber: c.customerNumber,
        active: true,
        createdAt: FIXED_DATE,
      })),
    );
    await insertBatched(
      tx,
      companyMembers,
      ACCOUNT_SPECS.flatMap((a, i) =>
        a.company
          ? [
              {
                companyId: companyIds.get(a.company.customerNumber) ?? '',
                userId: userIds[i] ?? '',
                role: a.company.role,
              },
            ]
          : [],
      ),
    );
    log(`demo seed: ${ACCOUNT_SPECS.length} users and ${COMPANY_SPECS.length} companies written in ${elapsed()}`);
    const pricing = await seedDemoPricing(tx, { scale });
    log(`demo seed: ${pricing.lists} price lists with ${pricing.entries} entries written in ${elapsed()}`);
    // Omnibus history: the demo merchant sold at base prices since FIXED_DATE; its price lists start now.
    const now = new Date();
    const baseline = await recordPriceHistory(tx, { at: FIXED_DATE, withLists: false });
    const current = await recordPriceHistory(tx, { at: now });
    await tx.insert(priceHistoryState).values({ id: 1, recordedUntil: now });
    log(`demo seed: ${baseline.inserted + current.inserted} price history rows written in ${elapsed()}`);
    log(`demo seed: ${await seedDemoOrders(tx, now)} orders written in ${elapsed()}`);
    log(`demo seed: ${await seedDemoSynonyms(tx)} search synonym groups written in ${elapsed()}`);
    const assortment = await seedDemoAssortment(tx);
    log(
      `demo seed: ${assortment.rules} assortment rules, ${assortment.decisions} channel decisions written in ${elapsed()}`,
    );
    const shop = await seedDemoShop(tx);
    log(`demo seed: ${shop.rates} shipping rates and ${shop.pages} content pages written in ${elapsed()}`);
  });

  // The seed rewrites every product a few times (listing read model, tags, assortment): compact the
  // table so listings do not scan dead rows. Then planner statistics for the freshly loaded tables;
  // without them the first queries pick nested loops.
  await db.execute(sql`vacuum full products`);
  await db.execute(sql`analyze`);

  const summary: SeedSummary = {
    products: plan.products.length,
    variants: plan.variantCount,
    categories: plan.categories.length,
    users: ACCOUNT_SPECS.length,
  };
  log(`demo seed: done in ${elapsed()}`);
  return summary;
}
