// Run-time settings (table `settings`), parsed with their defaults. Not marked server-only: the
// services that read them also run in tests and jobs outside Next.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { settings } from '@/db/schema';

/** Pricing thresholds (docs/pricing.md): the price-regret guard and the channel consistency view. */
export const pricingSettingsSchema = z.object({
  /** How far back purchases count for the price-regret guard. */
  regretWindowDays: z.number().int().min(1).max(365),
  /** A new price more than this far below a price paid (basis points) counts as regret. */
  regretThresholdBp: z.number().int().min(0).max(10_000),
  /** Allowed spread around a product's median price across channels and groups (basis points). */
  consistencySpreadBp: z.number().int().min(0).max(10_000),
});

export type PricingSettings = z.infer<typeof pricingSettingsSchema>;

export const PRICING_SETTINGS_KEY = 'pricing';
export const DEFAULT_PRICING_SETTINGS: PricingSettings = {
  regretWindowDays: 14,
  regretThresholdBp: 1000,
  consistencySpreadBp: 1500,
};

/** The stored pricing settings; a missing or unreadable value falls back to the defaults field by field. */
export async function getPricingSettings(db: Executor): Promise<PricingSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, PRICING_SETTINGS_KEY));
  const stored = pricingSettingsSchema.partial().safeParse(row?.value ?? {});
  return { ...DEFAULT_PRICING_SETTINGS, ...(stored.success ? stored.data : {}) };
}
