// Back-office reads for channels, their publishable keys and assortment rules, and the products ×
// channels assortment matrix. Every function checks 'channels:read' first.
import 'server-only';
import { and, asc, count, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';
import {
  assortmentRules,
  auditLog,
  brands,
  categories,
  channelLocations,
  channelProducts,
  channels,
  companies,
  customerGroups,
  locations,
  products,
  publishableKeys,
  users,
} from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';

export type AdminChannelRow = {
  id: string;
  code: string;
  name: string;
  kind: 'online' | 'showroom' | 'b2b' | 'marketplace';
  currency: string;
  pricesIncludeVat: boolean;
  active: boolean;
  assortmentMode: 'all' | 'selected';
  /** Active products the channel lists for everyone. */
  listedProducts: number;
  activeKeys: number;
};

// Correlated subqueries name the outer row explicitly: drizzle leaves a lone table's columns unqualified.
const listedProductsSql = sql<number>`(select count(*)::int from channel_products cp join products p on p.id = cp.product_id
  where cp.channel_id = "channels"."id" and cp.audience_key = '' and cp.listed and p.status = 'active')`;
const activeKeysSql = sql<number>`(select count(*)::int from publishable_keys k where k.channel_id = "channels"."id" and k.revoked_at is null)`;

const channelColumns = {
  id: channels.id,
  code: channels.code,
  name: channels.name,
  kind: channels.kind,
  currency: channels.currency,
  pricesIncludeVat: channels.pricesIncludeVat,
  active: channels.active,
  assortmentMode: channels.assortmentMode,
  listedProducts: listedProductsSql,
  activeKeys: activeKeysSql,
};

export async function listAdminChannels(db: Executor, actor: Actor | null): Promise<AdminChannelRow[]> {
  requirePermission(actor, 'channels:read');
  const rows = await db.select(channelColumns).from(channels).orderBy(asc(channels.code));
  return rows.map((r) => ({ ...r, listedProducts: Number(r.listedProducts), activeKeys: Number(r.activeKeys) }));
}

/** What a rule applies to, as the merchandiser typed it (path, slug, tag) and its display name. */
export type AdminRuleTarget = {
  targetKind: 'all' | 'category' | 'brand' | 'tag' | 'product';
  target: string | null;
  targetName: string | null;
  effect: 'include' | 'exclude';
};

export type AdminAssortmentRule = AdminRuleTarget & {
  id: string;
  audience: { kind: 'everyone' } | { kind: 'group' | 'company'; name: string };
  createdAt: Date;
};

const targetProducts = alias(products, 'target_product');

/** Columns describing a rule's target; use with `joinRuleTargets`. */
const ruleTargetColumns = {
  targetKind: assortmentRules.targetKind,
  effect: assortmentRules.effect,
  tag: assortmentRules.tag,
  categoryPath: categories.path,
  categoryName: categories.name,
  brandSlug: brands.slug,
  brandName: brands.name,
  productSlug: targetProducts.slug,
  productName: targetProducts.name,
};

type RuleTargetRow = { [K in keyof typeof ruleTargetColumns]: (typeof ruleTargetColumns)[K]['_']['data'] | null };

function toRuleTarget(r: RuleTargetRow): AdminRuleTarget {
  return {
    targetKind: r.targetKind!,
    effect: r.effect!,
    target: r.categoryPath ?? r.brandSlug ?? r.productSlug ?? r.tag ?? null,
    targetName: r.categoryName ?? r.brandName ?? r.productName ?? null,
  };
}

/** One channel with its supplying locations, keys, rules and recent audit entries; null when unknown. */
export async function findAdminChannel(db: Executor, actor: Actor | null, id: string) {
  requirePermission(actor, 'channels:read');
  const [channel] = await db.select(channelColumns).from(channels).where(eq(channels.id, id));
  if (!channel) return null;
  const [locationRows, keys, ruleRows, audit] = await Promise.all([
    db.select({ id: channelLocations.locationId }).from(channelLocations).where(eq(channelLocations.channelId, id)),
    db
      .select({
        id: publishableKeys.id,
        name: publishableKeys.name,
        token: publishableKeys.token,
        createdAt: publishableKeys.createdAt,
        revokedAt: publishableKeys.revokedAt,
      })
      .from(publishableKeys)
      .where(eq(publishableKeys.channelId, id))
      .orderBy(sql`${publishableKeys.revokedAt} is not null`, desc(publishableKeys.createdAt)),
    db
      .select({
        id: assortmentRules.id,
        createdAt: assortmentRules.createdAt,
        groupName: customerGroups.name,
        companyName: companies.name,
        ...ruleTargetColumns,
      })
      .from(assortmentRules)
      .leftJoin(categories, eq(categories.id, assortmentRules.categoryId))
      .leftJoin(brands, eq(brands.id, assortmentRules.brandId))
      .leftJoin(targetProducts, eq(targetProducts.id, assortmentRules.productId))
      .leftJoin(customerGroups, eq(customerGroups.id, assortmentRules.customerGroupId))
      .leftJoin(companies, eq(companies.id, assortmentRules.companyId))
      .where(eq(assortmentRules.channelId, id))
      // Everyone's rules first, then customer groups', then companies'.
      .orderBy(
        sql`${assortmentRules.customerGroupId} is not null`,
        sql`${assortmentRules.companyId} is not null`,
        asc(assortmentRules.createdAt),
        asc(assortmentRules.id),
      ),
    db
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
      .where(and(eq(auditLog.entityType, 'channel'), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(20),
  ]);
  const rules: AdminAssortmentRule[] = ruleRows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    audience:
      r.groupName !== null
        ? { kind: 'group', name: r.groupName }
        : r.companyName !== null
          ? { kind: 'company', name: r.companyName }
          : { kind: 'everyone' },
    ...toRuleTarget(r),
  }));
  return {
    ...channel,
    listedProducts: Number(channel.listedProducts),
    activeKeys: Number(channel.activeKeys),
    locationIds: locationRows.map((l) => l.id),
    keys,
    rules,
    audit,
  };
}

/** The locations a channel form offers as suppliers. */
export async function listChannelLocationChoices(db: Executor, actor: Actor | null) {
  requirePermission(actor, 'channels:read');
  return db
    .select({ id: locations.id, code: locations.code, name: locations.name })
    .from(locations)
    .orderBy(asc(locations.name));
}

/** The audiences an assortment rule can be for besides everyone. */
export async function listAssortmentAudiences(db: Executor, actor: Actor | null) {
  requirePermission(actor, 'channels:read');
  const [groups, companyRows] = await Promise.all([
    db
      .select({ id: customerGroups.id, name: customerGroups.name })
      .from(customerGroups)
      .orderBy(asc(customerGroups.name)),
    db.select({ id: companies.id, name: companies.name }).from(companies).orderBy(asc(companies.name)),
  ]);
  return { groups, companies: companyRows };
}

/** The choices of the matrix filters: categories (by path) and brands. */
export async function listAssortmentFilterChoices(db: Executor, actor: Actor | null) {
  requirePermission(actor, 'channels:read');
  const [categoryRows, brandRows] = await Promise.all([
    db
      .select({ path: categories.path, name: categories.name, depth: categories.depth })
      .from(categories)
      .orderBy(asc(categories.path)),
    db.select({ slug: brands.slug, name: brands.name }).from(brands).orderBy(asc(brands.name)),
  ]);
  return { categories: categoryRows, brands: brandRows };
}

export const MATRIX_PAGE_SIZE = 50;

export type MatrixFilter = {
  categoryPath?: string;
  brandSlug?: string;
  status: 'active' | 'draft' | 'archived' | 'any';
  page: number;
};

/** A channel's decision on a product for everyone; `rule` null: the channel's default (its mode). */
export type MatrixCell = { channelId: string; listed: boolean; decided: boolean; rule: AdminRuleTarget | null };

export type MatrixRow = {
  id: string;
  name: string;
  slug: string;
  status: 'draft' | 'active' | 'archived';
  cells: MatrixCell[];
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The products × channels matrix: one page of products (by name) and, per channel, whether it lists
 * each for everyone and which rule decided. Four queries whatever the page size or channel count.
 */
export async function listAssortmentMatrix(db: Executor, actor: Actor | null, filter: MatrixFilter) {
  requirePermission(actor, 'channels:read');
  const path = filter.categoryPath?.replace(/^\/+|\/+$/g, '');
  const conditions: SQL[] = [];
  if (filter.status !== 'any') conditions.push(eq(products.status, filter.status));
  if (path) conditions.push(or(eq(categories.path, path), like(categories.path, `${escapeLike(path)}/%`))!);
  if (filter.brandSlug) conditions.push(eq(brands.slug, filter.brandSlug));
  const where = and(...conditions);
  const [channelRows, totalRows, productRows] = await Promise.all([
    db
      .select({ id: channels.id, code: channels.code, name: channels.name, assortmentMode: channels.assortmentMode })
      .from(channels)
      .orderBy(asc(channels.code)),
    db
      .select({ n: count() })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .leftJoin(brands, eq(brands.id, products.brandId))
      .where(where),
    db
      .select({ id: products.id, name: products.name, slug: products.slug, status: products.status })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .leftJoin(brands, eq(brands.id, products.brandId))
      .where(where)
      .orderBy(asc(products.name), asc(products.id))
      .limit(MATRIX_PAGE_SIZE)
      .offset((filter.page - 1) * MATRIX_PAGE_SIZE),
  ]);
  const total = Number(totalRows[0]?.n ?? 0);
  const base = { channels: channelRows, total, page: filter.page, pageSize: MATRIX_PAGE_SIZE };
  if (productRows.length === 0) return { ...base, rows: [] as MatrixRow[] };
  const decisions = await db
    .select({
      channelId: channelProducts.channelId,
      productId: channelProducts.productId,
      listed: channelProducts.listed,
      ruleId: channelProducts.ruleId,
      ...ruleTargetColumns,
    })
    .from(channelProducts)
    .leftJoin(assortmentRules, eq(assortmentRules.id, channelProducts.ruleId))
    .leftJoin(categories, eq(categories.id, assortmentRules.categoryId))
    .leftJoin(brands, eq(brands.id, assortmentRules.brandId))
    .leftJoin(targetProducts, eq(targetProducts.id, assortmentRules.productId))
    .where(
      and(
        eq(channelProducts.audienceKey, ''),
        inArray(
          channelProducts.productId,
          productRows.map((p) => p.id),
        ),
      ),
    );
  const byCell = new Map(decisions.map((d) => [`${d.channelId}:${d.productId}`, d]));
  const rows: MatrixRow[] = productRows.map((product) => ({
    ...product,
    cells: channelRows.map((channel) => {
      const d = byCell.get(`${channel.id}:${product.id}`);
      // No stored decision (not rebuilt yet): nothing is sold until the next rebuild.
      if (!d) return { channelId: channel.id, listed: false, decided: false, rule: null };
      return {
        channelId: channel.id,
        listed: d.listed,
        decided: true,
        rule: d.ruleId && d.targetKind ? toRuleTarget(d) : null,
      };
    }),
  }));
  return { ...base, rows };
}
