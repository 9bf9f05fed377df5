// Login rate-limit counters live in the database so that several app instances share them.
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const loginThrottle = pgTable('login_throttle', {
  // "account:<email>" or "ip:<address>".
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});
