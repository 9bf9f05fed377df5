// The pricing settings form: days as a whole number, thresholds as percentages typed by a person.
import { z } from 'zod';
import type { PricingSettings } from '@/lib/pricing/pricing-settings.reads';
import { parsePercent } from './pricing.schemas';

const percent = (message: string) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      const bp = parsePercent(text);
      if (bp === null) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return bp;
    });

export const pricingSettingsInput = z
  .object({
    regretWindowDays: z.coerce
      .number({ error: 'Enter a whole number of days' })
      .int('Enter a whole number of days')
      .min(1, 'At least 1 day')
      .max(365, 'At most 365 days'),
    regretThresholdPercent: percent('Enter a percentage from 0 to 100, e.g. 10 or 7.5'),
    consistencySpreadPercent: percent('Enter a percentage from 0 to 100, e.g. 15'),
  })
  .transform((v): PricingSettings => ({
    regretWindowDays: v.regretWindowDays,
    regretThresholdBp: v.regretThresholdPercent,
    consistencySpreadBp: v.consistencySpreadPercent,
  }));
