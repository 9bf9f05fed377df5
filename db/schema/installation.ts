// One row per database, created by its first migration run. Caches outside the database (the app's
// data cache in .next/cache) key their entries by this id, so a recreated or reseeded database
// never sees entries written for another one.
import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

export const installation = pgTable('installation', {
  id: uuid('id').primaryKey().defaultRandom(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
