// Rate-limit counters (failed logins, guest orders, sign-ups; the key names the purpose) live in the
// database so that several app instances share them. The table keeps its first name.
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const loginThrottle = pgTable('login_throttle', {
  // "account:<email>" or "ip:<address>" (login), "guest-order-ip:…", "guest-order-email:…", "sign-up-ip:…".
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});
