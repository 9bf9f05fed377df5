// The admin form of a channel's shipping rates: amounts typed as currency units ("4.95", "4,95"),
// an empty threshold or tag meaning "none".
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { parseUnits } from '@/lib/pricing/pricing.schemas';
import { RATED_METHODS, type ShippingRate } from './shipping.rules';

const units = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const cents = parseUnits(text);
    if (cents === null) {
      ctx.addIssue({ code: 'custom', message: fieldMessage('amount') });
      return z.NEVER;
    }
    return cents;
  });
const optionalUnits = z.preprocess((v) => v ?? '', z.union([z.literal('').transform(() => null), units]));
const optionalTag = z.preprocess(
  (v) => (v === undefined || v === null ? null : typeof v === 'string' ? v.trim() || null : v),
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, fieldMessage('tag'))
    .nullable(),
);

export const shippingRateInput = z
  .object({
    channelId: z.uuid(fieldMessage('unknown_channel')),
    method: z.enum(RATED_METHODS, fieldMessage('unknown_choice')),
    flatAmount: units,
    freeFromAmount: optionalUnits,
    bulkyTag: optionalTag,
    bulkySurchargeAmount: z.preprocess((v) => (v === undefined || v === '' ? '0' : v), units),
  })
  .refine((v) => v.bulkyTag !== null || v.bulkySurchargeAmount === 0, {
    path: ['bulkyTag'],
    message: fieldMessage('bulky_tag_required'),
    // Checked alongside other fields' errors (all shown at once), unless the two fields it reads failed.
    when: (payload) =>
      !payload.issues.some((i) => i.path?.[0] === 'bulkyTag' || i.path?.[0] === 'bulkySurchargeAmount'),
  });
export type ShippingRateInput = z.infer<typeof shippingRateInput>;

/** The rate as the rules take it. */
export const toShippingRate = (input: ShippingRateInput): ShippingRate => ({
  method: input.method,
  flatAmount: input.flatAmount,
  freeFromAmount: input.freeFromAmount,
  bulkyTag: input.bulkyTag,
  bulkySurchargeAmount: input.bulkySurchargeAmount,
});

/** Cents as a person types them back into the form ("4.95"); null as an empty field. */
export function unitsText(cents: number | null): string {
  if (cents === null) return '';
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
