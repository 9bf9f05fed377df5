import 'server-only';
import { sql } from 'drizzle-orm';
import { connect, type Database, type DatabaseHandle } from '@/db/client';

// One pool per server process; kept on globalThis so dev-mode reloads do not open new pools.
const holder = globalThis as typeof globalThis & { __commerceDb?: DatabaseHandle };

export function getDb(): Database {
  if (!holder.__commerceDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set. Start the app with `npm start`, which provides a database.');
    holder.__commerceDb = connect(url, { max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  }
  return holder.__commerceDb.db;
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
