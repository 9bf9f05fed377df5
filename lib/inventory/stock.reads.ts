// Free stock per variant at a channel's active locations, the input of the availability answer
// (./fulfilment-promise.rules.ts). One query for any number of variants.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { locations, stockLevels, variants } from '@/db/schema';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { availableAt } from './availability.rules';
import type { LocationStock } from './fulfilment-promise.rules';

/** Free units per variant id at the channel's active locations (a variant without rows maps to []). */
export async function listVariantStock(
  db: Executor,
  channel: Pick<ChannelContext, 'locationIds'>,
  variantIds: readonly string[],
): Promise<Map<string, LocationStock[]>> {
  const byVariant = new Map<string, LocationStock[]>(variantIds.map((id) => [id, []]));
  if (variantIds.length === 0 || channel.locationIds.length === 0) return byVariant;
  const rows = await db
    .select({
      variantId: stockLevels.variantId,
      onHand: stockLevels.onHand,
      reserved: stockLevels.reserved,
      code: locations.code,
      kind: locations.kind,
    })
    .from(stockLevels)
    .innerJoin(locations, eq(locations.id, stockLevels.locationId))
    .where(
      and(
        inArray(stockLevels.variantId, [...variantIds]),
        inArray(stockLevels.locationId, channel.locationIds),
        eq(locations.active, true),
      ),
    );
  for (const row of rows)
    byVariant.get(row.variantId)?.push({ locationCode: row.code, kind: row.kind, quantity: availableAt(row) });
  return byVariant;
}

/** The id of the variant with this SKU, or null. */
export async function findVariantIdBySku(db: Executor, sku: string): Promise<string | null> {
  const [row] = await db.select({ id: variants.id }).from(variants).where(eq(variants.sku, sku));
  return row?.id ?? null;
}
