import 'server-only';
// Changing assortment rules (docs/assortment.md), previewed before they are saved.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import {
  assortmentRules,
  brands,
  categories,
  channelProducts,
  channels,
  companies,
  customerGroups,
  products,
} from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { combineDecisions } from '@/lib/assortment/assortment.rules';
import { rebuildAssortment } from './assortment-decisions.writes';
import { AppError, type FieldMessage } from '@/lib/platform/errors';
import type { AssortmentRuleInput } from '@/lib/assortment/assortment.schemas';
import { recordAudit } from '@/lib/platform/audit.writes';

/** Per channel and audience, how many products a change adds to and removes from the assortment. */
export type AssortmentPreview = Array<{
  channelId: string;
  channelName: string;
  audienceKey: string;
  audienceName: string;
  added: number;
  removed: number;
}>;

/** What an assortment action hands its form when a change waits for confirmation (ActionState's data). */
export type AssortmentPreviewData = { preview: AssortmentPreview };

/** Thrown (rolling the change back) to hand the preview to the caller before anything is saved. */
export class AssortmentPreviewOnly extends Error {
  constructor(readonly preview: AssortmentPreview) {
    super('Preview of an assortment change');
    this.name = 'AssortmentPreviewOnly';
  }
}

type Snapshot = Map<string, Map<string, Map<string, { listed: boolean; rank: number }>>>; // channel → audience → product

/**
 * The channels' decisions over active products. The second snapshot of a change passes the first's
 * `active` set: a product another user publishes or unpublishes meanwhile is not this change's doing.
 */
async function snapshotDecisions(
  tx: Executor,
  channelIds: string[],
  activeAtStart?: ReadonlySet<string>,
): Promise<Snapshot & { active: Set<string> }> {
  const rows = await tx
    .select({
      channelId: channelProducts.channelId,
      audienceKey: channelProducts.audienceKey,
      productId: channelProducts.productId,
      listed: channelProducts.listed,
      rank: channelProducts.rank,
    })
    .from(channelProducts)
    .innerJoin(products, eq(products.id, channelProducts.productId))
    .where(
      and(inArray(channelProducts.channelId, channelIds), activeAtStart ? undefined : eq(products.status, 'active')),
    );
  const snapshot = Object.assign(new Map() as Snapshot, { active: new Set<string>() });
  for (const r of rows) {
    if (activeAtStart && !activeAtStart.has(r.productId)) continue;
    snapshot.active.add(r.productId);
    let byAudience = snapshot.get(r.channelId);
    if (!byAudience) snapshot.set(r.channelId, (byAudience = new Map()));
    let byProduct = byAudience.get(r.audienceKey);
    if (!byProduct) byAudience.set(r.audienceKey, (byProduct = new Map()));
    byProduct.set(r.productId, { listed: r.listed, rank: r.rank });
  }
  return snapshot;
}

/** Whether a product is listed for an audience in a snapshot: everyone's decision combined with the audience's. */
function listedIn(snapshot: Snapshot, channelId: string, audienceKey: string, productId: string): boolean {
  const byAudience = snapshot.get(channelId);
  const rows = [
    byAudience?.get('')?.get(productId),
    audienceKey ? byAudience?.get(audienceKey)?.get(productId) : undefined,
  ].filter((r) => r !== undefined);
  return combineDecisions(rows);
}

async function audienceNames(tx: Executor, keys: string[]): Promise<Map<string, string>> {
  const groupIds = keys.filter((k) => k.startsWith('g:')).map((k) => k.slice(2));
  const companyIds = keys.filter((k) => k.startsWith('c:')).map((k) => k.slice(2));
  const [groupRows, companyRows] = await Promise.all([
    groupIds.length
      ? tx
          .select({ id: customerGroups.id, name: customerGroups.name })
          .from(customerGroups)
          .where(inArray(customerGroups.id, groupIds))
      : [],
    companyIds.length
      ? tx.select({ id: companies.id, name: companies.name }).from(companies).where(inArray(companies.id, companyIds))
      : [],
  ]);
  return new Map([
    ['', 'Everyone'],
    ...groupRows.map((g) => [`g:${g.id}`, g.name] as [string, string]),
    ...companyRows.map((c) => [`c:${c.id}`, c.name] as [string, string]),
  ]);
}

/**
 * Runs an assortment change in one transaction: the decisions of the channels are rebuilt and
 * compared with those before (active products, per audience). With `confirmed` false the change is
 * rolled back and AssortmentPreviewOnly carries the preview; otherwise it is kept and the preview returned.
 */
export async function changeAssortment<T>(
  db: Database,
  channelIds: string[],
  confirmed: boolean,
  write: (tx: Executor) => Promise<T>,
): Promise<{ result: T; preview: AssortmentPreview }> {
  return db.transaction(async (tx) => {
    // One assortment change at a time: a rebuild reads the rules another change is writing.
    await tx.execute(sql`select pg_advisory_xact_lock(4711003)`);
    const before = await snapshotDecisions(tx, channelIds);
    const result = await write(tx);
    await rebuildAssortment(tx, channelIds);
    const after = await snapshotDecisions(tx, channelIds, before.active);
    const channelRows = await tx
      .select({ id: channels.id, name: channels.name })
      .from(channels)
      .where(inArray(channels.id, channelIds));
    const keysOf = (s: Snapshot, channelId: string) => [...(s.get(channelId)?.keys() ?? [])];
    const allKeys = [...new Set(channelIds.flatMap((id) => [...keysOf(before, id), ...keysOf(after, id)]))];
    const names = await audienceNames(tx, allKeys);
    const preview: AssortmentPreview = [];
    for (const channel of channelRows) {
      const productIds = [
        ...new Set([
          ...(before.get(channel.id)?.get('')?.keys() ?? []),
          ...(after.get(channel.id)?.get('')?.keys() ?? []),
        ]),
      ];
      for (const key of [...new Set([...keysOf(before, channel.id), ...keysOf(after, channel.id)])].sort()) {
        let added = 0;
        let removed = 0;
        for (const productId of productIds) {
          const was = listedIn(before, channel.id, key, productId);
          const is = listedIn(after, channel.id, key, productId);
          if (is && !was) added++;
          if (was && !is) removed++;
        }
        if (key === '' || added || removed)
          preview.push({
            channelId: channel.id,
            channelName: channel.name,
            audienceKey: key,
            audienceName: names.get(key) ?? key,
            added,
            removed,
          });
      }
    }
    if (!confirmed) throw new AssortmentPreviewOnly(preview);
    return { result, preview };
  });
}

/** Resolves what a merchandiser typed (category path, brand slug, product slug, tag) to a rule row. */
async function ruleTarget(tx: Executor, input: AssortmentRuleInput) {
  const missing = (code: FieldMessage) =>
    new AppError('request.unprocessable', { fieldErrors: { target: [{ code, params: { target: input.target } }] } });
  switch (input.targetKind) {
    case 'all':
      return {};
    case 'tag':
      return { tag: input.target };
    case 'category': {
      const [row] = await tx
        .select({ id: categories.id })
        .from(categories)
        .where(eq(categories.path, input.target.replace(/^\/+|\/+$/g, '')));
      if (!row) throw missing('field.no_category');
      return { categoryId: row.id };
    }
    case 'brand': {
      const [row] = await tx.select({ id: brands.id }).from(brands).where(eq(brands.slug, input.target));
      if (!row) throw missing('field.no_brand');
      return { brandId: row.id };
    }
    case 'product': {
      const [row] = await tx.select({ id: products.id }).from(products).where(eq(products.slug, input.target));
      if (!row) throw missing('field.no_product');
      return { productId: row.id };
    }
  }
}

async function requireChannel(tx: Executor, channelId: string) {
  const [channel] = await tx.select({ id: channels.id }).from(channels).where(eq(channels.id, channelId));
  if (!channel) throw new AppError('channel.not_found');
}

async function checkAudience(tx: Executor, input: AssortmentRuleInput) {
  if (input.customerGroupId) {
    const [g] = await tx
      .select({ id: customerGroups.id })
      .from(customerGroups)
      .where(eq(customerGroups.id, input.customerGroupId));
    if (!g)
      throw new AppError('request.unprocessable', {
        fieldErrors: { customerGroupId: [{ code: 'field.unknown_customer_group' }] },
      });
  }
  if (input.companyId) {
    const [c] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, input.companyId));
    if (!c)
      throw new AppError('request.unprocessable', { fieldErrors: { companyId: [{ code: 'field.unknown_company' }] } });
  }
}

/** Adds a rule to a channel (preview first unless confirmed); audited. */
export async function addAssortmentRule(
  db: Database,
  actor: Actor | null,
  input: AssortmentRuleInput,
  confirmed: boolean,
) {
  requirePermission(actor, 'assortment:write');
  return changeAssortment(db, [input.channelId], confirmed, async (tx) => {
    await requireChannel(tx, input.channelId);
    await checkAudience(tx, input);
    const target = await ruleTarget(tx, input);
    const [rule] = await tx
      .insert(assortmentRules)
      .values({
        channelId: input.channelId,
        customerGroupId: input.customerGroupId,
        companyId: input.companyId,
        targetKind: input.targetKind,
        ...target,
        effect: input.effect,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'assortment.rule_added',
      entityType: 'channel',
      entityId: input.channelId,
      before: null,
      after: {
        ruleId: rule!.id,
        targetKind: input.targetKind,
        target: input.target || null,
        effect: input.effect,
        customerGroupId: input.customerGroupId,
        companyId: input.companyId,
      },
    });
    return rule!.id;
  });
}

/** Deletes a rule (preview first unless confirmed); audited. */
export async function deleteAssortmentRule(
  db: Database,
  actor: Actor | null,
  channelId: string,
  ruleId: string,
  confirmed: boolean,
) {
  requirePermission(actor, 'assortment:write');
  return changeAssortment(db, [channelId], confirmed, async (tx) => {
    const [rule] = await tx
      .delete(assortmentRules)
      .where(and(eq(assortmentRules.id, ruleId), eq(assortmentRules.channelId, channelId)))
      .returning();
    if (!rule) throw new AppError('assortment_rule.not_found');
    await recordAudit(tx, actor, {
      action: 'assortment.rule_deleted',
      entityType: 'channel',
      entityId: channelId,
      before: rule,
      after: null,
    });
  });
}

/**
 * Bulk include or exclude products in a channel for everyone: one product rule each, replacing the
 * product rules they had there (preview first unless confirmed); audited.
 */
export async function setProductsInChannel(
  db: Database,
  actor: Actor | null,
  input: { channelId: string; productIds: string[]; effect: 'include' | 'exclude' },
  confirmed: boolean,
) {
  requirePermission(actor, 'assortment:write');
  const productIds = [...new Set(input.productIds)];
  return changeAssortment(db, [input.channelId], confirmed, async (tx) => {
    await requireChannel(tx, input.channelId);
    const known = await tx.select({ id: products.id }).from(products).where(inArray(products.id, productIds));
    if (known.length !== productIds.length)
      throw new AppError('request.unprocessable', { fieldErrors: { productIds: [{ code: 'field.unknown_product' }] } });
    await tx
      .delete(assortmentRules)
      .where(
        and(
          eq(assortmentRules.channelId, input.channelId),
          eq(assortmentRules.targetKind, 'product'),
          inArray(assortmentRules.productId, productIds),
          sql`${assortmentRules.customerGroupId} is null and ${assortmentRules.companyId} is null`,
        ),
      );
    await tx.insert(assortmentRules).values(
      productIds.map((productId) => ({
        channelId: input.channelId,
        targetKind: 'product' as const,
        productId,
        effect: input.effect,
        createdBy: actor.userId,
      })),
    );
    await recordAudit(tx, actor, {
      action: `assortment.products_${input.effect}d`,
      entityType: 'channel',
      entityId: input.channelId,
      before: null,
      after: { productIds },
    });
  });
}
