// The click & collect settings (table `settings`, key 'pickup'), parsed with their defaults. Not marked
// server-only: the expiry job reads them outside Next too (CLI and schedule).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { settings } from '@/db/schema';

export const pickupSettingsSchema = z.object({
  /** Orders not collected this many days after they became ready (or after their slot ended) are cancelled. */
  uncollectedDays: z.number().int().min(1).max(90),
});

export type PickupSettings = z.infer<typeof pickupSettingsSchema>;

export const PICKUP_SETTINGS_KEY = 'pickup';
export const DEFAULT_PICKUP_SETTINGS: PickupSettings = { uncollectedDays: 7 };

/** The stored pickup settings; a missing or unreadable value falls back to the defaults field by field. */
export async function getPickupSettings(db: Executor): Promise<PickupSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, PICKUP_SETTINGS_KEY));
  const stored = pickupSettingsSchema.partial().safeParse(row?.value ?? {});
  return { ...DEFAULT_PICKUP_SETTINGS, ...(stored.success ? stored.data : {}) };
}
