import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  auditLog,
  categories,
  channels,
  companies,
  customerGroups,
  priceListEntries,
  priceLists,
  products,
  users,
  variants,
} from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { findActor } from '@/lib/platform/auth/actor.reads';
import { checkConsistency } from '@/lib/pricing/price-consistency.rules';
import {
  ANONYMOUS_AUDIENCE,
  findCustomerGroupIds,
  findPriceLists,
  findPricedVariants,
  findPricingAudience,
  priceVariant,
  type PricingAudience,
} from './prices.reads';

export type PriceListState = 'inactive' | 'scheduled' | 'running' | 'expired';

/** Pure: where a list stands at an instant. */
export function priceListState(
  list: { active: boolean; validFrom: Date | null; validUntil: Date | null },
  at: Date,
): PriceListState {
  if (!list.active) return 'inactive';
  if (list.validFrom && at < list.validFrom) return 'scheduled';
  if (list.validUntil && at >= list.validUntil) return 'expired';
  return 'running';
}

export type AdminPriceListRow = {
  id: string;
  name: string;
  priority: number;
  state: PriceListState;
  validFrom: Date | null;
  validUntil: Date | null;
  channels: string[];
  groups: string[];
  company: string | null;
  entries: number;
};

export const ADMIN_PRICE_LISTS_PAGE_SIZE = 50;

/** One page of the price lists (highest priority first, then by name) and how many there are. */
export async function listAdminPriceLists(
  db: Executor,
  actor: Actor | null,
  options: { page?: number; at?: Date } = {},
): Promise<{ rows: AdminPriceListRow[]; total: number }> {
  requirePermission(actor, 'pricing:read');
  const page = Math.max(1, options.page ?? 1);
  const at = options.at ?? new Date();
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: priceLists.id,
        name: priceLists.name,
        priority: priceLists.priority,
        active: priceLists.active,
        validFrom: priceLists.validFrom,
        validUntil: priceLists.validUntil,
        company: companies.name,
        channels: sql<
          string[]
        >`array(select c.code from price_list_channels plc join channels c on c.id = plc.channel_id where plc.price_list_id = price_lists.id order by c.code)`,
        groups: sql<
          string[]
        >`array(select g.name from price_list_groups plg join customer_groups g on g.id = plg.group_id where plg.price_list_id = price_lists.id order by g.name)`,
        entries: sql<number>`(select count(*)::int from price_list_entries e where e.price_list_id = price_lists.id)`,
      })
      .from(priceLists)
      .leftJoin(companies, eq(companies.id, priceLists.companyId))
      .orderBy(desc(priceLists.priority), asc(priceLists.name), asc(priceLists.id))
      .limit(ADMIN_PRICE_LISTS_PAGE_SIZE)
      .offset((page - 1) * ADMIN_PRICE_LISTS_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(priceLists),
  ]);
  return {
    rows: rows.map(({ active, ...r }) => ({
      ...r,
      entries: Number(r.entries),
      state: priceListState({ active, validFrom: r.validFrom, validUntil: r.validUntil }, at),
    })),
    total: count?.n ?? 0,
  };
}

/** The choices a price-list form offers. */
export async function listPricingChoices(db: Executor, actor: Actor | null) {
  requirePermission(actor, 'pricing:read');
  const [channelRows, groupRows, companyRows] = await Promise.all([
    db
      .select({
        id: channels.id,
        code: channels.code,
        name: channels.name,
        pricesIncludeVat: channels.pricesIncludeVat,
      })
      .from(channels)
      .orderBy(asc(channels.code)),
    db
      .select({ id: customerGroups.id, name: customerGroups.name })
      .from(customerGroups)
      .orderBy(asc(customerGroups.name)),
    db.select({ id: companies.id, name: companies.name }).from(companies).orderBy(asc(companies.name)),
  ]);
  return { channels: channelRows, groups: groupRows, companies: companyRows };
}

export type AdminPriceEntry = {
  id: string;
  targetKind: 'variant' | 'product' | 'category' | 'all';
  /** What the merchandiser typed to pick the target: SKU, product slug or category path. */
  target: string | null;
  targetName: string | null;
  minQuantity: number;
  adjustmentKind: 'fixed' | 'percent' | 'amount';
  value: number;
};

export const ADMIN_ENTRY_PAGE_SIZE = 100;

export async function findAdminPriceList(
  db: Executor,
  actor: Actor | null,
  id: string,
  entryPage = 1,
  at = new Date(),
) {
  requirePermission(actor, 'pricing:read');
  const [list] = await db.select().from(priceLists).where(eq(priceLists.id, id));
  if (!list) return null;
  const [scope, entryRows, total, audit] = await Promise.all([
    db.execute<{ channel_ids: string[]; group_ids: string[] }>(sql`
      select array(select channel_id::text from price_list_channels where price_list_id = ${id}) as channel_ids,
             array(select group_id::text from price_list_groups where price_list_id = ${id}) as group_ids`),
    db
      .select({
        id: priceListEntries.id,
        targetKind: priceListEntries.targetKind,
        sku: variants.sku,
        productSlug: products.slug,
        productName: products.name,
        categoryPath: categories.path,
        categoryName: categories.name,
        minQuantity: priceListEntries.minQuantity,
        adjustmentKind: priceListEntries.adjustmentKind,
        value: priceListEntries.value,
      })
      .from(priceListEntries)
      .leftJoin(variants, eq(variants.id, priceListEntries.variantId))
      .leftJoin(products, eq(products.id, priceListEntries.productId))
      .leftJoin(categories, eq(categories.id, priceListEntries.categoryId))
      .where(eq(priceListEntries.priceListId, id))
      .orderBy(
        asc(priceListEntries.targetKind),
        asc(sql`coalesce(${categories.path}, ${products.slug}, ${variants.sku})`),
        asc(priceListEntries.minQuantity),
        asc(priceListEntries.id),
      )
      .limit(ADMIN_ENTRY_PAGE_SIZE)
      .offset((entryPage - 1) * ADMIN_ENTRY_PAGE_SIZE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(priceListEntries)
      .where(eq(priceListEntries.priceListId, id)),
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
      .where(eq(auditLog.entityId, id))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(20),
  ]);
  const entries: AdminPriceEntry[] = entryRows.map((e) => ({
    id: e.id,
    targetKind: e.targetKind,
    target: e.sku ?? e.productSlug ?? e.categoryPath ?? null,
    targetName: e.productName ?? e.categoryName ?? null,
    minQuantity: e.minQuantity,
    adjustmentKind: e.adjustmentKind,
    value: e.value,
  }));
  return {
    ...list,
    state: priceListState(list, at),
    channelIds: scope[0]?.channel_ids ?? [],
    customerGroupIds: scope[0]?.group_ids ?? [],
    entries,
    entryTotal: Number(total[0]?.n ?? 0),
    entryPage,
    audit,
  };
}

/**
 * For the back office ("why this price?"): the audience of a customer by email, or of a company;
 * null when no customer has that email.
 */
export async function findAudienceForAdmin(
  db: Executor,
  actor: Actor | null,
  who: { customerEmail?: string; companyId?: string },
): Promise<PricingAudience | null> {
  requirePermission(actor, 'pricing:read');
  if (who.customerEmail) {
    const [user] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, who.customerEmail.toLowerCase()));
    const buyer = user ? await findActor(db, user.id) : null;
    return buyer ? findPricingAudience(db, buyer, who.companyId) : null;
  }
  if (!who.companyId) return ANONYMOUS_AUDIENCE;
  return { customerGroupIds: await findCustomerGroupIds(db, { companyId: who.companyId }), companyId: who.companyId };
}

export const CONSISTENCY_PAGE_SIZE = 20;

/**
 * The channel consistency view: for one product (by slug) or a category's products (paged), the
 * effective price of each product's cheapest variant per active channel × audience (everyone and
 * each customer group), flagged where it strays from the row's median by more than `spreadBp`.
 */
export async function findPriceConsistency(
  db: Executor,
  actor: Actor | null,
  scope: { productSlug?: string; categoryPath?: string; page: number },
  spreadBp: number,
  at = new Date(),
) {
  requirePermission(actor, 'pricing:read');
  const where = scope.productSlug
    ? sql`p.slug = ${scope.productSlug}`
    : sql`(c.path = ${scope.categoryPath ?? ''} or c.path like ${`${scope.categoryPath ?? ''}/%`})`;
  const productRows = await db.execute<{ id: string; name: string; slug: string; total: number }>(sql`
    select p.id, p.name, p.slug, count(*) over ()::int as total from products p join categories c on c.id = p.category_id
    where p.status = 'active' and ${where} order by p.name, p.id limit ${CONSISTENCY_PAGE_SIZE} offset ${(scope.page - 1) * CONSISTENCY_PAGE_SIZE}`);
  const channelRows = await db
    .select({
      id: channels.id,
      code: channels.code,
      currency: channels.currency,
      pricesIncludeVat: channels.pricesIncludeVat,
    })
    .from(channels)
    .where(eq(channels.active, true))
    .orderBy(asc(channels.code));
  const groups = await db
    .select({ id: customerGroups.id, name: customerGroups.name })
    .from(customerGroups)
    .orderBy(asc(customerGroups.name));
  const columns = channelRows.flatMap((channel) => [
    { key: channel.code, channel, group: null as null | { id: string; name: string } },
    ...groups.map((group) => ({ key: `${channel.code}/${group.name}`, channel, group })),
  ]);
  if (productRows.length === 0) return { columns: columns.map((c) => c.key), rows: [], total: 0, page: scope.page };

  const items = await findPricedVariants(db, channelRows[0]!, { productIds: productRows.map((p) => p.id) });
  const listsByChannel = new Map(
    await Promise.all(channelRows.map(async (c) => [c.id, await findPriceLists(db, c, items, { at })] as const)),
  );
  const rows = productRows.map((product) => {
    const variantsOfProduct = items.filter((i) => i.productId === product.id);
    if (variantsOfProduct.length === 0) return { id: product.id, name: product.name, slug: product.slug, cells: [] };
    const cells = columns.map((column) => {
      const audience = { customerGroupIds: column.group ? [column.group.id] : [], companyId: null };
      const prices = variantsOfProduct.map((v) => ({
        v,
        price: priceVariant(column.channel, audience, v, listsByChannel.get(column.channel.id)!, 1, at),
      }));
      const cheapest = prices.reduce((a, b) => (b.price.unit.amount < a.price.unit.amount ? b : a), prices[0]!);
      return {
        key: column.key,
        amount: cheapest.price.unit.amount,
        includesVat: column.channel.pricesIncludeVat,
        vatRateBp: cheapest.v.vatRateBp,
        currency: column.channel.currency,
        list: cheapest.price.applied?.listName ?? null,
      };
    });
    const checked = checkConsistency(cells, spreadBp);
    return {
      id: product.id,
      name: product.name,
      slug: product.slug,
      cells: checked.map((c, i) => ({ ...c, currency: cells[i]!.currency, list: cells[i]!.list })),
    };
  });
  return {
    columns: columns.map((c) => c.key),
    rows: rows.filter((row) => row.cells.length > 0),
    total: Number(productRows[0]?.total ?? 0),
    page: scope.page,
  };
}

/** Every entry of a list in the CSV notation (amounts as "12.50", percentages as "12.5"); null when unknown. */
export async function findPriceListEntriesForExport(db: Executor, actor: Actor | null, id: string) {
  requirePermission(actor, 'pricing:read');
  const [list] = await db.select({ id: priceLists.id }).from(priceLists).where(eq(priceLists.id, id));
  if (!list) return null;
  const rows = await db
    .select({
      targetKind: priceListEntries.targetKind,
      sku: variants.sku,
      slug: products.slug,
      path: categories.path,
      minQuantity: priceListEntries.minQuantity,
      adjustment: priceListEntries.adjustmentKind,
      value: priceListEntries.value,
    })
    .from(priceListEntries)
    .leftJoin(variants, eq(variants.id, priceListEntries.variantId))
    .leftJoin(products, eq(products.id, priceListEntries.productId))
    .leftJoin(categories, eq(categories.id, priceListEntries.categoryId))
    .where(eq(priceListEntries.priceListId, id))
    .orderBy(
      asc(priceListEntries.targetKind),
      asc(sql`coalesce(${categories.path}, ${products.slug}, ${variants.sku})`),
      asc(priceListEntries.minQuantity),
    );
  const decimal = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
  return rows.map((r) => ({
    targetKind: r.targetKind,
    target: r.sku ?? r.slug ?? r.path ?? '',
    minQuantity: r.minQuantity,
    adjustment: r.adjustment,
    value: r.adjustment === 'percent' ? decimal(r.value).replace(/\.?0+$/, '') : decimal(r.value),
  }));
}
