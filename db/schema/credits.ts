// A credit ledger per customer: price-protection credits granted by the price-regret guard
// (docs/pricing.md), later redemptions. The balance is the sum of a customer's rows.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { variants } from './catalog';
import { orderLines, orders } from './orders';
import { users } from './people';
import { priceLists } from './pricing';

export const creditReason = pgEnum('credit_reason', ['price_protection']);

export const customerCredits = pgTable(
  'customer_credits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // Positive: granted to the customer; negative: used.
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    reason: creditReason('reason').notNull(),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    orderLineId: uuid('order_line_id').references(() => orderLines.id, { onDelete: 'set null' }),
    variantId: uuid('variant_id').references(() => variants.id, { onDelete: 'set null' }),
    priceListId: uuid('price_list_id').references(() => priceLists.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('customer_credits_user_idx').on(t.userId, t.createdAt),
    index('customer_credits_order_line_idx').on(t.orderLineId),
    check('customer_credits_amount_non_zero', sql`${t.amount} <> 0`),
  ],
);
