// @ts-check
// Next.js data-cache handler (`cacheHandler` in next.config.ts) for several app processes: the cluster
// workers of `npm start` or several machines on one database. Entries live in each process's memory,
// but tag invalidations (`updateTag` / `revalidateTag`) reach every process at once through
// PostgreSQL LISTEN/NOTIFY, so an admin write is never hidden behind another worker's stale copy.
//
// Plain JavaScript (type-checked through JSDoc) because Next imports this file at runtime by path,
// outside its bundler. Only the `postgres` driver is used, like the rest of the app.
import postgres from 'postgres';

export const NOTIFY_CHANNEL = 'next_cache_tags';
const DEFAULT_MAX_ENTRIES = 5000;

/**
 * @typedef {{ value: unknown; lastModified: number; tags: string[]; cacheControl?: unknown }} Entry
 * @typedef {{ tags?: string[]; softTags?: string[] }} GetContext
 * @typedef {{ tags?: string[]; cacheControl?: unknown }} SetContext
 */

/**
 * One process's cache: a bounded in-memory map (least recently used entries go first) plus the time
 * each tag was last invalidated, as seen by this process's clock. Times never cross processes: a
 * notification is stamped when it arrives, so clock skew between machines cannot resurrect an entry.
 *
 * @param {{ databaseUrl?: string; maxEntries?: number; log?: (message: string) => void }} options
 */
export function createSharedCacheStore({ databaseUrl, maxEntries = DEFAULT_MAX_ENTRIES, log = console.error } = {}) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  /** @type {Map<string, number>} */
  const invalidatedAt = new Map();
  /** @type {import('postgres').Sql | undefined} */
  let sql;
  /** @type {Promise<void> | undefined} */
  let listening;
  /** Each listener hears the invalidated tags, or undefined when everything may have changed. @type {Set<(tags?: string[]) => void>} */
  const listeners = new Set();

  /** @param {string[]} tags @param {number} at */
  function markInvalidated(tags, at) {
    for (const tag of tags) invalidatedAt.set(tag, Math.max(at, invalidatedAt.get(tag) ?? 0));
    for (const listener of listeners) listener(tags);
  }

  /** Connects the LISTEN session once; every (re)connect drops all entries, as notifications may have been missed. */
  function connect() {
    if (!databaseUrl) return Promise.resolve();
    listening ??= (async () => {
      sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      await sql.listen(
        NOTIFY_CHANNEL,
        (payload) => {
          try {
            const tags = JSON.parse(payload);
            if (Array.isArray(tags)) markInvalidated(tags.map(String), Date.now());
          } catch {
            log(`shared cache: ignored a malformed notification ${JSON.stringify(payload)}`);
          }
        },
        () => {
          entries.clear();
          for (const listener of listeners) listener();
        },
      );
    })().catch((error) => {
      listening = undefined;
      throw error;
    });
    return listening;
  }

  return {
    /** Resolves once this process receives other processes' invalidations. */
    ready: connect,

    /** @param {string} key @param {GetContext} [ctx] @returns {Promise<Omit<Entry, 'tags'> | null>} */
    async get(key, ctx = {}) {
      await connect();
      const entry = entries.get(key);
      if (!entry) return null;
      const tags = [...entry.tags, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
      if (tags.some((tag) => (invalidatedAt.get(tag) ?? 0) >= entry.lastModified)) {
        entries.delete(key);
        return null;
      }
      entries.delete(key); // re-insert: Map order is the recency order
      entries.set(key, entry);
      return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    },

    /** @param {string} key @param {unknown} value @param {SetContext} [ctx] */
    async set(key, value, ctx = {}) {
      await connect();
      entries.delete(key);
      if (value === null || value === undefined) return;
      const ownTags =
        value && typeof value === 'object' && 'tags' in value && Array.isArray(value.tags)
          ? value.tags.map(String)
          : [];
      entries.set(key, {
        value,
        lastModified: Date.now(),
        tags: [...new Set([...ownTags, ...(ctx.tags ?? [])])],
        cacheControl: ctx.cacheControl,
      });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },

    /** Invalidates the tags here at once and in every other process through the database. @param {string[]} tags */
    async invalidate(tags) {
      if (tags.length === 0) return;
      markInvalidated(tags, Date.now());
      await connect();
      if (sql) await sql.notify(NOTIFY_CHANNEL, JSON.stringify(tags));
    },

    size: () => entries.size,

    /** Calls `listener` with the tags of every invalidation seen by this process (without tags when it may have missed some). @param {(tags?: string[]) => void} listener */
    onInvalidate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async close() {
      const current = sql;
      sql = undefined;
      listening = undefined;
      entries.clear();
      await current?.end({ timeout: 5 });
    },
  };
}

/** @typedef {ReturnType<typeof createSharedCacheStore>} SharedCacheStore */

// Next creates a handler per request; the store (and its one LISTEN connection) is per process.
const holder = /** @type {typeof globalThis & { __sharedCacheStore?: SharedCacheStore }} */ (globalThis);
/** This process's store, shared by Next's data cache and the server's page cache. */
export function processStore() {
  holder.__sharedCacheStore ??= createSharedCacheStore({ databaseUrl: process.env.DATABASE_URL });
  return holder.__sharedCacheStore;
}

export default class SharedCacheHandler {
  /** @param {string} key @param {GetContext} ctx */
  get(key, ctx) {
    return processStore().get(key, ctx);
  }

  /** @param {string} key @param {unknown} value @param {SetContext} ctx */
  set(key, value, ctx) {
    return processStore().set(key, value, ctx);
  }

  /** @param {string | string[]} tags */
  revalidateTag(tags) {
    return processStore().invalidate(Array.isArray(tags) ? tags : [tags]);
  }

  resetRequestCache() {}
}
