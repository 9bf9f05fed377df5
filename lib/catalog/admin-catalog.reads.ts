import 'server-only';
import { and, asc, count, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  auditLog,
  brands,
  categories,
  channels,
  locations,
  media,
  productAttributes,
  productRelations,
  products,
  stockLevels,
  users,
  variantPrices,
  variants,
} from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { BASE_CURRENCY } from '@/lib/platform/money.rules';

export const ADMIN_PAGE_SIZE = 50;

export type AdminProductRow = {
  id: string;
  slug: string;
  name: string;
  status: 'draft' | 'active' | 'archived';
  brand: string | null;
  category: string;
  variantCount: number;
  minPrice: number | null;
  currency: string;
  stock: number;
};

/** Back-office product list: name, slug, SKU or EAN search; paginated; one query. */
export async function listAdminProducts(db: Executor, actor: Actor | null, query: { q?: string; page: number }) {
  requirePermission(actor, 'catalog:read');
  const q = query.q?.trim();
  const match = q
    ? or(
        ilike(products.name, `%${escapeLike(q)}%`),
        ilike(products.slug, `%${escapeLike(q)}%`),
        sql`exists (select 1 from variants sv where sv.product_id = ${products.id} and (sv.sku ilike ${`%${escapeLike(q)}%`} or sv.gtin = ${q}))`,
      )
    : undefined;
  const rows = await db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      status: products.status,
      brand: brands.name,
      category: categories.name,
      variantCount: sql<number>`(select count(*)::int from variants v where v.product_id = ${products.id})`,
      minPrice: sql<
        number | null
      >`(select min(vp.amount)::int from variants v join variant_prices vp on vp.variant_id = v.id and vp.currency = ${BASE_CURRENCY} where v.product_id = ${products.id})`,
      stock: sql<number>`(select coalesce(sum(sl.on_hand), 0)::int from variants v join stock_levels sl on sl.variant_id = v.id where v.product_id = ${products.id})`,
      total: sql<number>`count(*) over ()::int`,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(match)
    .orderBy(asc(products.name), asc(products.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((query.page - 1) * ADMIN_PAGE_SIZE);
  return {
    items: rows.map(({ total: _total, ...r }): AdminProductRow => ({
      ...r,
      currency: BASE_CURRENCY,
      variantCount: Number(r.variantCount),
      stock: Number(r.stock),
    })),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    pageSize: ADMIN_PAGE_SIZE,
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function findAdminProduct(db: Executor, actor: Actor | null, id: string) {
  requirePermission(actor, 'catalog:read');
  const [product] = await db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      description: products.description,
      status: products.status,
      taxClassCode: products.taxClassCode,
      brand: brands.name,
      category: categories.name,
      categoryPath: categories.path,
      updatedAt: products.updatedAt,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(eq(products.id, id));
  if (!product) return null;
  const [variantRows, stockRows, attributeRows, relationRows, images, audit] = await Promise.all([
    db
      .select({
        id: variants.id,
        sku: variants.sku,
        gtin: variants.gtin,
        options: variants.options,
        amount: variantPrices.amount,
        currency: variantPrices.currency,
      })
      .from(variants)
      .leftJoin(variantPrices, eq(variantPrices.variantId, variants.id))
      .where(eq(variants.productId, id))
      .orderBy(asc(variants.position), asc(variants.sku)),
    db
      .select({
        variantId: stockLevels.variantId,
        code: locations.code,
        onHand: stockLevels.onHand,
        reserved: stockLevels.reserved,
      })
      .from(stockLevels)
      .innerJoin(variants, eq(variants.id, stockLevels.variantId))
      .innerJoin(locations, eq(locations.id, stockLevels.locationId))
      .where(eq(variants.productId, id))
      .orderBy(asc(locations.code)),
    db
      .select({ code: productAttributes.attributeCode, value: productAttributes.value })
      .from(productAttributes)
      .where(eq(productAttributes.productId, id)),
    db
      .select({ type: productRelations.type, id: products.id, name: products.name })
      .from(productRelations)
      .innerJoin(products, eq(products.id, productRelations.relatedProductId))
      .where(eq(productRelations.productId, id))
      .orderBy(asc(productRelations.type), asc(productRelations.position)),
    db
      .select({ url: media.url, alt: media.alt })
      .from(media)
      .where(eq(media.productId, id))
      .orderBy(asc(media.position))
      .limit(1),
    listAuditEntries(db, actor, { entityType: 'product', entityId: id, limit: 20 }),
  ]);
  const locationCodes = [...new Set(stockRows.map((s) => s.code))];
  return {
    ...product,
    image: images[0] ?? null,
    locationCodes,
    variants: variantRows.map((v) => ({
      ...v,
      stock: Object.fromEntries(
        stockRows.filter((s) => s.variantId === v.id).map((s) => [s.code, s.onHand - s.reserved]),
      ),
    })),
    attributes: attributeRows,
    relations: relationRows,
    audit,
  };
}

export async function listAuditEntries(
  db: Executor,
  actor: Actor | null,
  filter: { entityType?: string; entityId?: string; limit: number },
) {
  requirePermission(actor, 'audit:read');
  const conditions = [
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
  ];
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
      actor: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}

export async function getDashboardStats(db: Executor, actor: Actor | null) {
  requirePermission(actor, 'backoffice:access');
  const [[productCount], [variantCount], [channelCount], [soldOut], recent] = await Promise.all([
    db.select({ n: count() }).from(products),
    db.select({ n: count() }).from(variants),
    db.select({ n: count() }).from(channels).where(eq(channels.active, true)),
    db.execute<{ n: number }>(
      sql`select count(*)::int as n from variants v where not exists (select 1 from stock_levels sl where sl.variant_id = v.id and sl.on_hand - sl.reserved > 0)`,
    ),
    listAuditEntries(db, actor, { limit: 10 }),
  ]);
  return {
    products: Number(productCount?.n ?? 0),
    variants: Number(variantCount?.n ?? 0),
    activeChannels: Number(channelCount?.n ?? 0),
    soldOutVariants: Number(soldOut?.n ?? 0),
    recent,
  };
}
