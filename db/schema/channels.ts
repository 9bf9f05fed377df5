// Sales channels: every channel sells from the same product base and price basis.
import { sql } from 'drizzle-orm';
import { boolean, check, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { locations } from './inventory';

export const channelKind = pgEnum('channel_kind', ['online', 'showroom', 'b2b', 'marketplace']);
/** all: every product unless a rule excludes it; selected: only products a rule includes. */
export const assortmentMode = pgEnum('assortment_mode', ['all', 'selected']);

export const channels = pgTable(
  'channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: channelKind('kind').notNull(),
    currency: text('currency').notNull(),
    // true: prices shown with VAT (consumers); false: net prices (business customers).
    pricesIncludeVat: boolean('prices_include_vat').notNull(),
    active: boolean('active').notNull().default(true),
    assortmentMode: assortmentMode('assortment_mode').notNull().default('all'),
    // The channel's language (docs/i18n.md): feeds are written in it, and API calls that ask for no
    // language get it. Storefront pages follow the visitor's language instead.
    locale: text('locale').notNull().default('en'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('channels_locale_known', sql`${t.locale} in ('en', 'de')`)],
);

/** Which locations supply a channel (stock shown and used for it). */
export const channelLocations = pgTable(
  'channel_locations',
  {
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.locationId] })],
);
