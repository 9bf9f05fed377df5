// Rate-limit counters (failed logins, guest orders, sign-ups; the key names the purpose) live in the
// database so that several app instances share them. The table keeps its first name.
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const loginThrottle = pgTable('login_throttle', {
  // "account:<email>" or "ip:<address>" (login), "guest-order-ip:…", "guest-order-email:…", "sign-up-ip:…".
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/**
 * Sessions ended by signing out (lib/platform/auth/auth.ts): the session token's id (`sid`) until the
 * token would have expired anyway; expired rows are deleted at the next sign-out.
 */
export const revokedSessions = pgTable(
  'revoked_sessions',
  {
    sessionId: uuid('session_id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('revoked_sessions_expires_idx').on(t.expiresAt)],
);
