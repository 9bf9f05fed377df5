// The one price basis (a base price per variant) and the price lists on top of it (docs/pricing.md).
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { categories, products, variants } from './catalog';
import { channels } from './channels';
import { companies, users } from './people';

export const variantPrices = pgTable(
  'variant_prices',
  {
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    currency: text('currency').notNull(),
    // Gross list price in minor units (cents), VAT included at the product's tax class rate.
    amount: integer('amount').notNull(),
    // Gross lowest unit price price lists may reach (e.g. cost); null: no floor.
    floorAmount: integer('floor_amount'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.currency] }),
    check('variant_prices_amount_non_negative', sql`${t.amount} >= 0`),
    check('variant_prices_floor_non_negative', sql`${t.floorAmount} is null or ${t.floorAmount} >= 0`),
    check('variant_prices_currency_iso', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/** Customer segments such as "regulars" or "trade"; members are people or whole companies. */
export const customerGroups = pgTable('customer_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const customerGroupMembers = pgTable(
  'customer_group_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => customerGroups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check('customer_group_members_one_member', sql`(${t.userId} is null) <> (${t.companyId} is null)`),
    uniqueIndex('customer_group_members_user_idx').on(t.groupId, t.userId),
    uniqueIndex('customer_group_members_company_idx').on(t.groupId, t.companyId),
    index('customer_group_members_user_lookup_idx').on(t.userId),
    index('customer_group_members_company_lookup_idx').on(t.companyId),
  ],
);

export const priceLists = pgTable(
  'price_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    priority: integer('priority').notNull().default(0),
    active: boolean('active').notNull().default(true),
    // Window in instants (entered as Europe/Berlin business time); from inclusive, until exclusive.
    validFrom: timestamp('valid_from', { withTimezone: true }),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    // A B2B contract list for one company's members.
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    currency: text('currency').notNull(),
    // Whether fixed prices and amounts of this list's entries include VAT.
    amountsIncludeVat: boolean('amounts_include_vat').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'price_lists_window',
      sql`${t.validFrom} is null or ${t.validUntil} is null or ${t.validFrom} < ${t.validUntil}`,
    ),
    check('price_lists_currency_iso', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const priceListChannels = pgTable(
  'price_list_channels',
  {
    priceListId: uuid('price_list_id')
      .notNull()
      .references(() => priceLists.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.priceListId, t.channelId] }),
    index('price_list_channels_channel_idx').on(t.channelId),
  ],
);

export const priceListGroups = pgTable(
  'price_list_groups',
  {
    priceListId: uuid('price_list_id')
      .notNull()
      .references(() => priceLists.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => customerGroups.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.priceListId, t.groupId] })],
);

export const entryTargetKind = pgEnum('price_entry_target', ['variant', 'product', 'category', 'all']);
export const adjustmentKind = pgEnum('price_adjustment', ['fixed', 'percent', 'amount']);

export const priceListEntries = pgTable(
  'price_list_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    priceListId: uuid('price_list_id')
      .notNull()
      .references(() => priceLists.id, { onDelete: 'cascade' }),
    targetKind: entryTargetKind('target_kind').notNull(),
    variantId: uuid('variant_id').references(() => variants.id, { onDelete: 'cascade' }),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id').references(() => categories.id, { onDelete: 'cascade' }),
    // Volume tier: the entry applies from this quantity on.
    minQuantity: integer('min_quantity').notNull().default(1),
    adjustmentKind: adjustmentKind('adjustment_kind').notNull(),
    // Cents for fixed and amount, basis points for percent.
    value: integer('value').notNull(),
  },
  (t) => [
    check(
      'price_list_entries_target',
      sql`(${t.targetKind} = 'variant') = (${t.variantId} is not null) and (${t.targetKind} = 'product') = (${t.productId} is not null) and (${t.targetKind} = 'category') = (${t.categoryId} is not null)`,
    ),
    check('price_list_entries_min_quantity', sql`${t.minQuantity} >= 1`),
    check(
      'price_list_entries_value',
      sql`${t.value} >= 0 and (${t.adjustmentKind} <> 'percent' or ${t.value} <= 10000)`,
    ),
    index('price_list_entries_list_target_idx').on(t.priceListId, t.targetKind),
    index('price_list_entries_variant_idx').on(t.variantId),
    index('price_list_entries_product_idx').on(t.productId),
    index('price_list_entries_category_idx').on(t.categoryId),
  ],
);

/**
 * Omnibus price history: every change of the effective unit price (quantity 1) per variant, channel and
 * audience (a customer group, or everyone when group_id is null), computed from the rules, so a
 * scheduled list starting or ending is recorded at its boundary (lib/pricing/price-history.writes.ts).
 */
export const priceHistory = pgTable(
  'price_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').references(() => customerGroups.id, { onDelete: 'cascade' }),
    currency: text('currency').notNull(),
    // The unit price as the channel shows it (gross or net), in cents.
    amount: integer('amount').notNull(),
    effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('price_history_lookup_idx').on(t.variantId, t.channelId, t.groupId, t.effectiveFrom)],
);

/** Up to which instant the price history has been computed (one row; id = 1). */
export const priceHistoryState = pgTable('price_history_state', {
  id: integer('id').primaryKey(),
  recordedUntil: timestamp('recorded_until', { withTimezone: true }).notNull(),
});
