// Omnibus price history: records every change of the effective unit price per variant × channel ×
// audience (everyone, or one customer group), computed from the price rules at an instant.
import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { channels, priceHistory, priceHistoryState } from '@/db/schema';
import { findPriceLists, findPricedVariants, priceVariant, type PricingAudience } from '@/lib/pricing/prices.reads';

const LOCK_KEY = 7_231_001; // pg advisory lock: one history run at a time across all app instances

/**
 * Computes every variant's price on every active channel at `at`, for everyone and for each customer
 * group some list of that channel targets, and inserts a row wherever it differs from the latest
 * recorded price. With `withLists: false` only base prices count (a baseline before any list).
 */
export async function recordPriceHistory(
  db: Executor,
  options: { at: Date; withLists?: boolean },
): Promise<{ inserted: number }> {
  const { at } = options;
  const channelRows = await db
    .select({ id: channels.id, currency: channels.currency, pricesIncludeVat: channels.pricesIncludeVat })
    .from(channels)
    .where(eq(channels.active, true));
  let inserted = 0;
  const variantsByCurrency = new Map<string, Awaited<ReturnType<typeof findPricedVariants>>>();
  for (const channel of channelRows) {
    if (!variantsByCurrency.has(channel.currency))
      variantsByCurrency.set(channel.currency, await findPricedVariants(db, channel, { all: true }));
    const items = variantsByCurrency.get(channel.currency)!;
    const lists = options.withLists === false ? [] : await findPriceLists(db, channel, 'all', { at });
    const groups = [...new Set(lists.flatMap((l) => l.customerGroupIds))].sort();
    const audiences: Array<{ groupId: string | null; audience: PricingAudience }> = [
      { groupId: null, audience: { customerGroupIds: [], companyId: null } },
      ...groups.map((g) => ({ groupId: g, audience: { customerGroupIds: [g], companyId: null } })),
    ];
    const latest = await db.execute<{ variant_id: string; group_id: string | null; amount: number }>(sql`
      select distinct on (variant_id, group_id) variant_id, group_id, amount from price_history
      where channel_id = ${channel.id} and effective_from <= ${at.toISOString()}::timestamptz
      order by variant_id, group_id, effective_from desc`);
    const known = new Map(latest.map((r) => [`${r.variant_id}|${r.group_id ?? ''}`, Number(r.amount)]));
    const rows: Array<typeof priceHistory.$inferInsert> = [];
    for (const { groupId, audience } of audiences) {
      for (const item of items) {
        const amount = priceVariant(channel, audience, item, lists, 1, at).unit.amount;
        if (known.get(`${item.variantId}|${groupId ?? ''}`) !== amount) {
          rows.push({
            variantId: item.variantId,
            channelId: channel.id,
            groupId,
            currency: channel.currency,
            amount,
            effectiveFrom: at,
          });
        }
      }
    }
    for (let i = 0; i < rows.length; i += 5000) await db.insert(priceHistory).values(rows.slice(i, i + 5000));
    inserted += rows.length;
  }
  return { inserted };
}

/** Records the history now, after a price write; one run at a time. */
export async function recordPriceHistoryNow(db: Database, at = new Date()): Promise<{ inserted: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY})`);
    return recordPriceHistory(tx, { at });
  });
}

/**
 * The scheduled part: records the prices at every list start or end that passed since the last run
 * (so a scheduled list is in the history at its boundary, not when someone next saves), then notes
 * how far the history reaches. Safe to call often and from several instances.
 */
export async function recordDuePriceHistory(
  db: Database,
  now = new Date(),
): Promise<{ boundaries: number; inserted: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY})`);
    const [state] = await tx.select().from(priceHistoryState).where(eq(priceHistoryState.id, 1));
    const since = state?.recordedUntil ?? null;
    const boundaries = since
      ? (
          await tx.execute<{ at: string }>(sql`
            select distinct b.at from price_lists l, lateral (values (l.valid_from), (l.valid_until)) as b(at)
            where b.at > ${since.toISOString()}::timestamptz and b.at <= ${now.toISOString()}::timestamptz order by b.at`)
        ).map((r) => new Date(r.at))
      : [now];
    let inserted = 0;
    for (const at of boundaries) inserted += (await recordPriceHistory(tx, { at })).inserted;
    await tx
      .insert(priceHistoryState)
      .values({ id: 1, recordedUntil: now })
      .onConflictDoUpdate({ target: priceHistoryState.id, set: { recordedUntil: now } });
    return { boundaries: boundaries.length, inserted };
  });
}
