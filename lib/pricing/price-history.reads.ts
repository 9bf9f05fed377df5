// Not marked server-only: lib/pricing/prices.reads.ts uses it, and the seed uses that outside Next.
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';

/**
 * The lowest price of each variant in the 30 days before its current price took effect, for one
 * channel and audience (EU price indication: the reference for a shown reduction). Variants with no
 * earlier price recorded are missing from the result.
 */
export async function findLowestPriorPrices(
  db: Executor,
  channelId: string,
  groupId: string | null,
  variantIds: string[],
  now = new Date(),
): Promise<Map<string, number>> {
  if (variantIds.length === 0) return new Map();
  const rows = await db.execute<{ variant_id: string; lowest: number }>(sql`
    with h as (
      select variant_id, amount, effective_from,
        lead(effective_from) over (partition by variant_id order by effective_from) as effective_until
      from price_history
      where channel_id = ${channelId} and ${groupId === null ? sql`group_id is null` : sql`group_id = ${groupId}`}
        and variant_id in ${variantIds} and effective_from <= ${now.toISOString()}::timestamptz
    ), current as (
      select distinct on (variant_id) variant_id, effective_from as since from h order by variant_id, effective_from desc
    )
    select h.variant_id, min(h.amount)::int as lowest
    from h join current c on c.variant_id = h.variant_id
    where h.effective_from < c.since and coalesce(h.effective_until, 'infinity'::timestamptz) > c.since - interval '30 days'
    group by h.variant_id`);
  return new Map(rows.map((r) => [r.variant_id, Number(r.lowest)]));
}
