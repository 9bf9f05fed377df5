import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { getPricingSettings, PRICING_SETTINGS_KEY, type PricingSettings } from '@/lib/pricing/pricing-settings.reads';
import { recordAudit } from '@/lib/platform/audit.writes';

/** Saves the pricing thresholds; audited with before and after. */
export async function updatePricingSettings(db: Database, actor: Actor | null, input: PricingSettings): Promise<void> {
  requirePermission(actor, 'pricing:write');
  await db.transaction(async (tx) => {
    const before = await getPricingSettings(tx);
    await tx
      .insert(settings)
      .values({ key: PRICING_SETTINGS_KEY, value: input, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: input, updatedBy: actor.userId, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      action: 'settings.updated',
      entityType: 'settings',
      entityId: PRICING_SETTINGS_KEY,
      before,
      after: input,
    });
  });
}
