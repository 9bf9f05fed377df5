import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { customerCredits, priceListChannels, priceListGroups, priceLists } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { grossEquivalent } from '@/lib/pricing/price-consistency.rules';
import {
  assessPriceRegret,
  findLoweredPrices,
  type ContextPrice,
  type RegretImpact,
} from '@/lib/pricing/price-regret.rules';
import { findChannelsByIds } from '@/lib/channels/channels.reads';
import { findRecentPurchases } from '@/lib/orders/orders.reads';
import {
  ANONYMOUS_AUDIENCE,
  findPricedVariants,
  findPriceLists,
  priceVariant,
  type PricingAudience,
} from '@/lib/pricing/prices.reads';
import { getPricingSettings } from '@/lib/pricing/pricing-settings.reads';
import { recordAudit } from '@/lib/platform/audit.writes';

/**
 * What the merchandiser decided about a change that lowers prices below recent purchases:
 * `review` (default) refuses it with the impact, `proceed` saves it, `credit` saves it and grants
 * every affected customer a price-protection credit for the difference.
 */
export type RegretDecision = 'review' | 'proceed' | 'credit';

/** Thrown (rolling the write back) when a change would cause price regret and no decision was made. */
export class PriceRegretDetected extends Error {
  constructor(readonly impact: RegretImpact) {
    super('This change lowers prices below what recent buyers paid.');
    this.name = 'PriceRegretDetected';
  }
}

/** The part of a price list that decides where and for whom it prices. */
export type ListScope = {
  channelIds: string[];
  customerGroupIds: string[];
  companyId: string | null;
  validFrom: Date | null;
  currency: string;
};

const DAY_MS = 24 * 60 * 60 * 1000;
// Guarded price writes and credit grants run one at a time, so no order line is credited twice.
const REGRET_LOCK = 4_711_002;

export async function findListScope(tx: Executor, listId: string): Promise<ListScope | null> {
  const [list] = await tx
    .select({ companyId: priceLists.companyId, validFrom: priceLists.validFrom, currency: priceLists.currency })
    .from(priceLists)
    .where(eq(priceLists.id, listId));
  if (!list) return null;
  const [channelRows, groupRows] = await Promise.all([
    tx
      .select({ id: priceListChannels.channelId })
      .from(priceListChannels)
      .where(eq(priceListChannels.priceListId, listId)),
    tx.select({ id: priceListGroups.groupId }).from(priceListGroups).where(eq(priceListGroups.priceListId, listId)),
  ]);
  return { ...list, channelIds: channelRows.map((r) => r.id), customerGroupIds: groupRows.map((r) => r.id) };
}

/** The buyers a list prices for: its company (with its groups), each of its groups, or everyone. */
function audiencesOf(scope: ListScope): PricingAudience[] {
  if (scope.companyId) return [{ companyId: scope.companyId, customerGroupIds: scope.customerGroupIds }];
  if (scope.customerGroupIds.length)
    return scope.customerGroupIds.map((g) => ({ companyId: null, customerGroupIds: [g] }));
  return [ANONYMOUS_AUDIENCE];
}

/** Unit prices (quantity 1, gross) of the variants in every channel × audience × instant of the scopes. */
async function contextPrices(
  tx: Executor,
  scopes: ListScope[],
  variantIds: string[],
  instants: Date[],
): Promise<ContextPrice[]> {
  const channels = (await findChannelsByIds(tx, [...new Set(scopes.flatMap((s) => s.channelIds))])).filter(
    (c) => c.active,
  );
  const audiences = new Map(scopes.flatMap(audiencesOf).map((a) => [JSON.stringify(a), a]));
  const prices: ContextPrice[] = [];
  for (const channel of channels) {
    const items = await findPricedVariants(tx, channel, { variantIds });
    for (const [audienceKey, audience] of audiences) {
      for (const at of instants) {
        const lists = await findPriceLists(tx, channel, items, { audience, at });
        for (const item of items) {
          const price = priceVariant(channel, audience, item, lists, 1, at);
          prices.push({
            context: `${channel.id}|${audienceKey}|${at.toISOString()}`,
            variantId: item.variantId,
            gross: grossEquivalent({
              key: item.variantId,
              amount: price.unit.amount,
              includesVat: price.includesVat,
              vatRateBp: item.vatRateBp,
            }),
            channelName: channel.name,
          });
        }
      }
    }
  }
  return prices;
}

/**
 * Runs a price-list write inside the caller's transaction and checks it for price regret: the prices
 * of every variant bought in the window are computed before and after the write (now, and at the
 * list's start when it lies ahead) for the list's channels and audiences. When some fall more than the
 * threshold below a price paid, `review` throws PriceRegretDetected (the transaction rolls back),
 * `proceed` records the accepted impact in the audit log, and `credit` also writes the credits.
 * `after` is the list's scope after the write when the write changes it (default: unchanged).
 */
export async function guardPriceChange<T>(
  tx: Executor,
  actor: Actor,
  change: { listId: string; after?: Omit<ListScope, 'currency'> },
  decision: RegretDecision,
  write: () => Promise<T>,
): Promise<{ result: T; impact: RegretImpact | null; credited: number }> {
  await tx.execute(sql`select pg_advisory_xact_lock(${REGRET_LOCK})`);
  const before = await findListScope(tx, change.listId);
  if (!before) return { result: await write(), impact: null, credited: 0 };
  const after: ListScope = change.after ? { ...change.after, currency: before.currency } : before;
  const stored = await getPricingSettings(tx);
  const settings = { windowDays: stored.regretWindowDays, thresholdBp: stored.regretThresholdBp };
  const now = new Date();
  const purchases = await findRecentPurchases(
    tx,
    new Date(now.getTime() - settings.windowDays * DAY_MS),
    before.currency,
  );
  if (purchases.length === 0) return { result: await write(), impact: null, credited: 0 };

  const variantIds = [...new Set(purchases.map((p) => p.variantId))];
  const starts = [before.validFrom, after.validFrom].filter((d): d is Date => d !== null && d > now);
  const instants = [now, ...new Map(starts.map((d) => [d.getTime(), d])).values()];
  const pricesBefore = await contextPrices(tx, [before, after], variantIds, instants);
  const result = await write();
  const pricesAfter = await contextPrices(tx, [before, after], variantIds, instants);
  const { impact, lines } = assessPriceRegret(
    purchases,
    findLoweredPrices(pricesBefore, pricesAfter),
    settings,
    before.currency,
  );
  if (impact.orders === 0) return { result, impact: null, credited: 0 };
  if (decision === 'review') throw new PriceRegretDetected(impact);

  const credits = decision === 'credit' ? lines.filter((l) => l.credit > 0 && l.userId) : [];
  if (credits.length) {
    await tx.insert(customerCredits).values(
      credits.map((l) => ({
        userId: l.userId!,
        amount: l.credit,
        currency: before.currency,
        reason: 'price_protection' as const,
        orderId: l.orderId,
        orderLineId: l.orderLineId,
        variantId: l.variantId,
        priceListId: change.listId,
        createdBy: actor.userId,
      })),
    );
  }
  const summary = {
    orders: impact.orders,
    customers: impact.customers,
    variants: impact.variants.length,
    windowDays: impact.windowDays,
    thresholdBp: impact.thresholdBp,
  };
  await recordAudit(tx, actor, {
    action: decision === 'credit' ? 'price_list.price_protection_granted' : 'price_list.price_regret_accepted',
    entityType: 'price_list',
    entityId: change.listId,
    before: null,
    after:
      decision === 'credit'
        ? { ...summary, credits: credits.length, creditTotal: impact.creditTotal, currency: before.currency }
        : summary,
  });
  return { result, impact, credited: decision === 'credit' ? impact.creditTotal : 0 };
}
