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

/**
 * The driver with every statement prepared. Drizzle asks postgres.js for unnamed statements unless a
 * query is prepared by name, and an unnamed statement with parameters costs two round trips (the
 * server describes its parameters first) and a fresh plan on every execution. Named statements are
 * parsed once per connection and may use PostgreSQL's cached plans: on the checkout path that halved
 * the database's CPU time (docs/benchmarks.md). Transactions and savepoints hand out the same wrapper.
 */
function preparingEveryStatement(sql: postgres.Sql): postgres.Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (
          query: string,
          parameters?: postgres.ParameterOrJSON<never>[],
          queryOptions?: postgres.UnsafeQueryOptions,
        ) => target.unsafe(query, parameters, { ...queryOptions, prepare: true });
      }
      if (property === 'begin' || property === 'savepoint') {
        return (...args: unknown[]) => {
          const callback = args.pop() as (inner: postgres.Sql) => unknown;
          const original = Reflect.get(target, property, receiver) as (...a: unknown[]) => unknown;
          return original.call(target, ...args, (inner: postgres.Sql) => callback(preparingEveryStatement(inner)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

export function connect(url: string, options: ConnectOptions = {}): DatabaseHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { application_name: 'omnichannel-commerce' },
    debug: options.onQuery ? (_connection, query) => options.onQuery?.(query) : undefined,
  });
  return { db: drizzle(preparingEveryStatement(sql), { schema }), sql, close: () => sql.end({ timeout: 5 }) };
}
