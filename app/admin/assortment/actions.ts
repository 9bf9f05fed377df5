'use server';

import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { addAssortmentRule, deleteAssortmentRule, setProductsInChannel } from '@/lib/assortment/assortment.writes';
import { assortmentRuleInput } from '@/lib/assortment/assortment.schemas';
import { confirmation, previewed } from './previewed';

/**
 * The rule form has one audience select: '' (everyone), 'g:<group id>' or 'c:<company id>'. It is
 * split into the two ids the rule schema checks; anything else fails there as an unknown group.
 */
function splitAudience(raw: unknown) {
  if (typeof raw !== 'object' || raw === null) return raw;
  const { audience, ...rest } = raw as Record<string, unknown>;
  const value = typeof audience === 'string' ? audience : '';
  if (value === '') return { ...rest, customerGroupId: '', companyId: '' };
  if (value.startsWith('c:')) return { ...rest, customerGroupId: '', companyId: value.slice(2) };
  return { ...rest, customerGroupId: value.startsWith('g:') ? value.slice(2) : value, companyId: '' };
}

export const addAssortmentRuleAction = validatedAction(
  'assortment:write',
  z.preprocess(splitAudience, z.intersection(confirmation, assortmentRuleInput)),
  async ({ confirmed, ...rule }, actor) =>
    previewed(rule.channelId, () => addAssortmentRule(getDb(), actor, rule, confirmed), 'added'),
);

export const deleteAssortmentRuleAction = validatedAction(
  'assortment:write',
  confirmation.extend({
    channelId: z.uuid(fieldMessage('unknown_channel')),
    ruleId: z.uuid(fieldMessage('unknown_rule')),
  }),
  async ({ channelId, ruleId, confirmed }, actor) =>
    previewed(channelId, () => deleteAssortmentRule(getDb(), actor, channelId, ruleId, confirmed), 'deleted'),
);

const productsInChannel = confirmation.extend({
  channelId: z.uuid(fieldMessage('channel_required')),
  productIds: z.preprocess(
    (v) => (v === undefined ? [] : [v].flat()),
    z
      .array(z.uuid(fieldMessage('unknown_product')))
      .min(1, fieldMessage('products_required'))
      .max(500),
  ),
  effect: z.enum(['include', 'exclude'], fieldMessage('effect')),
});

/** Bulk include or exclude the ticked products of the matrix in one channel, for everyone. */
export const setProductsInChannelAction = validatedAction(
  'assortment:write',
  productsInChannel,
  async ({ confirmed, ...input }, actor) =>
    previewed(
      input.channelId,
      () => setProductsInChannel(getDb(), actor, input, confirmed),
      input.effect === 'include' ? 'included' : 'excluded',
    ),
);
