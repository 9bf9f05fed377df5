// Which products each channel sells (docs/assortment.md): rules per channel, optionally for one
// customer group or company, and the decisions they produce, kept per channel × audience × product.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { brands, categories, products } from './catalog';
import { channels } from './channels';
import { companies, users } from './people';
import { customerGroups } from './pricing';

export const assortmentTarget = pgEnum('assortment_target', ['all', 'category', 'brand', 'tag', 'product']);
export const assortmentEffect = pgEnum('assortment_effect', ['include', 'exclude']);

export const assortmentRules = pgTable(
  'assortment_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    // Both null: for everyone. At most one is set.
    customerGroupId: uuid('customer_group_id').references(() => customerGroups.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    targetKind: assortmentTarget('target_kind').notNull(),
    categoryId: uuid('category_id').references(() => categories.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').references(() => brands.id, { onDelete: 'cascade' }),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'cascade' }),
    tag: text('tag'),
    effect: assortmentEffect('effect').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assortment_rules_channel_idx').on(t.channelId),
    check('assortment_rules_one_audience', sql`${t.customerGroupId} is null or ${t.companyId} is null`),
    check(
      'assortment_rules_target',
      sql`case ${t.targetKind}
        when 'all' then ${t.categoryId} is null and ${t.brandId} is null and ${t.productId} is null and ${t.tag} is null
        when 'category' then ${t.categoryId} is not null
        when 'brand' then ${t.brandId} is not null
        when 'product' then ${t.productId} is not null
        when 'tag' then ${t.tag} is not null end`,
    ),
  ],
);

/**
 * The rules' decisions (lib/assortment/assortment.rules.ts), rebuilt per channel after every rule change.
 * audience_key '' (everyone) has a row for every product; 'g:<group>' and 'c:<company>' rows exist
 * where one of that audience's rules matches. `rank` orders decisions: the highest applicable wins.
 */
export const channelProducts = pgTable(
  'channel_products',
  {
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    audienceKey: text('audience_key').notNull(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    listed: boolean('listed').notNull(),
    rank: integer('rank').notNull(),
    ruleId: uuid('rule_id'),
  },
  (t) => [
    primaryKey({ columns: [t.channelId, t.audienceKey, t.productId] }),
    index('channel_products_product_idx').on(t.productId),
  ],
);

/** Publishable API keys: a key names its channel; revoked keys are refused with 403. Not secret. */
export const publishableKeys = pgTable(
  'publishable_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    token: text('token').notNull().unique(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('publishable_keys_channel_idx').on(t.channelId)],
);
