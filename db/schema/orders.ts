// Carts, orders and their lines, order events, checkout idempotency and the notification outbox
// (docs/orders.md). The price-regret guard (docs/pricing.md) reads the recent orders.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { variants } from './catalog';
import { channels } from './channels';
import { locations } from './inventory';
import { companies, customerProfiles, users } from './people';
import { priceLists } from './pricing';

export const orderStatus = pgEnum('order_status', [
  'placed',
  'confirmed',
  'picking',
  'ready_for_pickup',
  'collected',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
]);
/** delivery: to the customer's address; pickup: click & collect from stock in the store; ship_to_store: sent to the store for pickup. */
export const fulfilmentKind = pgEnum('fulfilment_kind', ['delivery', 'pickup', 'ship_to_store']);
export const paymentStatus = pgEnum('payment_status', ['pending', 'authorized', 'paid', 'failed']);

/** A delivery address as the customer typed it (validated by lib/checkout/checkout.schemas.ts). */
export type PostalAddress = { name: string; street: string; postalCode: string; city: string; country: string };

/** A cart per guest (cookie holds its random id) or signed-in customer, in one channel. */
export const carts = pgTable(
  'carts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    // Assisted selling (docs/showroom.md): the customer staff sell to, who sells and where; a cart made
    // from a quote names it (its lines then carry the quoted prices). Null on a shopper's own cart.
    profileId: uuid('profile_id').references(() => customerProfiles.id, { onDelete: 'set null' }),
    soldById: uuid('sold_by_id').references(() => users.id, { onDelete: 'set null' }),
    soldLocationId: uuid('sold_location_id').references(() => locations.id),
    quoteId: uuid('quote_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('carts_user_idx').on(t.userId, t.channelId)],
);

export const cartLines = pgTable(
  'cart_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    // The unit price when the line was added, in the channel's basis: a line whose price changed says so.
    unitAmountAtAdd: integer('unit_amount_at_add').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cart_lines_variant_idx').on(t.cartId, t.variantId),
    check('cart_lines_quantity_range', sql`${t.quantity} between 1 and 999`),
  ],
);

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
    // The language the buyer shopped in: messages about the order are written in it.
    locale: text('locale').notNull().default('en'),
    status: orderStatus('status').notNull().default('placed'),
    currency: text('currency').notNull(),
    // The channel's basis when the order was placed: gross (consumers) or net (B2B) amounts.
    pricesIncludeVat: boolean('prices_include_vat').notNull(),
    // Goods plus shipping, in the order's basis.
    totalAmount: integer('total_amount').notNull(),
    // Shipping charged (lib/shipping/shipping.rules.ts) and its VAT rate (the highest rate of the goods).
    shippingAmount: integer('shipping_amount').notNull().default(0),
    shippingVatRateBp: integer('shipping_vat_rate_bp').notNull().default(0),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull().defaultNow(),
    // Fulfilment: null on orders from before checkout existed (demo history).
    fulfilment: fulfilmentKind('fulfilment'),
    pickupLocationId: uuid('pickup_location_id').references(() => locations.id),
    pickupSlotStart: timestamp('pickup_slot_start', { withTimezone: true }),
    pickupSlotEnd: timestamp('pickup_slot_end', { withTimezone: true }),
    shippingAddress: jsonb('shipping_address').$type<PostalAddress>(),
    paymentMethod: text('payment_method'),
    paymentStatus: paymentStatus('payment_status'),
    // Pay at pickup: the card terminal's reference staff typed in, when, by whom and where the money was
    // taken (lib/pickup/pickup-payment.writes.ts); null until then and for every other method.
    paymentReference: text('payment_reference'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    paidById: uuid('paid_by_id').references(() => users.id, { onDelete: 'set null' }),
    paidLocationId: uuid('paid_location_id').references(() => locations.id),
    // Shown to the customer (text and QR code); staff check it at hand-over.
    pickupCode: text('pickup_code'),
    cartId: uuid('cart_id'),
    // Assisted selling: the staff member and store who sold it (showroom orders, hand-offs, quotes).
    soldById: uuid('sold_by_id').references(() => users.id, { onDelete: 'set null' }),
    soldLocationId: uuid('sold_location_id').references(() => locations.id),
  },
  (t) => [
    index('orders_placed_at_idx').on(t.placedAt),
    index('orders_user_idx').on(t.userId),
    index('orders_email_idx').on(t.email),
    index('orders_cart_idx').on(t.cartId),
    index('orders_pickup_idx').on(t.pickupLocationId, t.status),
    check('orders_total_non_negative', sql`${t.totalAmount} >= 0`),
    check('orders_shipping_non_negative', sql`${t.shippingAmount} >= 0 and ${t.shippingVatRateBp} >= 0`),
  ],
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
    // Where the units were reserved (released there on cancellation).
    locationId: uuid('location_id').references(() => locations.id),
  },
  (t) => [
    index('order_lines_order_idx').on(t.orderId),
    index('order_lines_variant_idx').on(t.variantId),
    check('order_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('order_lines_amounts_non_negative', sql`${t.unitAmount} >= 0 and ${t.lineAmount} >= 0`),
  ],
);

/** Every status change of an order: who, when, from, to, channel, location (workflow metrics, seed 000). */
export const orderEvents = pgTable(
  'order_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: orderStatus('from_status'),
    toStatus: orderStatus('to_status').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    channelId: uuid('channel_id').references(() => channels.id),
    locationId: uuid('location_id').references(() => locations.id),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.createdAt)],
);

/**
 * Checkout idempotency: one row per Idempotency-Key (per cart). A replay with the same request gets the
 * same order; the same key with another request is refused; a key still in flight answers 409.
 */
export const checkoutRequests = pgTable(
  'checkout_requests',
  {
    cartId: uuid('cart_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cartId, t.idempotencyKey] })],
);

/** Messages to customers (e.g. "ready for pickup"), shown in their account and sent by SMTP when configured. */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    // The message as data (lib/notifications/order-messages.rules.ts), so the account can word it in the
    // reader's language; subject and body are the e-mail, worded in the order's language.
    message: jsonb('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    // Failed sending attempts and the last server reply; after the last allowed attempt the message
    // is given up (failed_at) and stays only in the customer's account.
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    failedAt: timestamp('failed_at', { withTimezone: true }),
  },
  (t) => [
    index('notification_outbox_user_idx').on(t.userId, t.createdAt),
    index('notification_outbox_unsent_idx')
      .on(t.createdAt)
      .where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
  ],
);
