// Orders and their lines: what customers bought, on which channel, at which price. Issue 5 (checkout)
// places them; the price-regret guard (docs/pricing.md) reads the recent ones.
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { variants } from './catalog';
import { channels } from './channels';
import { companies, users } from './people';
import { priceLists } from './pricing';

export const orderStatus = pgEnum('order_status', ['placed', 'confirmed', 'picking', 'ready_for_pickup', 'collected', 'shipped', 'delivered', 'cancelled', 'returned']);

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The number customers and staff quote.
    number: bigint('number', { mode: 'number' }).notNull().unique().generatedAlwaysAsIdentity({ startWith: 10001 }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id),
    // Null for guest orders (only the email is known).
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    status: orderStatus('status').notNull().default('placed'),
    currency: text('currency').notNull(),
    // The channel's basis when the order was placed: gross (consumers) or net (B2B) amounts.
    pricesIncludeVat: boolean('prices_include_vat').notNull(),
    totalAmount: integer('total_amount').notNull(),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('orders_placed_at_idx').on(t.placedAt), index('orders_user_idx').on(t.userId), check('orders_total_non_negative', sql`${t.totalAmount} >= 0`)],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id),
    // As bought: the line still reads right when the product is renamed later.
    sku: text('sku').notNull(),
    productName: text('product_name').notNull(),
    quantity: integer('quantity').notNull(),
    // Unit price paid, in the order's basis (see orders.prices_include_vat), and the VAT rate applied.
    unitAmount: integer('unit_amount').notNull(),
    vatRateBp: integer('vat_rate_bp').notNull(),
    lineAmount: integer('line_amount').notNull(),
    priceListId: uuid('price_list_id').references(() => priceLists.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('order_lines_order_idx').on(t.orderId),
    index('order_lines_variant_idx').on(t.variantId),
    check('order_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('order_lines_amounts_non_negative', sql`${t.unitAmount} >= 0 and ${t.lineAmount} >= 0`),
  ],
);
