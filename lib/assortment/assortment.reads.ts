// The one assortment predicate every read path uses (docs/assortment.md): whether a channel lists a
// product for a buyer, read from the materialised decisions in channel_products. Not marked
// server-only: the services, the seed and the benchmarks use it outside Next as well.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { assortmentRules, categories, products } from '@/db/schema';
import { buyerAudienceKeys } from '@/lib/assortment/assortment.rules';
import type { PricingAudience } from '@/lib/pricing/prices.reads';

/**
 * Where a read looks: the channel, and the buyer's audience keys ('g:<group>', 'c:<company>') that
 * may have rules there. No keys: everyone's assortment.
 */
export type AssortmentScope = { channelId: string; audienceKeys: readonly string[] };

/** The scope of a buyer in a channel: their groups' and company's keys (everyone's is implied). */
export function assortmentScope(channelId: string, audience: PricingAudience): AssortmentScope {
  return { channelId, audienceKeys: buyerAudienceKeys(audience).filter((k) => k !== '') };
}

/** The columns of a products row the predicate reads. */
export type ProductRow = { id: SQL; listedChannelIds: SQL };
export const productRow = (alias: string): ProductRow => ({
  id: sql.raw(`${alias}.id`),
  listedChannelIds: sql.raw(`${alias}.listed_channel_ids`),
});

/**
 * SQL true when the channel lists the product for the scope. For everyone it reads the product's
 * read model (listed_channel_ids, no join); with audience keys, the highest-ranked of everyone's and
 * their decisions in channel_products (lib/assortment/assortment.rules.ts, combineDecisions).
 */
export function assortedSql(product: ProductRow, scope: AssortmentScope): SQL {
  if (scope.audienceKeys.length === 0) return sql`${scope.channelId}::uuid = any(${product.listedChannelIds})`;
  const keys = sql.join(
    ['', ...scope.audienceKeys].map((k) => sql`${k}`),
    sql`, `,
  );
  return sql`coalesce((select cp.listed from channel_products cp where cp.channel_id = ${scope.channelId} and cp.audience_key in (${keys}) and cp.product_id = ${product.id} order by cp.rank desc limit 1), false)`;
}

/** The audience keys that have rules in a channel; a buyer's scope only needs those (fewer cache keys). */
export async function findRuleAudienceKeys(db: Executor, channelId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ groupId: assortmentRules.customerGroupId, companyId: assortmentRules.companyId })
    .from(assortmentRules)
    .where(
      and(
        eq(assortmentRules.channelId, channelId),
        sql`(${assortmentRules.customerGroupId} is not null or ${assortmentRules.companyId} is not null)`,
      ),
    );
  return rows.map((r) => (r.groupId ? `g:${r.groupId}` : `c:${r.companyId}`)).sort();
}

/** Narrows a scope to the keys that have rules (pure). */
export function narrowScope(scope: AssortmentScope, ruleKeys: readonly string[]): AssortmentScope {
  return { channelId: scope.channelId, audienceKeys: scope.audienceKeys.filter((k) => ruleKeys.includes(k)) };
}

/** Whether one product is listed for the scope. */
export async function isProductListed(db: Executor, scope: AssortmentScope, productId: string): Promise<boolean> {
  const [row] = await db.execute<{ listed: boolean }>(
    sql`select ${assortedSql(productRow('p'), scope)} as listed from products p where p.id = ${productId}`,
  );
  return row?.listed === true;
}

/** Category paths that hold at least one sellable product listed for the scope (navigation hides the rest). */
export async function findAssortedCategoryPaths(db: Executor, scope: AssortmentScope): Promise<string[]> {
  const rows = await db
    .selectDistinct({ path: categories.path })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(
      and(
        eq(products.status, 'active'),
        sql`${products.listingMinPrice} is not null`,
        assortedSql(productRow('products'), scope),
      ),
    );
  return rows.map((r) => r.path);
}
