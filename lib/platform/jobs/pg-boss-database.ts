// pg-boss on our own postgres.js pool (its `db` option) instead of a second pool of `pg` connections.
import type PgBoss from 'pg-boss';
import type postgres from 'postgres';

/** pg-boss keeps its tables in this schema (created on first start, migrated by later pg-boss versions). */
export const JOB_SCHEMA = 'pgboss';

type Value = postgres.ParameterOrJSON<never>;

/**
 * pg-boss was written for `pg`, which turns parameters into text itself: JSON objects are stringified and
 * dates sent as ISO strings, undefined as null. Drizzle sets postgres.js to pass json and timestamp values
 * through untouched, so we convert the same way here.
 */
function toParameter(value: unknown): Value {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) || typeof value !== 'object' || Buffer.isBuffer(value)) return value as Value;
  return JSON.stringify(value);
}

// pg-boss sends its schema changes and maintenance as one script: BEGIN; advisory lock; …; COMMIT.
const script = /^\s*BEGIN\s*;/i;

/** An adapter that runs pg-boss's statements on `sql` (our pool; drizzle's connection settings apply). */
export function pgBossDatabase(sql: postgres.Sql): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (!script.test(text)) {
        const rows = await sql.unsafe(text, (values ?? []).map(toParameter), { prepare: Boolean(values?.length) });
        return { rows };
      }
      // postgres.js refuses a BEGIN on a pooled connection (another query could land inside the transaction),
      // so a script gets a connection of its own. A failed statement leaves the script's transaction open
      // and aborted: roll it back before the connection returns to the pool.
      const reserved = await sql.reserve();
      try {
        await reserved.unsafe(text).simple();
        return { rows: [] };
      } catch (error) {
        await reserved.unsafe('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        reserved.release();
      }
    },
  };
}
