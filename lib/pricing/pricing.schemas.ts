// Form and CSV input of price lists: amounts typed as currency units and percentages, turned into
// integer cents and basis points without floating-point arithmetic.
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
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
    ctx.addIssue({ code: 'custom', message: fieldMessage('date_time') });
    return z.NEVER;
  }
}

/** A Berlin wall-clock time from a datetime-local field; empty means "no limit". */
const optionalLocalTime = z.preprocess((v) => v ?? '', z.string().trim().transform(toInstant));

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());
const idList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid(fieldMessage('unknown_choice'))),
);

export const priceListInput = z
  .object({
    name: z.string().trim().min(2).max(120),
    priority: z.coerce
      .number({ error: fieldMessage('whole_number') })
      .int(fieldMessage('whole_number'))
      .min(-1000, fieldMessage('too_small'))
      .max(1000, fieldMessage('too_big')),
    channelIds: idList.pipe(z.array(z.uuid()).min(1, fieldMessage('channels_required'))),
    customerGroupIds: idList,
    companyId: z.preprocess(
      (v) => (v === '' || v === undefined ? null : v),
      z.uuid(fieldMessage('unknown_company')).nullable(),
    ),
    validFrom: optionalLocalTime,
    validUntil: optionalLocalTime,
    active: checkbox,
    amountsIncludeVat: checkbox,
  })
  .refine((v) => !v.validFrom || !v.validUntil || v.validFrom < v.validUntil, {
    path: ['validUntil'],
    message: fieldMessage('after_start'),
  });

export type PriceListInput = z.output<typeof priceListInput>;

export const priceEntryInput = z
  .object({
    targetKind: z.enum(['all', 'category', 'product', 'variant'], fieldMessage('target_kind')),
    target: z.string().trim().max(200).default(''),
    minQuantity: z.coerce
      .number({ error: fieldMessage('whole_number') })
      .int(fieldMessage('whole_number'))
      .min(1, fieldMessage('too_small'))
      .max(1_000_000, fieldMessage('too_big')),
    adjustmentKind: z.enum(['percent', 'amount', 'fixed'], fieldMessage('adjustment_kind')),
    value: z.string().trim().min(1),
  })
  .transform((v, ctx) => {
    if (v.targetKind !== 'all' && v.target === '')
      ctx.addIssue({ code: 'custom', path: ['target'], message: fieldMessage('price_target') });
    const value = v.adjustmentKind === 'percent' ? parsePercent(v.value) : parseUnits(v.value);
    if (value === null)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: v.adjustmentKind === 'percent' ? fieldMessage('percent') : fieldMessage('amount'),
      });
    return { ...v, value: value ?? 0 };
  });

export type PriceEntryInput = z.output<typeof priceEntryInput>;
