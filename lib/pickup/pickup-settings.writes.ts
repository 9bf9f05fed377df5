import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import {
  getPickupSettings,
  PICKUP_SETTINGS_KEY,
  pickupSettingsSchema,
  type PickupSettings,
} from '@/lib/pickup/pickup-settings.reads';
import { AppError } from '@/lib/platform/errors';
import { recordAudit } from '@/lib/platform/audit.writes';

/** Saves the pickup settings (admins only: they decide when every store's orders are cancelled); audited. */
export async function updatePickupSettings(db: Database, actor: Actor | null, input: PickupSettings): Promise<void> {
  requirePermission(actor, 'pickup:settings');
  const parsed = pickupSettingsSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError('request.invalid', { fieldErrors: { uncollectedDays: [{ code: 'field.uncollected_days' }] } });
  await db.transaction(async (tx) => {
    const before = await getPickupSettings(tx);
    await tx
      .insert(settings)
      .values({ key: PICKUP_SETTINGS_KEY, value: parsed.data, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: parsed.data, updatedBy: actor.userId, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      action: 'settings.updated',
      entityType: 'settings',
      entityId: PICKUP_SETTINGS_KEY,
      before,
      after: parsed.data,
    });
  });
}
