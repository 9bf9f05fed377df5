// Assisted selling (docs/showroom.md): the consent choices a customer gives in a store, the hand-off of a
// showroom cart to the customer's own phone, and quotes saved for a customer. Each records the channel,
// the store and the staff member.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { variants } from './catalog';
import { channels } from './channels';
import { locations } from './inventory';
import { carts, orders } from './orders';
import { customerProfiles, users } from './people';
import { priceLists } from './pricing';

/** What a customer may be contacted for; each choice is its own ledger row. */
export const consentPurpose = pgEnum('consent_purpose', ['marketing_email', 'marketing_sms', 'marketing_phone']);

/**
 * The consent ledger: every choice a customer gave (granted or refused), when, where and to whom. The
 * current state of a purpose is its latest row. Rows are never changed, only added.
 */
export const consentRecords = pgTable(
  'consent_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => customerProfiles.id, { onDelete: 'cascade' }),
    purpose: consentPurpose('purpose').notNull(),
    granted: boolean('granted').notNull(),
    channelId: uuid('channel_id').references(() => channels.id),
    locationId: uuid('location_id').references(() => locations.id),
    recordedById: uuid('recorded_by_id').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consent_records_profile_idx').on(t.profileId, t.purpose, t.recordedAt)],
);

/**
 * A showroom cart handed to the customer's phone: the QR code and short link carry a random token, of
 * which only the sha256 is kept. It opens that one cart once, until it expires.
 */
export const cartHandoffs = pgTable(
  'cart_handoffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    profileId: uuid('profile_id').references(() => customerProfiles.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('cart_handoffs_token_idx').on(t.tokenHash), index('cart_handoffs_cart_idx').on(t.cartId)],
);

export const quoteStatus = pgEnum('quote_status', ['open', 'ordered', 'withdrawn']);

/**
 * A quote: the lines and prices staff offered a customer, valid until a date. The customer opens it from
 * their account or by its link (a random token, kept as sha256) and orders it at these prices.
 */
export const quotes = pgTable(
  'quotes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigint('number', { mode: 'number' }).notNull().unique().generatedAlwaysAsIdentity({ startWith: 50001 }),
    tokenHash: text('token_hash').notNull(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id),
    locationId: uuid('location_id').references(() => locations.id),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => customerProfiles.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull().default('en'),
    currency: text('currency').notNull(),
    pricesIncludeVat: boolean('prices_include_vat').notNull(),
    // Goods only; shipping is charged by the order's checkout.
    totalAmount: integer('total_amount').notNull(),
    // The last day (in the store's time zone) the quote can be ordered.
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    status: quoteStatus('status').notNull().default('open'),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('quotes_token_idx').on(t.tokenHash),
    index('quotes_profile_idx').on(t.profileId, t.createdAt),
    check('quotes_total_non_negative', sql`${t.totalAmount} >= 0`),
  ],
);

export const quoteLines = pgTable(
  'quote_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    quoteId: uuid('quote_id')
      .notNull()
      .references(() => quotes.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id),
    sku: text('sku').notNull(),
    productName: text('product_name').notNull(),
    quantity: integer('quantity').notNull(),
    unitAmount: integer('unit_amount').notNull(),
    vatRateBp: integer('vat_rate_bp').notNull(),
    lineAmount: integer('line_amount').notNull(),
    priceListId: uuid('price_list_id').references(() => priceLists.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('quote_lines_quote_idx').on(t.quoteId),
    check('quote_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('quote_lines_amounts_non_negative', sql`${t.unitAmount} >= 0 and ${t.lineAmount} >= 0`),
  ],
);
