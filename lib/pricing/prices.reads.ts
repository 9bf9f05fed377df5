// Not marked server-only: the demo seed and the price-history job use it outside Next as well.
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, customerGroupMembers, products, taxClasses, variantPrices, variants } from '@/db/schema';
import { can, type Actor, type Role } from '@/lib/platform/auth/permissions.rules';
import type { Money } from '@/lib/platform/money.rules';
import { resolvePrice, type EntryTarget, type PriceList, type ResolvedPrice } from '@/lib/pricing/pricing.rules';
import { findLowestPriorPrices } from './price-history.reads';
import type { ChannelContext } from '@/lib/channels/channels.reads';

/** Whom a price is for: the customer groups and the company (B2B contract) of the buyer. */
export type PricingAudience = { customerGroupIds: string[]; companyId: string | null };
export const ANONYMOUS_AUDIENCE: PricingAudience = { customerGroupIds: [], companyId: null };

/** The customer groups of a person and/or a company (a company's groups count for all its members). */
export async function findCustomerGroupIds(
  db: Executor,
  who: { userId?: string; companyId?: string | null },
): Promise<string[]> {
  const conditions = [
    who.userId ? eq(customerGroupMembers.userId, who.userId) : undefined,
    who.companyId ? eq(customerGroupMembers.companyId, who.companyId) : undefined,
  ].filter((c) => c !== undefined);
  if (conditions.length === 0) return [];
  const rows = await db
    .selectDistinct({ groupId: customerGroupMembers.groupId })
    .from(customerGroupMembers)
    .where(or(...conditions));
  return rows.map((r) => r.groupId).sort();
}

/**
 * The audience of a signed-in person: by default that of findPricingContext (first company by name),
 * which the storefront and the page cache use; with `companyId`, that company's contract when the
 * person belongs to it.
 */
export async function findPricingAudience(
  db: Executor,
  actor: Actor | null,
  companyId?: string,
): Promise<PricingAudience> {
  if (!actor) return ANONYMOUS_AUDIENCE;
  if (!companyId) return (await findPricingContext(db, actor.userId))?.audience ?? ANONYMOUS_AUDIENCE;
  const company = actor.companies.find((c) => c.companyId === companyId)?.companyId ?? null;
  return {
    customerGroupIds: await findCustomerGroupIds(db, { userId: actor.userId, companyId: company }),
    companyId: company,
  };
}

export type ResolvedVariantPrice = ResolvedPrice;

/**
 * Everything a signed-in person's storefront pages depend on, in one query: whether the account is
 * active, whether it may enter the back office (the header links there), and its pricing audience
 * (first active company by name, and the groups of the person or that company). The storefront and the page
 * cache (lib/platform/server/page-cache.ts) both use it, so a cached page always matches what would render.
 */
export async function findPricingContext(
  db: Executor,
  userId: string,
  /** A session to ask about too (the page cache's visitor): `sessionRevoked` says whether it was signed out. */
  sessionId: string | null = null,
): Promise<{
  active: boolean;
  sessionVersion: number;
  sessionRevoked: boolean;
  backoffice: boolean;
  audience: PricingAudience;
} | null> {
  const [row] = await db.execute<{
    active: boolean;
    session_version: number;
    session_revoked: boolean;
    roles: string[];
    company_id: string | null;
    group_ids: string[];
  }>(sql`
    with member as (
      select cm.company_id from company_members cm join companies c on c.id = cm.company_id
      where cm.user_id = ${userId} and c.active order by c.name, c.id limit 1
    )
    select u.active, u.session_version, u.roles::text[] as roles,
      exists (select 1 from revoked_sessions r where r.session_id = ${sessionId}::uuid) as session_revoked, (select company_id::text from member) as company_id,
      array(select distinct g.group_id::text from customer_group_members g
        where g.user_id = u.id or g.company_id = (select company_id from member) order by 1) as group_ids
    from users u where u.id = ${userId}`);
  if (!row) return null;
  return {
    active: row.active,
    // The page cache's visitor refuses a session token of an older version (lib/platform/server/visitor.ts).
    sessionVersion: row.session_version,
    sessionRevoked: row.session_revoked,
    // The storefront header links to the back office for exactly these accounts.
    backoffice: can(
      { userId, email: '', name: '', roles: row.roles as Role[], companies: [], staffLocationIds: [] },
      'backoffice:access',
    ),
    audience: { customerGroupIds: row.group_ids, companyId: row.company_id },
  };
}

/** Whether a buyer may learn that a list exists: lists for everyone, their groups' and their company's. */
export function isVisibleTo(list: PriceList, audience: PricingAudience): boolean {
  if (list.companyId && list.companyId !== audience.companyId) return false;
  return list.customerGroupIds.length === 0 || list.customerGroupIds.some((g) => audience.customerGroupIds.includes(g));
}

/** What the engine needs to know about a variant. */
export type PricedVariant = {
  variantId: string;
  productId: string;
  categoryPath: string;
  basePrice: number;
  floorPrice: number | null;
  vatRateBp: number;
};

export async function findPricedVariants(
  db: Executor,
  channel: Pick<ChannelContext, 'currency'>,
  where: { variantIds?: string[]; productIds?: string[]; skus?: string[]; cartId?: string; all?: true },
): Promise<Array<PricedVariant & { sku: string }>> {
  const conditions = [
    where.variantIds ? inArray(variants.id, where.variantIds) : undefined,
    where.cartId
      ? sql`${variants.id} in (select l.variant_id from cart_lines l where l.cart_id = ${where.cartId})`
      : undefined,
    where.productIds ? inArray(variants.productId, where.productIds) : undefined,
    where.skus ? inArray(variants.sku, where.skus) : undefined,
  ].filter((c) => c !== undefined);
  if (conditions.length === 0 && !where.all) return [];
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
    .innerJoin(
      variantPrices,
      and(eq(variantPrices.variantId, variants.id), eq(variantPrices.currency, channel.currency)),
    )
    .innerJoin(products, eq(products.id, variants.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(taxClasses, eq(taxClasses.code, products.taxClassCode))
    .where(and(eq(variants.active, true), ...conditions));
}

/** `column in (…)` with bound parameters; false for an empty list. */
function inList(column: SQL, values: string[]): SQL {
  return values.length ? sql`${column} in ${values}` : sql`false`;
}

const unique = (values: string[]) => [...new Set(values)];

function ancestorPaths(paths: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join('/'));
  }
  return [...all];
}

/**
 * The channel's price lists with the entries that can touch these variants, in two queries sent together.
 * With an audience, only lists that apply to it at `at` are loaded (storefront); without one, every
 * list of the channel comes back so that a trace can say why each was dropped ("why this price").
 */
export async function findPriceLists(
  db: Executor,
  channel: ChannelContext | { id: string },
  items: PricedVariant[] | 'all',
  options: { audience?: PricingAudience; at: Date },
): Promise<PriceList[]> {
  if (items !== 'all' && items.length === 0) return [];
  const { audience } = options;
  const at = options.at.toISOString();
  const scope = audience
    ? sql`and l.active and (l.valid_from is null or l.valid_from <= ${at}::timestamptz) and (l.valid_until is null or l.valid_until > ${at}::timestamptz)
        and (l.company_id is null or l.company_id = ${audience.companyId})
        and (not exists (select 1 from price_list_groups g where g.price_list_id = l.id)
          or exists (select 1 from price_list_groups g where g.price_list_id = l.id and ${inList(sql`g.group_id`, audience.customerGroupIds)}))`
    : sql``;
  // The lists, and the entries of exactly those lists (the same condition, computed by the entries
  // query itself), are sent together: postgres.js pipelines both statements in one round trip.
  const applicable = sql`exists (select 1 from price_list_channels c where c.price_list_id = l.id and c.channel_id = ${channel.id}) ${scope}`;
  const columns = sql`e.id, e.price_list_id, e.target_kind, e.variant_id, e.product_id, c.path as category_path, e.min_quantity, e.adjustment_kind, e.value
    from price_list_entries e left join categories c on c.id = e.category_id`;
  const inLists = sql`e.price_list_id = any(array(select l.id from price_lists l where ${applicable}))`;
  const [lists, entries] = await Promise.all([
    db.execute<{
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
      where ${applicable}
      order by l.priority desc, l.name`),
    // One indexed lookup per target kind (an OR across them would scan every entry of big lists); the
    // category ids and list ids are arrays computed once, so each branch keeps its index lookup.
    db.execute<{
      id: string;
      price_list_id: string;
      target_kind: EntryTarget['kind'];
      variant_id: string | null;
      product_id: string | null;
      category_path: string | null;
      min_quantity: number;
      adjustment_kind: 'fixed' | 'percent' | 'amount';
      value: number;
    }>(
      items === 'all'
        ? sql`select ${columns} where ${inLists}`
        : sql`
      select ${columns} where ${inList(sql`e.variant_id`, unique(items.map((i) => i.variantId)))} and ${inLists}
      union all select ${columns} where ${inList(sql`e.product_id`, unique(items.map((i) => i.productId)))} and ${inLists}
      union all select ${columns} where e.category_id = any(array(select k.id from categories k where ${inList(sql`k.path`, ancestorPaths(items.map((i) => i.categoryPath)))})) and ${inLists}
      union all select ${columns} where e.target_kind = 'all' and ${inLists}`,
    ),
  ]);
  if (lists.length === 0) return [];
  const listIds = lists.map((l) => l.id);

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
    const adjustment =
      e.adjustment_kind === 'percent'
        ? { kind: 'percent' as const, bp: e.value }
        : { kind: e.adjustment_kind, amount: e.value };
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
export function priceVariant(
  channel: Pick<ChannelContext, 'id' | 'currency' | 'pricesIncludeVat'>,
  audience: PricingAudience,
  variant: PricedVariant,
  lists: PriceList[],
  quantity: number,
  at: Date,
): ResolvedPrice {
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

/**
 * Whose price history a shown price belongs to: the customer group whose list gave it, or everyone
 * (null). The Omnibus reference price is looked up in that history.
 */
export function historyGroupOf(price: ResolvedPrice, lists: PriceList[], audience: PricingAudience): string | null {
  const list = price.applied ? lists.find((l) => l.id === price.applied!.listId) : undefined;
  return list?.customerGroupIds.find((g) => audience.customerGroupIds.includes(g)) ?? null;
}

export type VariantPrice = ResolvedPrice & { productId: string; historyGroupId: string | null };

/** Resolved unit prices (quantity 1) of many variants in three queries, keyed by variant id. */
export async function resolveVariantPrices(
  db: Executor,
  channel: ChannelContext,
  audience: PricingAudience,
  where: { variantIds?: string[]; productIds?: string[] },
  at = new Date(),
): Promise<Map<string, VariantPrice>> {
  const items = await findPricedVariants(db, channel, where);
  const lists = await findPriceLists(db, channel, items, { audience, at });
  return new Map(
    items.map((item) => {
      const price = priceVariant(channel, audience, item, lists, 1, at);
      return [
        item.variantId,
        { ...price, productId: item.productId, historyGroupId: historyGroupOf(price, lists, audience) },
      ];
    }),
  );
}

/**
 * "Lowest price in the last 30 days" for reduced prices: the lowest price in the 30 days before the
 * current one took effect, in the history of the audience the price belongs to. Where nothing earlier
 * is recorded, the current price is the lowest known. One query per audience (usually one).
 */
export async function findReferencePrices(
  db: Executor,
  channel: Pick<ChannelContext, 'id'>,
  prices: Array<{ variantId: string; price: VariantPrice }>,
  now = new Date(),
): Promise<Map<string, Money>> {
  const reduced = prices.filter((p) => p.price.reduced);
  const byGroup = new Map<string | null, string[]>();
  for (const p of reduced)
    byGroup.set(p.price.historyGroupId, [...(byGroup.get(p.price.historyGroupId) ?? []), p.variantId]);
  const lowest = new Map<string, number>();
  for (const [groupId, variantIds] of byGroup) {
    for (const [variantId, amount] of await findLowestPriorPrices(db, channel.id, groupId, variantIds, now))
      lowest.set(variantId, amount);
  }
  return new Map(
    reduced.map((p) => [
      p.variantId,
      { amount: lowest.get(p.variantId) ?? p.price.unit.amount, currency: p.price.unit.currency },
    ]),
  );
}

/** What applyPriceLists fills in on a listing card (ProductCard has these fields). */
export type PricedCard = {
  id: string;
  price: Money;
  basePrice: Money | null;
  lowestPrice30Days: Money | null;
  priceVaries: boolean;
};

/**
 * Listing cards with prices from the engine for this audience: each card shows its cheapest variant
 * after price lists, struck through against that variant's list price when reduced, with the lowest
 * price of the last 30 days. Three queries for any number of cards, one more when some are reduced.
 */
export async function applyPriceLists<T extends PricedCard>(
  db: Executor,
  channel: ChannelContext,
  audience: PricingAudience,
  cards: T[],
  at = new Date(),
): Promise<T[]> {
  if (cards.length === 0) return cards;
  const prices = await resolveVariantPrices(db, channel, audience, { productIds: cards.map((c) => c.id) }, at);
  const byProduct = new Map<string, { variantId: string; min: VariantPrice; max: number }>();
  for (const [variantId, price] of prices) {
    const seen = byProduct.get(price.productId);
    if (!seen) byProduct.set(price.productId, { variantId, min: price, max: price.unit.amount });
    else {
      if (price.unit.amount < seen.min.unit.amount) Object.assign(seen, { variantId, min: price });
      seen.max = Math.max(seen.max, price.unit.amount);
    }
  }
  const references = await findReferencePrices(
    db,
    channel,
    [...byProduct.values()].map((p) => ({ variantId: p.variantId, price: p.min })),
    at,
  );
  return cards.map((card) => {
    const resolved = byProduct.get(card.id);
    if (!resolved) return card;
    const reduced = resolved.min.reduced;
    return {
      ...card,
      price: resolved.min.unit,
      basePrice: reduced ? resolved.min.base : null,
      lowestPrice30Days: reduced ? (references.get(resolved.variantId) ?? null) : null,
      priceVaries: resolved.max !== resolved.min.unit.amount,
    };
  });
}
