// Form input of assortment rules, channels and publishable keys.
import { z } from 'zod';

const optionalId = (message: string) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid(message).nullable());

export const assortmentRuleInput = z
  .object({
    channelId: z.uuid('Unknown channel'),
    customerGroupId: optionalId('Unknown customer group'),
    companyId: optionalId('Unknown company'),
    targetKind: z.enum(['all', 'category', 'brand', 'tag', 'product'], 'Choose what the rule applies to'),
    target: z.string().trim().max(200, 'At most 200 characters').default(''),
    effect: z.enum(['include', 'exclude'], 'Choose include or exclude'),
  })
  .superRefine((v, ctx) => {
    if (v.customerGroupId && v.companyId)
      ctx.addIssue({ code: 'custom', path: ['companyId'], message: 'Choose a customer group or a company, not both' });
    if (v.targetKind !== 'all' && v.target === '')
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'Enter a category path, brand slug, tag or product slug',
      });
    if (v.targetKind === 'tag' && v.target !== '' && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(v.target))
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'A tag is lower-case letters, digits and dashes' });
  })
  .transform((v) => ({ ...v, target: v.targetKind === 'all' ? '' : v.target }));

export type AssortmentRuleInput = z.output<typeof assortmentRuleInput>;

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());
const idList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid('Unknown choice')),
);

export const channelInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'Use 2 to 40 lower-case letters, digits and dashes'),
  name: z.string().trim().min(2, 'Give the channel a name of at least 2 characters').max(80, 'At most 80 characters'),
  kind: z.enum(['online', 'showroom', 'b2b', 'marketplace'], 'Choose a kind'),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO currency code such as EUR'),
  pricesIncludeVat: checkbox,
  active: checkbox,
  assortmentMode: z.enum(['all', 'selected'], 'Choose all products or selected products'),
  locationIds: idList,
});

export type ChannelInput = z.output<typeof channelInput>;

export const publishableKeyInput = z.object({
  channelId: z.uuid('Unknown channel'),
  name: z.string().trim().min(2, 'Give the key a name of at least 2 characters').max(80, 'At most 80 characters'),
});
