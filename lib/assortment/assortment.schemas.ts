// Form input of assortment rules, channels and publishable keys.
import { z } from 'zod';
import { fieldMessage, type FieldMessage } from '@/lib/platform/errors';

const optionalId = (message: FieldMessage) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid(message).nullable());

export const assortmentRuleInput = z
  .object({
    channelId: z.uuid(fieldMessage('unknown_channel')),
    customerGroupId: optionalId(fieldMessage('unknown_customer_group')),
    companyId: optionalId(fieldMessage('unknown_company')),
    targetKind: z.enum(['all', 'category', 'brand', 'tag', 'product'], fieldMessage('target_kind')),
    target: z.string().trim().max(200).default(''),
    effect: z.enum(['include', 'exclude'], fieldMessage('effect')),
  })
  .superRefine((v, ctx) => {
    if (v.customerGroupId && v.companyId)
      ctx.addIssue({ code: 'custom', path: ['companyId'], message: fieldMessage('audience_both') });
    if (v.targetKind !== 'all' && v.target === '')
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: fieldMessage('rule_target'),
      });
    if (v.targetKind === 'tag' && v.target !== '' && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(v.target))
      ctx.addIssue({ code: 'custom', path: ['target'], message: fieldMessage('tag') });
  })
  .transform((v) => ({ ...v, target: v.targetKind === 'all' ? '' : v.target }));

export type AssortmentRuleInput = z.output<typeof assortmentRuleInput>;

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());
const idList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid(fieldMessage('unknown_choice'))),
);

export const channelInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, fieldMessage('channel_code')),
  name: z.string().trim().min(2).max(80),
  kind: z.enum(['online', 'showroom', 'b2b', 'marketplace'], fieldMessage('channel_kind')),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, fieldMessage('currency')),
  pricesIncludeVat: checkbox,
  active: checkbox,
  assortmentMode: z.enum(['all', 'selected'], fieldMessage('assortment_mode')),
  locationIds: idList,
});

export type ChannelInput = z.output<typeof channelInput>;

export const publishableKeyInput = z.object({
  channelId: z.uuid(fieldMessage('unknown_channel')),
  name: z.string().trim().min(2).max(80),
});
