// Form and CSV input of price lists: amounts typed as currency units and percentages, turned into
// integer cents and basis points without floating-point arithmetic.
import { z } from 'zod';
import { berlinLocalToInstant } from '@/lib/platform/business-time.rules';

/** "12", "12.5", "12,50" → 1250 cents; at most 9,999,999.99. */
export function parseUnits(text: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** "20", "12.5", "7,25" percent → basis points (2000, 1250, 725); at most 100. */
export function parsePercent(text: string): number | null {
  const bp = parseUnits(text);
  return bp === null || bp > 10_000 ? null : bp;
}

function toInstant(value: string, ctx: z.RefinementCtx): Date | null {
  if (value === '') return null;
  try {
    return berlinLocalToInstant(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'Enter a date and time (Berlin time)' });
    return z.NEVER;
  }
}

/** A Berlin wall-clock time from a datetime-local field; empty means "no limit". */
const optionalLocalTime = z.preprocess((v) => v ?? '', z.string().trim().transform(toInstant));

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());
const idList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid('Unknown choice')),
);

export const priceListInput = z
  .object({
    name: z.string().trim().min(2, 'Give the list a name of at least 2 characters').max(120, 'At most 120 characters'),
    priority: z.coerce
      .number({ error: 'Enter a whole number' })
      .int('Enter a whole number')
      .min(-1000, 'From -1000')
      .max(1000, 'To 1000'),
    channelIds: idList.pipe(z.array(z.uuid()).min(1, 'Choose at least one channel')),
    customerGroupIds: idList,
    companyId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid('Unknown company').nullable()),
    validFrom: optionalLocalTime,
    validUntil: optionalLocalTime,
    active: checkbox,
    amountsIncludeVat: checkbox,
  })
  .refine((v) => !v.validFrom || !v.validUntil || v.validFrom < v.validUntil, {
    path: ['validUntil'],
    message: 'Must be after the start',
  });

export type PriceListInput = z.output<typeof priceListInput>;

export const priceEntryInput = z
  .object({
    targetKind: z.enum(['all', 'category', 'product', 'variant'], 'Choose what the entry applies to'),
    target: z.string().trim().max(200).default(''),
    minQuantity: z.coerce
      .number({ error: 'Enter a whole number' })
      .int('Enter a whole number')
      .min(1, 'At least 1')
      .max(1_000_000, 'At most 1000000'),
    adjustmentKind: z.enum(['percent', 'amount', 'fixed'], 'Choose a kind of price'),
    value: z.string().trim().min(1, 'Enter a value'),
  })
  .transform((v, ctx) => {
    if (v.targetKind !== 'all' && v.target === '')
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'Enter a category path, product slug or SKU' });
    const value = v.adjustmentKind === 'percent' ? parsePercent(v.value) : parseUnits(v.value);
    if (value === null)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message:
          v.adjustmentKind === 'percent'
            ? 'Enter a percentage from 0 to 100 (e.g. 12.5)'
            : 'Enter an amount such as 12.50',
      });
    return { ...v, value: value ?? 0 };
  });

export type PriceEntryInput = z.output<typeof priceEntryInput>;
