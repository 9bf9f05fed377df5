// Reads of showroom mode: the stores it runs in, a scanned code's variant, and one variant's stock in
// every location (the showroom shows the warehouse too, which its channel does not sell from).
import 'server-only';
import { CATALOG_LOCALE, optionValueLabelSql } from '@/lib/catalog/translated-sql.reads';
import type { Locale } from '@/lib/platform/i18n/locales';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { locations, products, stockLevels, variants } from '@/db/schema';
import { assortedSql, productRow, type AssortmentScope } from '@/lib/assortment/assortment.reads';
import { availableAt } from '@/lib/inventory/availability.rules';
import type { ShowroomStore } from './showroom-stores.rules';
import type { StockAtLocation } from './showroom-stock.rules';

/** Every active store, by city and name. */
export async function listShowroomStores(db: Executor): Promise<ShowroomStore[]> {
  return db
    .select({ id: locations.id, code: locations.code, name: locations.name, city: locations.city })
    .from(locations)
    .where(and(eq(locations.kind, 'store'), eq(locations.active, true)))
    .orderBy(asc(locations.city), asc(locations.name));
}

/**
 * The active product and variant an EAN/GTIN or SKU names, if the channel's assortment `scope` holds it;
 * else null. Both columns are unique: the lookup is an index hit on either (docs/showroom.md), whatever
 * the catalogue's size.
 */
export async function findVariantByCode(
  db: Executor,
  code: string,
  scope: AssortmentScope,
): Promise<{ slug: string; sku: string } | null> {
  const [row] = await db
    .select({ slug: products.slug, sku: variants.sku })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(
      and(
        or(eq(variants.gtin, code), eq(variants.sku, code)),
        eq(variants.active, true),
        eq(products.status, 'active'),
        assortedSql(productRow('products'), scope),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Free units per variant at every active location (stores and warehouses), in one query. */
export async function listStockEverywhere(
  db: Executor,
  variantIds: readonly string[],
): Promise<Map<string, StockAtLocation[]>> {
  const byVariant = new Map<string, StockAtLocation[]>(variantIds.map((id) => [id, []]));
  if (variantIds.length === 0) return byVariant;
  const rows = await db
    .select({
      variantId: stockLevels.variantId,
      onHand: stockLevels.onHand,
      reserved: stockLevels.reserved,
      locationId: locations.id,
      code: locations.code,
      name: locations.name,
      kind: locations.kind,
    })
    .from(stockLevels)
    .innerJoin(locations, eq(locations.id, stockLevels.locationId))
    .where(and(inArray(stockLevels.variantId, [...variantIds]), eq(locations.active, true)));
  for (const row of rows)
    byVariant.get(row.variantId)?.push({
      locationId: row.locationId,
      locationCode: row.code,
      locationName: row.name,
      kind: row.kind,
      quantity: availableAt(row),
    });
  return byVariant;
}

/**
 * The variant of each offered product (an accessory, a consumable) that one tap adds: the first active
 * one in stock at the store, else the first; with how many active variants the product has (more than
 * one: its own view offers the others).
 */
export async function listOfferVariants(
  db: Executor,
  productIds: readonly string[],
  storeId: string,
  locale: Locale = CATALOG_LOCALE,
): Promise<Map<string, { sku: string; variants: number; label: string }>> {
  if (productIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([variants.productId], {
      productId: variants.productId,
      sku: variants.sku,
      variants: sql<number>`(count(*) over (partition by ${variants.productId}))::int`,
      // The variant's option values in the visitor's language ("Black · M"), empty for a single variant.
      label: sql<string>`coalesce((select string_agg(${optionValueLabelSql(sql`(${variants.options} ->> o.code)`, sql`o.translations`, locale)}, ' · ' order by o.position)
        from option_types o where ${variants.options} ? o.code), '')`,
    })
    .from(variants)
    .leftJoin(stockLevels, and(eq(stockLevels.variantId, variants.id), eq(stockLevels.locationId, storeId)))
    .where(and(inArray(variants.productId, [...productIds]), eq(variants.active, true)))
    .orderBy(
      variants.productId,
      sql`coalesce(${stockLevels.onHand} - ${stockLevels.reserved}, 0) > 0 desc`,
      asc(variants.position),
      asc(variants.sku),
    );
  return new Map(rows.map(({ productId, ...offer }) => [productId, offer]));
}
