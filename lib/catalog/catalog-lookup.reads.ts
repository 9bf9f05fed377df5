// The back office's pickers: categories, products, variants and brands matching what a merchandiser
// types, each found by the key the forms take (category path, product slug, SKU, brand slug).
import 'server-only';
import { asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { brands, categories, products, variants } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';

/** One pick: `id` is the key a form posts, `label` what a person reads, `description` the key or details. */
export type LookupItem = { id: string; label: string; description?: string };

/** A picker shows the first matches; typing more narrows them. */
export const LOOKUP_LIMIT = 20;

const contains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Categories whose name or path contains `q`; the exact path first, then top levels first. Labelled with their trail. */
export async function lookupCategories(db: Executor, actor: Actor | null, q: string): Promise<LookupItem[]> {
  requirePermission(actor, 'catalog:read');
  const rows = await db
    .select({
      path: categories.path,
      // The outer row named explicitly: drizzle leaves a lone table's columns unqualified.
      trail: sql<string>`(select string_agg(a.name, ' › ' order by a.depth) from categories a
        where a.path = "categories"."path" or starts_with("categories"."path", a.path || '/'))`,
    })
    .from(categories)
    .where(q ? or(ilike(categories.name, contains(q)), ilike(categories.path, contains(q))) : undefined)
    .orderBy(sql`${categories.path} = ${q} desc`, asc(categories.depth), asc(categories.path))
    .limit(LOOKUP_LIMIT);
  return rows.map((row) => ({ id: row.path, label: row.trail, description: row.path }));
}

/** Products (any status) whose name or slug contains `q`; the exact slug first. */
export async function lookupProducts(db: Executor, actor: Actor | null, q: string): Promise<LookupItem[]> {
  requirePermission(actor, 'catalog:read');
  const rows = await db
    .select({ slug: products.slug, name: products.name })
    .from(products)
    .where(q ? or(ilike(products.name, contains(q)), ilike(products.slug, contains(q))) : undefined)
    .orderBy(sql`${products.slug} = ${q} desc`, asc(products.name), asc(products.slug))
    .limit(LOOKUP_LIMIT);
  return rows.map((row) => ({ id: row.slug, label: row.name, description: row.slug }));
}

/** Variants whose SKU or product name contains `q`, or whose EAN is `q`; the exact SKU first. */
export async function lookupVariants(db: Executor, actor: Actor | null, q: string): Promise<LookupItem[]> {
  requirePermission(actor, 'catalog:read');
  const rows = await db
    .select({ sku: variants.sku, name: products.name, options: variants.options })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(
      q ? or(ilike(variants.sku, contains(q)), ilike(products.name, contains(q)), eq(variants.gtin, q)) : undefined,
    )
    .orderBy(sql`${variants.sku} = ${q} desc`, asc(variants.sku))
    .limit(LOOKUP_LIMIT);
  return rows.map((row) => ({
    id: row.sku,
    label: `${row.sku} · ${row.name}`,
    description: Object.values(row.options).join(' · ') || undefined,
  }));
}

/** Brands whose name or slug contains `q`. */
export async function lookupBrands(db: Executor, actor: Actor | null, q: string): Promise<LookupItem[]> {
  requirePermission(actor, 'catalog:read');
  const rows = await db
    .select({ slug: brands.slug, name: brands.name })
    .from(brands)
    .where(q ? or(ilike(brands.name, contains(q)), ilike(brands.slug, contains(q))) : undefined)
    .orderBy(sql`${brands.slug} = ${q} desc`, asc(brands.name))
    .limit(LOOKUP_LIMIT);
  return rows.map((row) => ({ id: row.slug, label: row.name, description: row.slug }));
}
