// One way to open the database: the `postgres` driver under Drizzle, with the full schema.
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema>;
/** A transaction handle or the database itself: services accept either. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseHandle = { db: Database; sql: postgres.Sql; close: () => Promise<void> };

export type ConnectOptions = {
  max?: number;
  /** Called for every statement sent; used by tests and the benchmark to count queries. */
  onQuery?: (query: string) => void;
};

export function connect(url: string, options: ConnectOptions = {}): DatabaseHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { application_name: 'omnichannel-commerce' },
    debug: options.onQuery ? (_connection, query) => options.onQuery?.(query) : undefined,
  });
  return { db: drizzle(sql, { schema }), sql, close: () => sql.end({ timeout: 5 }) };
}
