// Stores and warehouses, and stock per variant and location.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { OpeningHours } from '@/lib/pickup/pickup-slots.rules';
import { variants } from './catalog';

export const locationKind = pgEnum('location_kind', ['store', 'warehouse']);

export const locations = pgTable('locations', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: locationKind('kind').notNull(),
  street: text('street').notNull(),
  postalCode: text('postal_code').notNull(),
  city: text('city').notNull(),
  country: text('country').notNull(),
  timeZone: text('time_zone').notNull(),
  openingHours: jsonb('opening_hours').$type<OpeningHours>().notNull().default({}),
  pickupEnabled: boolean('pickup_enabled').notNull().default(false),
  // Click & collect: pickup slots of this many minutes within the opening hours, each for at most this many orders.
  pickupSlotMinutes: integer('pickup_slot_minutes').notNull().default(60),
  pickupSlotCapacity: integer('pickup_slot_capacity').notNull().default(4),
  active: boolean('active').notNull().default(true),
});

export const stockLevels = pgTable(
  'stock_levels',
  {
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'cascade' }),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.locationId] }),
    index('stock_levels_location_idx').on(t.locationId),
    check('stock_levels_non_negative', sql`${t.onHand} >= 0 and ${t.reserved} >= 0 and ${t.reserved} <= ${t.onHand}`),
  ],
);
