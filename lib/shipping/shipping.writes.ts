import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { channels, shippingRates } from '@/db/schema';
import { recordAudit } from '@/lib/platform/audit.writes';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { AppError } from '@/lib/platform/errors';
import { toShippingRate, type ShippingRateInput } from './shipping.schemas';

/** Saves one channel's rate for one method (delivery or ship to store); audited with before and after. */
export async function saveShippingRate(db: Database, actor: Actor | null, input: ShippingRateInput): Promise<void> {
  requirePermission(actor, 'shipping:write');
  const { channelId } = input;
  const rate = toShippingRate(input);
  await db.transaction(async (tx) => {
    const [channel] = await tx.select({ id: channels.id }).from(channels).where(eq(channels.id, channelId));
    if (!channel) throw new AppError('channel.not_found', { field: 'channelId' });
    const [before] = await tx
      .select({
        flatAmount: shippingRates.flatAmount,
        freeFromAmount: shippingRates.freeFromAmount,
        bulkyTag: shippingRates.bulkyTag,
        bulkySurchargeAmount: shippingRates.bulkySurchargeAmount,
      })
      .from(shippingRates)
      .where(and(eq(shippingRates.channelId, channelId), eq(shippingRates.method, rate.method)))
      .for('update');
    const values = {
      flatAmount: rate.flatAmount,
      freeFromAmount: rate.freeFromAmount,
      bulkyTag: rate.bulkyTag,
      bulkySurchargeAmount: rate.bulkySurchargeAmount,
      updatedBy: actor.userId,
    };
    await tx
      .insert(shippingRates)
      .values({ channelId, method: rate.method, ...values })
      .onConflictDoUpdate({
        target: [shippingRates.channelId, shippingRates.method],
        set: { ...values, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      action: 'shipping_rate.saved',
      entityType: 'shipping_rate',
      entityId: `${channelId}:${rate.method}`,
      before: before ?? null,
      after: rate,
    });
  });
}
