// Users and their roles, customer profiles, companies and company members.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import { locations } from './inventory';

export const userRole = pgEnum('user_role', ['customer', 'staff', 'merchandiser', 'admin']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored lower-cased; unique.
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: userRole('roles')
      .array()
      .notNull()
      .default(sql`'{customer}'::user_role[]`),
    active: boolean('active').notNull().default(true),
    // Stamped into the session token at sign-in; raising it ends every session of the user (sign-out,
    // deactivation, a new password): lib/platform/auth/user-sessions.writes.ts.
    sessionVersion: integer('session_version').notNull().default(0),
    // Null until a self-registered customer follows the link mailed at sign-up (they cannot sign in
    // before); every other account (seed, admin, staff) is confirmed when it is made.
    emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }).defaultNow(),
    // sha256 of the pending confirmation link's token, and until when the link works.
    emailConfirmationHash: text('email_confirmation_hash'),
    emailConfirmationExpiresAt: timestamp('email_confirmation_expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_idx').on(t.email),
    uniqueIndex('users_email_confirmation_idx').on(t.emailConfirmationHash),
  ],
);

/** Staff are assigned to the stores they work in. */
export const staffLocations = pgTable(
  'staff_locations',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.locationId] })],
);

/** One profile per person across all channels (online, store, B2B). */
export const customerProfiles = pgTable(
  'customer_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    phone: text('phone'),
    // The number customers and staff quote; the phone's digits, for lookup however it was typed.
    customerNumber: bigint('customer_number', { mode: 'number' })
      .notNull()
      .unique()
      .generatedAlwaysAsIdentity({ startWith: 100001 }),
    phoneDigits: text('phone_digits').generatedAlwaysAs(
      sql`nullif(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), '')`,
    ),
    // Where the profile was made when staff created it in a store (null: online sign-up, seed).
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdLocationId: uuid('created_location_id').references(() => locations.id),
    marketingConsent: boolean('marketing_consent').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('customer_profiles_email_idx').on(t.email),
    uniqueIndex('customer_profiles_user_idx').on(t.userId),
    index('customer_profiles_phone_idx').on(t.phoneDigits),
  ],
);

export const companies = pgTable('companies', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  vatId: text('vat_id'),
  customerNumber: text('customer_number').notNull().unique(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const companyRole = pgEnum('company_role', ['admin', 'buyer', 'viewer']);

export const companyMembers = pgTable(
  'company_members',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: companyRole('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.userId] }), index('company_members_user_idx').on(t.userId)],
);
