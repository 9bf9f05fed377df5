// The one price basis: a base (list) price per variant. Price rules on top come later.
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { variants } from './catalog';

export const variantPrices = pgTable(
  'variant_prices',
  {
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    currency: text('currency').notNull(),
    // Gross list price in minor units (cents), VAT included at the product's tax class rate.
    amount: integer('amount').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.currency] }),
    check('variant_prices_amount_non_negative', sql`${t.amount} >= 0`),
    check('variant_prices_currency_iso', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);
