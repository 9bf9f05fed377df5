import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import {
  categories,
  channels,
  companies,
  customerGroups,
  priceListChannels,
  priceListEntries,
  priceListGroups,
  priceLists,
  products,
  variants,
} from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { BASE_CURRENCY } from '@/lib/platform/money.rules';
import { AppError, type FieldErrors, type FieldIssue, type FieldMessage } from '@/lib/platform/errors';
import { parsePriceEntriesCsv } from '@/lib/pricing/price-entries-csv.schemas';
import type { PriceEntryInput, PriceListInput } from '@/lib/pricing/pricing.schemas';
import { recordAudit } from '@/lib/platform/audit.writes';
import { guardPriceChange, type RegretDecision } from './price-regret.writes';

/** What a guarded price write reports: the price-regret impact it went ahead with, and the credit granted. */
export type GuardedWrite = { regretOrders: number; credited: number };
const outcome = (guarded: { impact: { orders: number } | null; credited: number }): GuardedWrite => ({
  regretOrders: guarded.impact?.orders ?? 0,
  credited: guarded.credited,
});

/** The list as the audit log records it (ids of its scope, instants as ISO strings). */
async function snapshot(tx: Executor, id: string) {
  const [list] = await tx.select().from(priceLists).where(eq(priceLists.id, id));
  if (!list) return null;
  const [channelRows, groupRows] = await Promise.all([
    tx.select({ id: priceListChannels.channelId }).from(priceListChannels).where(eq(priceListChannels.priceListId, id)),
    tx.select({ id: priceListGroups.groupId }).from(priceListGroups).where(eq(priceListGroups.priceListId, id)),
  ]);
  return {
    name: list.name,
    priority: list.priority,
    active: list.active,
    validFrom: list.validFrom?.toISOString() ?? null,
    validUntil: list.validUntil?.toISOString() ?? null,
    companyId: list.companyId,
    amountsIncludeVat: list.amountsIncludeVat,
    channelIds: channelRows.map((r) => r.id).sort(),
    customerGroupIds: groupRows.map((r) => r.id).sort(),
  };
}

/** Unknown channel, group or company ids are a field error, not a database error. */
async function checkScope(tx: Executor, input: PriceListInput) {
  const [channelRows, groupRows, companyRows] = await Promise.all([
    tx.select({ id: channels.id }).from(channels).where(inArray(channels.id, input.channelIds)),
    input.customerGroupIds.length
      ? tx
          .select({ id: customerGroups.id })
          .from(customerGroups)
          .where(inArray(customerGroups.id, input.customerGroupIds))
      : [],
    input.companyId ? tx.select({ id: companies.id }).from(companies).where(eq(companies.id, input.companyId)) : [],
  ]);
  const errors: FieldErrors = {};
  if (channelRows.length !== new Set(input.channelIds).size) errors.channelIds = [{ code: 'field.unknown_channel' }];
  if (groupRows.length !== new Set(input.customerGroupIds).size)
    errors.customerGroupIds = [{ code: 'field.unknown_customer_group' }];
  if (input.companyId && companyRows.length === 0) errors.companyId = [{ code: 'field.unknown_company' }];
  if (Object.keys(errors).length) throw new AppError('request.unprocessable', { fieldErrors: errors });
}

async function writeScope(tx: Executor, id: string, input: PriceListInput) {
  await tx.delete(priceListChannels).where(eq(priceListChannels.priceListId, id));
  await tx.delete(priceListGroups).where(eq(priceListGroups.priceListId, id));
  await tx
    .insert(priceListChannels)
    .values([...new Set(input.channelIds)].map((channelId) => ({ priceListId: id, channelId })));
  if (input.customerGroupIds.length)
    await tx
      .insert(priceListGroups)
      .values([...new Set(input.customerGroupIds)].map((groupId) => ({ priceListId: id, groupId })));
}

function listValues(input: PriceListInput) {
  return {
    name: input.name,
    priority: input.priority,
    active: input.active,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    companyId: input.companyId,
    amountsIncludeVat: input.amountsIncludeVat,
  };
}

export async function createPriceList(db: Database, actor: Actor | null, input: PriceListInput): Promise<string> {
  requirePermission(actor, 'pricing:write');
  return db.transaction(async (tx) => {
    await checkScope(tx, input);
    const [list] = await tx
      .insert(priceLists)
      .values({ ...listValues(input), currency: BASE_CURRENCY })
      .returning({ id: priceLists.id });
    await writeScope(tx, list!.id, input);
    await recordAudit(tx, actor, {
      action: 'price_list.created',
      entityType: 'price_list',
      entityId: list!.id,
      before: null,
      after: await snapshot(tx, list!.id),
    });
    return list!.id;
  });
}

export async function updatePriceList(
  db: Database,
  actor: Actor | null,
  id: string,
  input: PriceListInput,
  decision: RegretDecision = 'review',
): Promise<GuardedWrite> {
  requirePermission(actor, 'pricing:write');
  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: priceLists.id }).from(priceLists).where(eq(priceLists.id, id)).for('update');
    if (!locked) throw new AppError('price_list.not_found');
    await checkScope(tx, input);
    const before = await snapshot(tx, id);
    const after = {
      channelIds: input.channelIds,
      customerGroupIds: input.customerGroupIds,
      companyId: input.companyId,
      validFrom: input.validFrom,
    };
    const guarded = await guardPriceChange(tx, actor, { listId: id, after }, decision, async () => {
      await tx
        .update(priceLists)
        .set({ ...listValues(input), updatedAt: sql`now()` })
        .where(eq(priceLists.id, id));
      await writeScope(tx, id, input);
    });
    await recordAudit(tx, actor, {
      action: 'price_list.updated',
      entityType: 'price_list',
      entityId: id,
      before,
      after: await snapshot(tx, id),
    });
    return outcome(guarded);
  });
}

export async function deletePriceList(db: Database, actor: Actor | null, id: string): Promise<void> {
  requirePermission(actor, 'pricing:write');
  await db.transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new AppError('price_list.not_found');
    const [{ entries }] = (await tx
      .select({ entries: sql<number>`count(*)::int` })
      .from(priceListEntries)
      .where(eq(priceListEntries.priceListId, id))) as [{ entries: number }];
    await tx.delete(priceLists).where(eq(priceLists.id, id));
    await recordAudit(tx, actor, {
      action: 'price_list.deleted',
      entityType: 'price_list',
      entityId: id,
      before: { ...before, entries },
      after: null,
    });
  });
}

/** The message for a CSV line whose target does not exist. */
const MISSING_TARGET = {
  category: 'field.no_category',
  product: 'field.no_product',
  variant: 'field.no_sku',
} as const satisfies Record<string, FieldMessage>;

/** Finds the entry's target by the key a merchandiser types: category path, product slug or SKU. */
async function findTarget(tx: Executor, input: PriceEntryInput) {
  const missing = (code: FieldMessage) =>
    new AppError('request.unprocessable', { fieldErrors: { target: [{ code, params: { target: input.target } }] } });
  switch (input.targetKind) {
    case 'all':
      return {};
    case 'category': {
      const [row] = await tx
        .select({ id: categories.id })
        .from(categories)
        .where(eq(categories.path, input.target.replace(/^\/+|\/+$/g, '')));
      if (!row) throw missing('field.no_category');
      return { categoryId: row.id };
    }
    case 'product': {
      const [row] = await tx.select({ id: products.id }).from(products).where(eq(products.slug, input.target));
      if (!row) throw missing('field.no_product');
      return { productId: row.id };
    }
    case 'variant': {
      const [row] = await tx.select({ id: variants.id }).from(variants).where(eq(variants.sku, input.target));
      if (!row) throw missing('field.no_sku');
      return { variantId: row.id };
    }
  }
}

export async function addPriceEntry(
  db: Database,
  actor: Actor | null,
  listId: string,
  input: PriceEntryInput,
  decision: RegretDecision = 'review',
): Promise<GuardedWrite & { entryId: string }> {
  requirePermission(actor, 'pricing:write');
  return db.transaction(async (tx) => {
    const [list] = await tx
      .select({ id: priceLists.id })
      .from(priceLists)
      .where(eq(priceLists.id, listId))
      .for('update');
    if (!list) throw new AppError('price_list.not_found');
    const target = await findTarget(tx, input);
    const guarded = await guardPriceChange(tx, actor, { listId }, decision, async () => {
      const [entry] = await tx
        .insert(priceListEntries)
        .values({
          priceListId: listId,
          targetKind: input.targetKind,
          ...target,
          minQuantity: input.minQuantity,
          adjustmentKind: input.adjustmentKind,
          value: input.value,
        })
        .returning({ id: priceListEntries.id });
      await tx
        .update(priceLists)
        .set({ updatedAt: sql`now()` })
        .where(eq(priceLists.id, listId));
      return entry!.id;
    });
    const after = {
      targetKind: input.targetKind,
      target: input.target || null,
      minQuantity: input.minQuantity,
      adjustmentKind: input.adjustmentKind,
      value: input.value,
    };
    await recordAudit(tx, actor, {
      action: 'price_list.entry_added',
      entityType: 'price_list',
      entityId: listId,
      before: null,
      after: { entryId: guarded.result, ...after },
    });
    return { entryId: guarded.result, ...outcome(guarded) };
  });
}

export async function deletePriceEntry(
  db: Database,
  actor: Actor | null,
  listId: string,
  entryId: string,
): Promise<void> {
  requirePermission(actor, 'pricing:write');
  await db.transaction(async (tx) => {
    const [entry] = await tx
      .delete(priceListEntries)
      .where(and(eq(priceListEntries.id, entryId), eq(priceListEntries.priceListId, listId)))
      .returning();
    if (!entry) throw new AppError('price_entry.not_found');
    await tx
      .update(priceLists)
      .set({ updatedAt: sql`now()` })
      .where(eq(priceLists.id, listId));
    await recordAudit(tx, actor, {
      action: 'price_list.entry_deleted',
      entityType: 'price_list',
      entityId: listId,
      before: entry,
      after: null,
    });
  });
}

/**
 * Imports entries from CSV (lib/pricing/price-entries-csv.schemas.ts): all or nothing. Any invalid line or
 * unknown target rejects the whole file with every problem and its line number; otherwise the entries
 * are added to the list, or replace its entries, in one transaction.
 */
export async function importPriceEntries(
  db: Database,
  actor: Actor | null,
  listId: string,
  csv: string,
  mode: 'add' | 'replace',
  decision: RegretDecision = 'review',
): Promise<GuardedWrite & { imported: number; replaced: number }> {
  requirePermission(actor, 'pricing:write');
  const { entries, errors } = parsePriceEntriesCsv(csv);
  const keys = (kind: PriceEntryInput['targetKind']) => [
    ...new Set(entries.filter((e) => e.entry.targetKind === kind).map((e) => e.entry.target)),
  ];
  const [categoryRows, productRows, variantRows] = await Promise.all([
    keys('category').length
      ? db
          .select({ id: categories.id, key: categories.path })
          .from(categories)
          .where(inArray(categories.path, keys('category')))
      : [],
    keys('product').length
      ? db
          .select({ id: products.id, key: products.slug })
          .from(products)
          .where(inArray(products.slug, keys('product')))
      : [],
    keys('variant').length
      ? db
          .select({ id: variants.id, key: variants.sku })
          .from(variants)
          .where(inArray(variants.sku, keys('variant')))
      : [],
  ]);
  const found = {
    category: new Map(categoryRows.map((r) => [r.key, r.id])),
    product: new Map(productRows.map((r) => [r.key, r.id])),
    variant: new Map(variantRows.map((r) => [r.key, r.id])),
  };
  const values: Array<typeof priceListEntries.$inferInsert> = [];
  for (const { line, entry } of entries) {
    if (entry.targetKind === 'all') {
      values.push({
        priceListId: listId,
        targetKind: 'all',
        minQuantity: entry.minQuantity,
        adjustmentKind: entry.adjustmentKind,
        value: entry.value,
      });
      continue;
    }
    const id = found[entry.targetKind].get(entry.target);
    if (!id)
      errors.push({
        code: MISSING_TARGET[entry.targetKind],
        params: { target: entry.target },
        at: { line, column: 'target' },
      });
    else
      values.push({
        priceListId: listId,
        targetKind: entry.targetKind,
        [`${entry.targetKind}Id`]: id,
        minQuantity: entry.minQuantity,
        adjustmentKind: entry.adjustmentKind,
        value: entry.value,
      });
  }
  if (errors.length) {
    const sorted = errors.sort((a, b) => a.at.line - b.at.line);
    const shown: FieldIssue[] = sorted.slice(0, 50);
    if (sorted.length > 50) shown.push({ code: 'field.csv_more', params: { count: sorted.length - 50 } });
    throw new AppError('csv.invalid', { params: { count: sorted.length }, fieldErrors: { csv: shown } });
  }
  return db.transaction(async (tx) => {
    const [list] = await tx
      .select({ id: priceLists.id })
      .from(priceLists)
      .where(eq(priceLists.id, listId))
      .for('update');
    if (!list) throw new AppError('price_list.not_found');
    const guarded = await guardPriceChange(tx, actor, { listId }, decision, async () => {
      const removed =
        mode === 'replace'
          ? await tx
              .delete(priceListEntries)
              .where(eq(priceListEntries.priceListId, listId))
              .returning({ id: priceListEntries.id })
          : [];
      for (let i = 0; i < values.length; i += 2000) await tx.insert(priceListEntries).values(values.slice(i, i + 2000));
      await tx
        .update(priceLists)
        .set({ updatedAt: sql`now()` })
        .where(eq(priceLists.id, listId));
      return removed.length;
    });
    await recordAudit(tx, actor, {
      action: 'price_list.entries_imported',
      entityType: 'price_list',
      entityId: listId,
      before: { entries: guarded.result },
      after: { mode, imported: values.length },
    });
    return { imported: values.length, replaced: guarded.result, ...outcome(guarded) };
  });
}
