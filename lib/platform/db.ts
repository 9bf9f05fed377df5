import 'server-only';
import { sql } from 'drizzle-orm';
import { connect, type Database, type DatabaseHandle } from '@/db/client';

// One pool per server process; kept on globalThis so dev-mode reloads do not open new pools.
const holder = globalThis as typeof globalThis & { __commerceDb?: DatabaseHandle };

function databaseHandle(): DatabaseHandle {
  if (!holder.__commerceDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set. Start the app with `npm start`, which provides a database.');
    holder.__commerceDb = connect(url, { max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  }
  return holder.__commerceDb;
}

export function getDb(): Database {
  return databaseHandle().db;
}

/** The driver under getDb(), for a library that sends its own SQL on the same pool (the job queue). */
export function getSqlClient(): DatabaseHandle['sql'] {
  return databaseHandle().sql;
}

/** True when the database answers a trivial query within the timeout (the health check). */
export async function pingDatabase(db: Database, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
