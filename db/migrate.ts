import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { connect } from './client';

export const migrationsFolder = path.resolve(import.meta.dirname, 'migrations');

/** Applies the committed SQL migrations in db/migrations (idempotent). */
export async function runMigrations(url: string): Promise<void> {
  const handle = connect(url, { max: 1 });
  try {
    await migrate(handle.db, { migrationsFolder });
  } finally {
    await handle.close();
  }
}
