// Categories, brands, products with their variants and base prices, media and relations. New products'
// assortment decisions are materialised for every channel (the listing read model is kept by triggers).
import type { Executor } from '@/db/client';
import {
  brands,
  categories,
  media,
  optionTypes,
  productRelations,
  products,
  variantPrices,
  variants,
} from '@/db/schema';
import { rebuildAssortment } from '@/lib/assortment/assortment-decisions.writes';
import { BASE_CURRENCY } from '@/lib/platform/money.rules';
import { makeTaxClasses, TAX_RATES, type TaxClassCode } from './base';
import { uniqueGtin, uniqueSuffix } from './unique';

export type MadeCategory = { id: string; slug: string; name: string; path: string; depth: number };

/** A category under `parent` (default: a top-level one); its path is the parent's plus its slug. */
export async function makeCategory(
  db: Executor,
  overrides: { parent?: MadeCategory; slug?: string; name?: string; description?: string; position?: number } = {},
): Promise<MadeCategory> {
  const suffix = uniqueSuffix();
  const slug = overrides.slug ?? `category-${suffix}`;
  const { parent } = overrides;
  const [row] = await db
    .insert(categories)
    .values({
      parentId: parent?.id ?? null,
      slug,
      name: overrides.name ?? `Category ${suffix}`,
      description: overrides.description ?? '',
      path: parent ? `${parent.path}/${slug}` : slug,
      depth: (parent?.depth ?? 0) + 1,
      position: overrides.position ?? 0,
    })
    .returning({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      path: categories.path,
      depth: categories.depth,
    });
  return row!;
}

/** A chain of categories, one level per entry, each the child of the one before; returns them top first. */
export async function makeCategoryPath(
  db: Executor,
  levels: Array<{ slug?: string; name?: string }>,
  parent?: MadeCategory,
): Promise<MadeCategory[]> {
  const made: MadeCategory[] = [];
  for (const level of levels) made.push(await makeCategory(db, { ...level, parent: made.at(-1) ?? parent }));
  return made;
}

export async function makeBrand(
  db: Executor,
  overrides: { slug?: string; name?: string } = {},
): Promise<{ id: string; slug: string; name: string }> {
  const suffix = uniqueSuffix();
  const [row] = await db
    .insert(brands)
    .values({ slug: overrides.slug ?? `brand-${suffix}`, name: overrides.name ?? `Brand ${suffix}` })
    .returning({ id: brands.id, slug: brands.slug, name: brands.name });
  return row!;
}

export type VariantOverrides = {
  sku?: string;
  /** Default: a random GTIN-13; null: none. */
  gtin?: string | null;
  mpn?: string | null;
  /** Option values by option code, e.g. { color: 'Red', size: 'M' }; their option types are made too. */
  options?: Record<string, string>;
  position?: number;
  active?: boolean;
  /** Gross base price in cents (default 4,999); null: no price, not sellable. */
  price?: number | null;
  /** Gross floor price in cents; default none. */
  floor?: number | null;
};

export type MadeVariant = {
  id: string;
  productId: string;
  sku: string;
  gtin: string | null;
  options: Record<string, string>;
  price: number | null;
  floor: number | null;
};

/** Option types are reference data: made once per code, named after it. */
async function makeOptionTypes(db: Executor, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  await db
    .insert(optionTypes)
    .values(codes.map((code, position) => ({ code, name: code, position })))
    .onConflictDoNothing();
}

/** Variants of products with their base prices, in one statement each (the listing triggers run once). */
async function insertVariants(
  db: Executor,
  specs: Array<{ productId: string; variants: VariantOverrides[] }>,
): Promise<MadeVariant[][]> {
  const rows = specs.flatMap(({ productId, variants: list }) => {
    const suffix = uniqueSuffix().toUpperCase();
    return list.map((spec, index) => ({
      spec,
      row: {
        productId,
        sku: spec.sku ?? `T-${suffix}-${String(index + 1).padStart(2, '0')}`,
        gtin: spec.gtin === undefined ? uniqueGtin() : spec.gtin,
        mpn: spec.mpn ?? null,
        options: spec.options ?? {},
        position: spec.position ?? index,
        active: spec.active ?? true,
      },
    }));
  });
  if (rows.length === 0) return specs.map(() => []);
  await makeOptionTypes(db, [...new Set(rows.flatMap((r) => Object.keys(r.row.options)))]);
  const inserted = await db
    .insert(variants)
    .values(rows.map((r) => r.row))
    .returning({ id: variants.id, sku: variants.sku, gtin: variants.gtin, options: variants.options });
  const idBySku = new Map(inserted.map((v) => [v.sku, v.id]));
  const made = rows.map(({ spec, row }) => ({
    id: idBySku.get(row.sku)!,
    productId: row.productId,
    sku: row.sku,
    gtin: row.gtin,
    options: row.options,
    price: spec.price === undefined ? 4999 : spec.price,
    floor: spec.floor ?? null,
  }));
  const priced = made.filter((v) => v.price !== null);
  if (priced.length)
    await db
      .insert(variantPrices)
      .values(
        priced.map((v) => ({ variantId: v.id, currency: BASE_CURRENCY, amount: v.price!, floorAmount: v.floor })),
      );
  return specs.map(({ productId }) => made.filter((v) => v.productId === productId));
}

export async function makeVariants(
  db: Executor,
  product: { id: string },
  specs: VariantOverrides[],
): Promise<MadeVariant[]> {
  return (await insertVariants(db, [{ productId: product.id, variants: specs }]))[0]!;
}

export async function makeVariant(
  db: Executor,
  product: { id: string },
  overrides: VariantOverrides = {},
): Promise<MadeVariant> {
  const [variant] = await makeVariants(db, product, [overrides]);
  return variant!;
}

export type ProductOverrides = {
  /** Default: a new top-level category (makeProducts: one shared by all that name none). */
  category?: MadeCategory;
  brand?: { id: string } | null;
  name?: string;
  slug?: string;
  description?: string;
  taxClassCode?: TaxClassCode;
  status?: 'draft' | 'active' | 'archived';
  tags?: string[];
  createdAt?: Date;
  /** Default: one priced variant. */
  variants?: VariantOverrides[];
};

export type MadeProduct = {
  id: string;
  slug: string;
  name: string;
  category: MadeCategory;
  brandId: string | null;
  taxClassCode: TaxClassCode;
  vatRateBp: number;
  variants: MadeVariant[];
};

/** Products with their variants and prices in a few statements, then the assortment decisions of every channel. */
async function insertProducts(db: Executor, specs: ProductOverrides[]): Promise<MadeProduct[]> {
  await makeTaxClasses(db);
  const shared = specs.some((s) => !s.category) ? await makeCategory(db) : undefined;
  const rows = specs.map((spec) => {
    const suffix = uniqueSuffix();
    return {
      spec,
      category: spec.category ?? shared!,
      taxClassCode: spec.taxClassCode ?? 'standard',
      row: {
        slug: spec.slug ?? `product-${suffix}`,
        name: spec.name ?? `Product ${suffix}`,
        description: spec.description ?? '',
        brandId: spec.brand?.id ?? null,
        categoryId: (spec.category ?? shared!).id,
        taxClassCode: spec.taxClassCode ?? 'standard',
        status: spec.status ?? 'active',
        tags: spec.tags ?? [],
        ...(spec.createdAt ? { createdAt: spec.createdAt, updatedAt: spec.createdAt } : {}),
      },
    };
  });
  const inserted = await db
    .insert(products)
    .values(rows.map((r) => r.row))
    .returning({ id: products.id, slug: products.slug });
  const idBySlug = new Map(inserted.map((p) => [p.slug, p.id]));
  const made = await insertVariants(
    db,
    rows.map(({ spec, row }) => ({ productId: idBySlug.get(row.slug)!, variants: spec.variants ?? [{}] })),
  );
  await rebuildAssortment(db);
  return rows.map(({ row, category, taxClassCode }, i) => ({
    id: idBySlug.get(row.slug)!,
    slug: row.slug,
    name: row.name,
    category,
    brandId: row.brandId,
    taxClassCode,
    vatRateBp: TAX_RATES[taxClassCode],
    variants: made[i]!,
  }));
}

export async function makeProduct(db: Executor, overrides: ProductOverrides = {}): Promise<MadeProduct> {
  const [product] = await insertProducts(db, [overrides]);
  return product!;
}

/** Many products in one go (a category shared by those that name none). */
export function makeProducts(
  db: Executor,
  count: number,
  overrides: (index: number) => ProductOverrides = () => ({}),
): Promise<MadeProduct[]> {
  return insertProducts(
    db,
    Array.from({ length: count }, (_, i) => overrides(i)),
  );
}

export async function makeMedia(
  db: Executor,
  input: { productId: string; variantId?: string | null; url?: string; alt?: string; position?: number },
): Promise<{ id: string; url: string }> {
  const [row] = await db
    .insert(media)
    .values({
      productId: input.productId,
      variantId: input.variantId ?? null,
      url: input.url ?? `/media/generated/test/${uniqueSuffix()}.svg`,
      alt: input.alt ?? 'Product image',
      position: input.position ?? 0,
    })
    .returning({ id: media.id, url: media.url });
  return row!;
}

export async function makeRelation(
  db: Executor,
  input: {
    productId: string;
    relatedProductId: string;
    type: 'accessory' | 'consumable' | 'spare_part' | 'manual' | 'successor';
    position?: number;
  },
): Promise<void> {
  await db.insert(productRelations).values({ ...input, position: input.position ?? 0 });
}
