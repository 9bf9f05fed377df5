import 'server-only';
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, customerGroupMembers, products, taxClasses, users, variantPrices, variants } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { findActor } from './actor';
import { resolvePrice, type EntryTarget, type PriceList, type ResolvedPrice } from '@/lib/domain/pricing';
import type { ChannelContext } from './channels';
import type { ProductCard } from './product-listing';

/** Whom a price is for: the customer groups and the company (B2B contract) of the buyer. */
export type PricingAudience = { customerGroupIds: string[]; companyId: string | null };
export const ANONYMOUS_AUDIENCE: PricingAudience = { customerGroupIds: [], companyId: null };

/**
 * The audience of a signed-in person: their company (the one asked for when they belong to it,
 * else their first membership) and the groups they or that company are in.
 */
export async function findPricingAudience(db: Executor, actor: Actor | null, companyId?: string): Promise<PricingAudience> {
  if (!actor) return ANONYMOUS_AUDIENCE;
  const company = (companyId ? actor.companies.find((c) => c.companyId === companyId) : actor.companies[0])?.companyId ?? null;
  const rows = await db
    .selectDistinct({ groupId: customerGroupMembers.groupId })
    .from(customerGroupMembers)
    .where(company ? or(eq(customerGroupMembers.userId, actor.userId), eq(customerGroupMembers.companyId, company)) : eq(customerGroupMembers.userId, actor.userId));
  return { customerGroupIds: rows.map((r) => r.groupId).sort(), companyId: company };
}

/**
 * For the back office ("why this price?"): the audience of a customer by email, or of a company;
 * null when no customer has that email.
 */
export async function findAudienceForAdmin(db: Executor, actor: Actor | null, who: { customerEmail?: string; companyId?: string }): Promise<PricingAudience | null> {
  requirePermission(actor, 'pricing:read');
  if (who.customerEmail) {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, who.customerEmail.toLowerCase()));
    const buyer = user ? await findActor(db, user.id) : null;
    return buyer ? findPricingAudience(db, buyer, who.companyId) : null;
  }
  if (!who.companyId) return ANONYMOUS_AUDIENCE;
  const rows = await db.selectDistinct({ groupId: customerGroupMembers.groupId }).from(customerGroupMembers).where(eq(customerGroupMembers.companyId, who.companyId));
  return { customerGroupIds: rows.map((r) => r.groupId).sort(), companyId: who.companyId };
}

export type ResolvedVariantPrice = ResolvedPrice;

/** Whether a buyer may learn that a list exists: lists for everyone, their groups' and their company's. */
export function isVisibleTo(list: PriceList, audience: PricingAudience): boolean {
  if (list.companyId && list.companyId !== audience.companyId) return false;
  return list.customerGroupIds.length === 0 || list.customerGroupIds.some((g) => audience.customerGroupIds.includes(g));
}

/** What the engine needs to know about a variant. */
export type PricedVariant = { variantId: string; productId: string; categoryPath: string; basePrice: number; floorPrice: number | null; vatRateBp: number };

export async function findPricedVariants(db: Executor, channel: ChannelContext, where: { variantIds?: string[]; productIds?: string[]; skus?: string[] }): Promise<Array<PricedVariant & { sku: string }>> {
  const conditions = [
    where.variantIds ? inArray(variants.id, where.variantIds) : undefined,
    where.productIds ? inArray(variants.productId, where.productIds) : undefined,
    where.skus ? inArray(variants.sku, where.skus) : undefined,
  ].filter((c) => c !== undefined);
  if (conditions.length === 0) return [];
  return db
    .select({
      variantId: variants.id,
      sku: variants.sku,
      productId: variants.productId,
      categoryPath: categories.path,
      basePrice: variantPrices.amount,
      floorPrice: variantPrices.floorAmount,
      vatRateBp: taxClasses.rateBp,
    })
    .from(variants)
    .innerJoin(variantPrices, and(eq(variantPrices.variantId, variants.id), eq(variantPrices.currency, channel.currency)))
    .innerJoin(products, eq(products.id, variants.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(taxClasses, eq(taxClasses.code, products.taxClassCode))
    .where(and(eq(variants.active, true), ...conditions));
}

/** `column in (…)` with bound parameters; false for an empty list. */
function inList(column: SQL, values: string[]): SQL {
  return values.length ? sql`${column} in ${values}` : sql`false`;
}

function ancestorPaths(paths: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join('/'));
  }
  return [...all];
}

/**
 * The channel's price lists with the entries that can touch these variants, in two queries.
 * With an audience, only lists that apply to it at `at` are loaded (storefront); without one, every
 * list of the channel comes back so that a trace can say why each was dropped ("why this price").
 */
export async function findPriceLists(db: Executor, channel: ChannelContext, items: PricedVariant[], options: { audience?: PricingAudience; at: Date }): Promise<PriceList[]> {
  if (items.length === 0) return [];
  const { audience } = options;
  const at = options.at.toISOString();
  const scope = audience
    ? sql`and l.active and (l.valid_from is null or l.valid_from <= ${at}::timestamptz) and (l.valid_until is null or l.valid_until > ${at}::timestamptz)
        and (l.company_id is null or l.company_id = ${audience.companyId})
        and (not exists (select 1 from price_list_groups g where g.price_list_id = l.id)
          or exists (select 1 from price_list_groups g where g.price_list_id = l.id and ${inList(sql`g.group_id`, audience.customerGroupIds)}))`
    : sql``;
  const lists = await db.execute<{
    id: string;
    name: string;
    priority: number;
    active: boolean;
    valid_from: string | null;
    valid_until: string | null;
    company_id: string | null;
    currency: string;
    amounts_include_vat: boolean;
    channel_ids: string[];
    group_ids: string[];
  }>(sql`
    select l.id, l.name, l.priority, l.active, l.valid_from, l.valid_until, l.company_id, l.currency, l.amounts_include_vat,
      array(select c.channel_id::text from price_list_channels c where c.price_list_id = l.id) as channel_ids,
      array(select g.group_id::text from price_list_groups g where g.price_list_id = l.id) as group_ids
    from price_lists l
    where exists (select 1 from price_list_channels c where c.price_list_id = l.id and c.channel_id = ${channel.id}) ${scope}
    order by l.priority desc, l.name`);
  if (lists.length === 0) return [];

  const listIds = lists.map((l) => l.id);
  const variantIds = [...new Set(items.map((i) => i.variantId))];
  const productIds = [...new Set(items.map((i) => i.productId))];
  const paths = ancestorPaths(items.map((i) => i.categoryPath));
  const columns = sql`e.id, e.price_list_id, e.target_kind, e.variant_id, e.product_id, c.path as category_path, e.min_quantity, e.adjustment_kind, e.value
    from price_list_entries e left join categories c on c.id = e.category_id`;
  const inLists = inList(sql`e.price_list_id`, listIds);
  // One indexed lookup per target kind (an OR across them would scan every entry of big lists).
  const entries = await db.execute<{
    id: string;
    price_list_id: string;
    target_kind: EntryTarget['kind'];
    variant_id: string | null;
    product_id: string | null;
    category_path: string | null;
    min_quantity: number;
    adjustment_kind: 'fixed' | 'percent' | 'amount';
    value: number;
  }>(sql`
    select ${columns} where ${inList(sql`e.variant_id`, variantIds)} and ${inLists}
    union all select ${columns} where ${inList(sql`e.product_id`, productIds)} and ${inLists}
    union all select ${columns} where ${inList(sql`c.path`, paths)} and ${inLists}
    union all select ${columns} where e.target_kind = 'all' and ${inLists}`);

  const byList = new Map<string, PriceList['entries']>(listIds.map((id) => [id, []]));
  for (const e of entries) {
    const target: EntryTarget =
      e.target_kind === 'variant'
        ? { kind: 'variant', variantId: e.variant_id! }
        : e.target_kind === 'product'
          ? { kind: 'product', productId: e.product_id! }
          : e.target_kind === 'category'
            ? { kind: 'category', path: e.category_path! }
            : { kind: 'all' };
    const adjustment = e.adjustment_kind === 'percent' ? { kind: 'percent' as const, bp: e.value } : { kind: e.adjustment_kind, amount: e.value };
    byList.get(e.price_list_id)?.push({ id: e.id, target, minQuantity: e.min_quantity, adjustment });
  }
  return lists.map((l) => ({
    id: l.id,
    name: l.name,
    priority: l.priority,
    active: l.active,
    validFrom: l.valid_from ? new Date(l.valid_from) : null,
    validUntil: l.valid_until ? new Date(l.valid_until) : null,
    channelIds: l.channel_ids,
    customerGroupIds: l.group_ids,
    companyId: l.company_id,
    currency: l.currency,
    amountsIncludeVat: l.amounts_include_vat,
    entries: byList.get(l.id) ?? [],
  }));
}

/** Resolves one variant with the engine. */
export function priceVariant(channel: ChannelContext, audience: PricingAudience, variant: PricedVariant, lists: PriceList[], quantity: number, at: Date): ResolvedPrice {
  return resolvePrice(
    {
      variantId: variant.variantId,
      productId: variant.productId,
      categoryPath: variant.categoryPath,
      channel: { id: channel.id, currency: channel.currency, pricesIncludeVat: channel.pricesIncludeVat },
      customerGroupIds: audience.customerGroupIds,
      companyId: audience.companyId,
      quantity,
      at,
      basePrice: { amount: variant.basePrice, currency: channel.currency },
      vatRateBp: variant.vatRateBp,
      floorPrice: variant.floorPrice,
    },
    lists,
  );
}

/** Resolved unit prices (quantity 1) of many variants in three queries, keyed by variant id. */
export async function resolveVariantPrices(
  db: Executor,
  channel: ChannelContext,
  audience: PricingAudience,
  where: { variantIds?: string[]; productIds?: string[] },
  at = new Date(),
): Promise<Map<string, ResolvedPrice & { productId: string }>> {
  const items = await findPricedVariants(db, channel, where);
  const lists = await findPriceLists(db, channel, items, { audience, at });
  return new Map(items.map((item) => [item.variantId, { ...priceVariant(channel, audience, item, lists, 1, at), productId: item.productId }]));
}

/**
 * Listing cards with prices from the engine for this audience: each card shows its cheapest variant
 * after price lists, struck through against that variant's list price when reduced. Three queries
 * for any number of cards.
 */
export async function applyPriceLists<T extends ProductCard>(db: Executor, channel: ChannelContext, audience: PricingAudience, cards: T[], at = new Date()): Promise<T[]> {
  if (cards.length === 0) return cards;
  const prices = await resolveVariantPrices(db, channel, audience, { productIds: cards.map((c) => c.id) }, at);
  const byProduct = new Map<string, { min: ResolvedPrice; max: number }>();
  for (const price of prices.values()) {
    const seen = byProduct.get(price.productId);
    if (!seen) byProduct.set(price.productId, { min: price, max: price.unit.amount });
    else {
      if (price.unit.amount < seen.min.unit.amount) seen.min = price;
      seen.max = Math.max(seen.max, price.unit.amount);
    }
  }
  return cards.map((card) => {
    const resolved = byProduct.get(card.id);
    if (!resolved) return card;
    return { ...card, price: resolved.min.unit, basePrice: resolved.min.reduced ? resolved.min.base : null, priceVaries: resolved.max !== resolved.min.unit.amount };
  });
}
