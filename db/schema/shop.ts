// What a German web shop must show besides its products: shipping rates per channel and method
// (docs/shipping.md) and the legal content pages (imprint, terms, withdrawal, privacy, shipping).
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { channels } from './channels';
import { fulfilmentKind } from './orders';
import { users } from './people';

/**
 * The shipping rate of one channel for one method (delivery or ship to store; pickup is always free).
 * Amounts in cents in the channel's basis (gross for consumer channels, net for B2B).
 */
export const shippingRates = pgTable(
  'shipping_rates',
  {
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    method: fulfilmentKind('method').notNull(),
    flatAmount: integer('flat_amount').notNull(),
    // Goods worth at least this much ship without the flat rate (null: never free).
    freeFromAmount: integer('free_from_amount'),
    // Each unit of a product carrying this tag adds the surcharge, also above the free threshold.
    bulkyTag: text('bulky_tag'),
    bulkySurchargeAmount: integer('bulky_surcharge_amount').notNull().default(0),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.channelId, t.method] }),
    check('shipping_rates_method', sql`${t.method} <> 'pickup'`),
    check(
      'shipping_rates_amounts',
      sql`${t.flatAmount} >= 0 and ${t.bulkySurchargeAmount} >= 0 and coalesce(${t.freeFromAmount}, 0) >= 0`,
    ),
  ],
);

/** A content page (imprint, terms …) in one language; the body is markdown-lite text (lib/content/content-markup.rules.ts). */
export const contentPages = pgTable(
  'content_pages',
  {
    slug: text('slug').notNull(),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.slug, t.locale] }),
    check('content_pages_slug', sql`${t.slug} ~ '^[a-z][a-z0-9-]{0,63}$'`),
  ],
);
