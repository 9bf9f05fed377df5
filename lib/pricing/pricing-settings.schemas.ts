// The pricing settings form: days as a whole number, thresholds as percentages typed by a person.
import { z } from 'zod';
import { fieldMessage, type FieldMessage } from '@/lib/platform/errors';
import type { PricingSettings } from '@/lib/pricing/pricing-settings.reads';
import { parsePercent } from './pricing.schemas';

const percent = (message: FieldMessage) =>
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
      .number({ error: fieldMessage('whole_days') })
      .int(fieldMessage('whole_days'))
      .min(1, fieldMessage('too_small'))
      .max(365, fieldMessage('too_big')),
    regretThresholdPercent: percent(fieldMessage('percent')),
    consistencySpreadPercent: percent(fieldMessage('percent')),
  })
  .transform((v): PricingSettings => ({
    regretWindowDays: v.regretWindowDays,
    regretThresholdBp: v.regretThresholdPercent,
    consistencySpreadBp: v.consistencySpreadPercent,
  }));
