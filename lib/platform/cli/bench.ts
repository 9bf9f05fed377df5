// `npm run bench [-- --scale 20 --requests 400 --concurrency 10]`: seeds (once) a scaled catalogue into
// its own database, serves a production build, and measures server latency per endpoint over
// loopback. Prints p50 / p95 / requests per second, and the SQL statements one category page makes.
// Also: the marketplace feed (time, size, rows and the server's RSS growth while it streams) and the
// cost of the assortment predicate on the listing SQL, and order placement (`orders`).
// `--only endpoints,feed,assortment,orders` picks sections.
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { connect, type Database } from '@/db/client';
import * as schema from '@/db/schema';
import { users, variants } from '@/db/schema';
import { findActor } from '@/lib/platform/auth/actor.reads';
import {
  ANONYMOUS_AUDIENCE,
  applyPriceLists,
  findPriceLists,
  findPricedVariants,
  findPricingAudience,
  priceVariant,
} from '@/lib/pricing/prices.reads';
import { runMigrations } from '@/db/migrate';
import { seedDemo } from '@/db/seed/demo';
import { isDatabaseEmpty } from '@/db/seed/is-empty';
import { findFreePort } from '@/db/embedded';
import { listCategoryTree } from '@/lib/catalog/categories.reads';
import { findAssortedCategoryPaths } from '@/lib/assortment/assortment.reads';
import { findActiveChannel } from '@/lib/channels/channels.reads';
import { listStores } from '@/lib/inventory/locations.reads';
import { listFacets, listProducts } from '@/lib/catalog/product-listing.reads';
import { formatNumber, formatSeconds } from '@/lib/platform/cli/format-duration';
import { productListQuery } from '@/lib/catalog/catalog.schemas';
import { ensureAuthSecret } from './auth-secret';
import { buildIfNeeded } from './build-if-needed';
import { createDatabaseIfMissing, provideDatabase, withDatabase } from './database';
import { startProductionServer, stopProcess } from './production-server';
import { benchOrders } from './bench-orders';
import { PAGE_CACHE_BYPASS_HEADER } from '@/lib/platform/server/page-cache';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '20' },
    requests: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '10' },
    only: { type: 'string', default: 'endpoints,feed,assortment,orders' },
    'feed-runs': { type: 'string', default: '3' },
  },
});
const scale = Number(values.scale);
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const SECTIONS = ['endpoints', 'feed', 'assortment', 'orders'] as const;
const sections = new Set(values.only.split(',').map((s) => s.trim()));
for (const section of sections)
  if (!(SECTIONS as readonly string[]).includes(section))
    throw new Error(`--only: unknown section "${section}" (${SECTIONS.join(', ')})`);
const feedRuns = Number(values['feed-runs']);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** One GET over the keep-alive agent; resolves with the status once the whole body has arrived. */
function get(agent: http.Agent, url: string, headers: http.OutgoingHttpHeaders = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers }, (response) => {
        response.on('data', () => {});
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

async function measure(
  baseUrl: string,
  name: string,
  paths: string[],
  headers: http.OutgoingHttpHeaders = {},
): Promise<{ p50: number; p95: number }> {
  // node:http with keep-alive rather than fetch: the client shares the two cores with the server, and
  // fetch spends several times more CPU per response than http does.
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  // Warm-up on every connection, so that every worker has seen the paths (JIT, database pool and each
  // worker's catalogue and page caches): the steady state of a shop whose visitors keep coming back to
  // the same pages. At most 200 paths.
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (const path of paths.slice(0, 200)) await get(agent, baseUrl + path, headers);
    }),
  );
  const durations: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const path = paths[next++ % paths.length]!;
        const t0 = performance.now();
        const status = await get(agent, baseUrl + path, headers);
        durations.push(performance.now() - t0);
        if (status !== 200) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  durations.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(34)} p50 ${formatNumber(percentile(durations, 50), 1).padStart(7)} ms   p95 ${formatNumber(percentile(durations, 95), 1).padStart(7)} ms   ${formatNumber(durations.length / seconds, 0).padStart(5)} req/s   ${failures ? `${failures} failed` : ''}`,
  );
  return { p50: percentile(durations, 50), p95: percentile(durations, 95) };
}

/** One GET that expects a redirect: resolves with its Location. */
function redirectOf(agent: http.Agent, url: string, headers: http.OutgoingHttpHeaders): Promise<string | null> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers }, (response) => {
        response.on('data', () => {});
        response.on('end', () =>
          resolve(
            response.statusCode === 307 || response.statusCode === 303 ? (response.headers.location ?? null) : null,
          ),
        );
      })
      .on('error', reject);
  });
}

/**
 * Showroom scan to product view: /showroom/find?q=<EAN> (the lookup answers with a redirect) and the
 * showroom product view it leads to, timed together, as the tablet experiences them.
 */
async function measureScanToView(baseUrl: string, codes: string[], headers: http.OutgoingHttpHeaders) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const scan = async (code: string) => {
    const location = await redirectOf(agent, `${baseUrl}/showroom/find?q=${code}`, headers);
    return location ? get(agent, new URL(location, baseUrl).href, headers) : 0;
  };
  for (const code of codes.slice(0, 50)) await scan(code);
  const durations: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const code = codes[next++ % codes.length]!;
        const t0 = performance.now();
        if ((await scan(code)) !== 200) failures++;
        durations.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  durations.sort((a, b) => a - b);
  console.log(
    `${'showroom scan to product view'.padEnd(34)} p50 ${formatNumber(percentile(durations, 50), 1).padStart(7)} ms   p95 ${formatNumber(percentile(durations, 95), 1).padStart(7)} ms   ${formatNumber(durations.length / seconds, 0).padStart(5)} scans/s   ${failures ? `${failures} failed` : ''}`,
  );
}

/** A process and all its descendants (the tsx launcher, the cluster primary and its workers), from /proc. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident set size per process in bytes (VmRSS); processes that are gone count 0. */
function rssOf(pids: number[]): Map<number, number> {
  return new Map(
    pids.map((pid) => {
      try {
        const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return [pid, Number(kb ?? 0) * 1024];
      } catch {
        return [pid, 0];
      }
    }),
  );
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

/**
 * Downloads a CSV feed once, counting bytes and CSV records (CRLF outside quotes) as they arrive
 * without keeping the body, while sampling the server tree's RSS every 50 ms.
 */
async function downloadFeed(url: string, headers: http.OutgoingHttpHeaders, serverPid: number) {
  const pids = processTree(serverPid);
  const baseline = rssOf(pids);
  const peak = new Map(baseline);
  let peakTotal = sum(baseline.values());
  const sample = () => {
    const now = rssOf(pids);
    for (const [pid, rss] of now) peak.set(pid, Math.max(peak.get(pid) ?? 0, rss));
    peakTotal = Math.max(peakTotal, sum(now.values()));
  };
  const sampler = setInterval(sample, 50);
  const t0 = performance.now();
  try {
    const result = await new Promise<{ status: number; bytes: number; records: number; firstByteMs: number }>(
      (resolve, reject) => {
        http
          .get(url, { headers, agent: false }, (response) => {
            const firstByteMs = performance.now() - t0;
            let bytes = 0;
            let records = 0;
            let inQuotes = false;
            response.on('data', (chunk: Buffer) => {
              bytes += chunk.length;
              for (let i = 0; i < chunk.length; i++) {
                const byte = chunk[i];
                if (byte === 0x22) inQuotes = !inQuotes;
                else if (byte === 0x0a && !inQuotes) records++;
              }
            });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes, records, firstByteMs }));
            response.on('error', reject);
          })
          .on('error', reject);
      },
    );
    const ms = performance.now() - t0;
    sample();
    const growth = peakTotal - sum(baseline.values());
    const maxProcessGrowth = Math.max(...pids.map((pid) => (peak.get(pid) ?? 0) - (baseline.get(pid) ?? 0)));
    return { ...result, ms, rows: Math.max(0, result.records - 1), growth, maxProcessGrowth, processes: pids.length };
  } finally {
    clearInterval(sampler);
  }
}

const FEED_TARGET = { rows: 50_000, ms: 10_000, rssBytes: 100 * 1024 * 1024 };

async function measureFeed(baseUrl: string, serverPid: number) {
  const path = '/api/v1/feeds/marketplace.csv';
  const MB = 1024 * 1024;
  console.log(`\nFeed GET ${path} (x-publishable-key: pk_demo_marketplace), ${feedRuns} downloads one after another:`);
  const results = [];
  for (let run = 1; run <= feedRuns; run++) {
    const r = await downloadFeed(baseUrl + path, { 'x-publishable-key': 'pk_demo_marketplace' }, serverPid);
    if (r.status !== 200) throw new Error(`${path} answered HTTP ${r.status}`);
    results.push(r);
    console.log(
      `  run ${run}: ${formatNumber(r.rows, 0)} variant rows, ${formatNumber(r.bytes / MB, 1)} MB in ${formatNumber(r.ms, 0)} ms (first byte ${formatNumber(r.firstByteMs, 0)} ms); ` +
        `server RSS peak growth ${formatNumber(r.growth / MB, 1)} MB over ${r.processes} processes (largest in one process ${formatNumber(r.maxProcessGrowth / MB, 1)} MB)`,
    );
  }
  const slowest = Math.max(...results.map((r) => r.ms));
  const mostMemory = Math.max(...results.map((r) => r.growth));
  const rows = results[0]!.rows;
  const timeOk = slowest < FEED_TARGET.ms;
  const memoryOk = mostMemory < FEED_TARGET.rssBytes;
  const sizeOk = rows >= FEED_TARGET.rows;
  console.log(
    `  targets: under 10 s ${timeOk ? 'PASS' : 'FAIL'} (slowest ${formatSeconds(slowest, 1)}), RSS growth under 100 MB ${memoryOk ? 'PASS' : 'FAIL'} (largest ${formatNumber(mostMemory / MB, 1)} MB), ` +
      `≥ 50,000 variants ${sizeOk ? 'PASS' : `not reached (${formatNumber(rows, 0)}; the size target needs --scale 20)`} → ${timeOk && memoryOk ? (sizeOk ? 'PASS' : 'PASS at this size') : 'FAIL'}`,
  );
}

/** The assortment predicate as assortedSql renders it for everyone's assortment (lib/assortment/assortment.reads.ts). */
const ASSORTED = /(\$\d+)::uuid = any\(p\.listed_channel_ids\)/g;

/**
 * The cost of the assortment predicate on the listing: the statements of pages 1–20 of the anonymous
 * web listing (what GET /api/v1/products runs on a cache miss), captured with their parameters, run
 * as they are and with the predicate replaced by a trivially true condition; interleaved, 200 runs each.
 */
async function measureAssortmentCost(url: string, runs = 200) {
  const captured: Array<{ query: string; params: unknown[] }> = [];
  const client = postgres(url, {
    max: 1,
    onnotice: () => {},
    debug: (_connection, query, params) => captured.push({ query, params: params as unknown[] }),
  });
  try {
    const db = drizzle(client, { schema });
    const channel = (await findActiveChannel(db, channelRouting().storefront))!;
    const statements: Array<{ query: string; params: unknown[] }> = [];
    for (let page = 1; page <= 20; page++) {
      captured.length = 0;
      await listProducts(db, channel, productListQuery.parse({ page: String(page) }));
      const listing = captured.find((c) => c.query.includes('row_number() over ()'));
      if (listing) statements.push(listing);
    }
    const stripped = statements.map((s) => ({ ...s, query: s.query.replace(ASSORTED, '($1::uuid is not null)') }));
    if (statements.length === 0 || stripped.some((s, i) => s.query === statements[i]!.query)) {
      console.log(
        '\nAssortment predicate cost: the predicate was not found in the listing SQL (assortedSql changed?); skipped.',
      );
      return null;
    }
    const same = await Promise.all(
      statements.map(
        async (s, i) =>
          JSON.stringify(await client.unsafe(s.query, s.params as never[])) ===
          JSON.stringify(await client.unsafe(stripped[i]!.query, stripped[i]!.params as never[])),
      ),
    );
    const withPredicate: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < runs; i++) {
      const k = i % statements.length;
      for (const [list, statement] of (i % 2
        ? [
            [without, stripped[k]!],
            [withPredicate, statements[k]!],
          ]
        : [
            [withPredicate, statements[k]!],
            [without, stripped[k]!],
          ]) as Array<[number[], { query: string; params: unknown[] }]>) {
        const t0 = performance.now();
        await client.unsafe(statement.query, statement.params as never[]);
        list.push(performance.now() - t0);
      }
    }
    withPredicate.sort((a, b) => a - b);
    without.sort((a, b) => a - b);
    return {
      pages: statements.length,
      runs,
      identical: same.every(Boolean),
      with: { p50: percentile(withPredicate, 50), p95: percentile(withPredicate, 95) },
      without: { p50: percentile(without, 50), p95: percentile(without, 95) },
    };
  } finally {
    await client.end();
  }
}

function reportAssortmentCost(
  cost: NonNullable<Awaited<ReturnType<typeof measureAssortmentCost>>>,
  apiP95: number | null,
) {
  const added = cost.with.p95 / cost.without.p95 - 1;
  const ms = (x: number) => `${formatNumber(x, 2)} ms`;
  console.log(
    `\nAssortment predicate on the listing SQL (web, pages 1–${cost.pages} of GET /api/v1/products as run on a cache miss; in-process, ${cost.runs} runs each, interleaved):`,
  );
  console.log(`  with assortedSql      p50 ${ms(cost.with.p50).padStart(9)}   p95 ${ms(cost.with.p95).padStart(9)}`);
  console.log(
    `  predicate → true      p50 ${ms(cost.without.p50).padStart(9)}   p95 ${ms(cost.without.p95).padStart(9)}   (same rows: ${cost.identical ? 'yes' : 'NO'})`,
  );
  console.log(
    `  added to p95: ${formatNumber(added * 100, 1)} % of the SQL p95 (target ≤ 10 %) ${added <= 0.1 ? 'PASS' : 'FAIL'}` +
      (apiP95
        ? `; ${ms(cost.with.p95 - cost.without.p95)} = ${formatNumber(((cost.with.p95 - cost.without.p95) / apiP95) * 100, 1)} % of the API listing's HTTP p95 (${ms(apiP95)})`
        : ''),
  );
}

/** Loads and resolves 10,000 variants' prices for one B2B buyer: database time and in-process engine time. */
async function measurePriceEngine(db: Database) {
  const channel = (await findActiveChannel(db, 'b2b'))!;
  const [anna] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'anna@acme.example'));
  const audience = await findPricingAudience(db, await findActor(db, anna!.id));
  const ids = (await db.select({ id: variants.id }).from(variants).orderBy(variants.sku).limit(10_000)).map(
    (v) => v.id,
  );
  const at = new Date();
  const loads: number[] = [];
  const resolves: number[] = [];
  let lists: Awaited<ReturnType<typeof findPriceLists>> = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const items = await findPricedVariants(db, channel, { variantIds: ids });
    lists = await findPriceLists(db, channel, items, { audience, at });
    const t1 = performance.now();
    for (const item of items) priceVariant(channel, audience, item, lists, 1, at);
    resolves.push(performance.now() - t1);
    loads.push(t1 - t0);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    variants: ids.length,
    lists: lists.length,
    entries: lists.reduce((n, l) => n + l.entries.length, 0),
    loadMs: median(loads),
    resolveMs: median(resolves),
  };
}

/** Signs in through Auth.js' credentials endpoint and returns the session cookie. */
async function signInCookie(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password: 'demo-password' }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`Could not sign in ${email} (HTTP ${response.status})`);
  return session.split(';')[0]!;
}

/** The paths that answer 200 for these headers (one request each). */
async function pathsAnswering(baseUrl: string, paths: string[], headers: Record<string, string>): Promise<string[]> {
  const answering: string[] = [];
  for (const path of paths)
    if ((await fetch(`${baseUrl}${path}`, { headers, redirect: 'manual' })).status === 200) answering.push(path);
  return answering;
}

async function main() {
  const server = await provideDatabase({ dataSubdir: 'pg-bench', database: 'postgres' });
  const serverUrl = withDatabase(server.url, 'postgres');
  const dbName = `bench_scale_${scale}`;
  await createDatabaseIfMissing(serverUrl, dbName);
  const url = withDatabase(serverUrl, dbName);
  await runMigrations(url);
  const queries: string[] = [];
  const handle = connect(url, { max: 4, onQuery: (q) => queries.push(q) });
  if (await isDatabaseEmpty(handle.db)) {
    console.log(`Seeding scale ${scale} into ${dbName} (kept for later runs)…`);
    const t0 = Date.now();
    const summary = await seedDemo(handle.db, { scale, log: console.log });
    console.log(
      `Seeded ${summary.products} products / ${summary.variants} variants in ${formatSeconds(Date.now() - t0, 0)}`,
    );
  }
  const admin = postgres(url, { max: 1 });
  const [counts] =
    await admin`select (select count(*) from products)::int as products, (select count(*) from variants)::int as variants`;
  const topCategories = (await admin`select path from categories where depth = 1 order by path`).map(
    (r) => r.path as string,
  );
  const leafCategories = (await admin`select path from categories where depth = 3 order by path`).map(
    (r) => r.path as string,
  );
  const slugs = (await admin`select slug from products where status = 'active' order by slug limit 200`).map(
    (r) => r.slug as string,
  );
  // What staff scan in the Berlin showroom: EANs of variants the showroom channel sells.
  const berlinId = ((await admin`select id from locations where code = 'BER'`)[0]?.id ?? '') as string;
  const scanCodes = (
    await admin`select v.gtin from variants v join products p on p.id = v.product_id and p.status = 'active'
      join channel_products cp on cp.product_id = p.id join channels c on c.id = cp.channel_id and c.code = 'showroom'
      where v.gtin is not null and v.active order by md5(v.gtin) limit 200`
  ).map((r) => r.gtin as string);
  await admin.end();
  console.log(
    `\nCatalogue: ${counts!.products} products, ${counts!.variants} variants; ${concurrency} concurrent clients, ${requests} requests per endpoint\n`,
  );

  // SQL statements behind one anonymous category page, replayed through the same data functions.
  const channel = (await findActiveChannel(handle.db, channelRouting().storefront))!;
  queries.length = 0;
  await findActiveChannel(handle.db, channelRouting().storefront);
  await Promise.all([
    listCategoryTree(handle.db),
    findAssortedCategoryPaths(handle.db, { channelId: channel.id, audienceKeys: [] }),
    listStores(handle.db),
  ]);
  const listing = await listProducts(handle.db, channel, { ...productListQuery.parse({}), category: topCategories[0] });
  await applyPriceLists(handle.db, channel, ANONYMOUS_AUDIENCE, listing.items);
  await listFacets(handle.db, {
    assortment: { channelId: channel.id, audienceKeys: [] },
    categoryPath: topCategories[0],
  });
  const pageQueries = queries.length;
  const engine = await measurePriceEngine(handle.db);
  await handle.close();
  const assortmentCost = sections.has('assortment') ? await measureAssortmentCost(url) : null;
  if (!sections.has('endpoints') && !sections.has('feed') && !sections.has('orders')) {
    if (assortmentCost) reportAssortmentCost(assortmentCost, null);
    await server.stop();
    return;
  }

  const port = await findFreePort();
  const bypassToken = randomBytes(24).toString('hex');
  const env = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: ensureAuthSecret(),
    AUTH_TRUST_HOST: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    // The operator's way past the page cache (README), so the "rendered" rows measure renders.
    PAGE_CACHE_BYPASS_TOKEN: bypassToken,
  };
  await buildIfNeeded(env);
  const app = startProductionServer({ port, hostname: '127.0.0.1', env, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 240; i++) {
      if (
        await fetch(`${baseUrl}/api/health`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const rendered = { [PAGE_CACHE_BYPASS_HEADER]: bypassToken }; // bypasses the page cache: every request renders
    const topPaths = topCategories.map((c) => `/c/${c}`);
    const leafPaths = leafCategories.map((c) => `/c/${c}`);
    const searchPaths = ['helmet', 'trekking bike', 'chain oil', 'helmt', 'tent', 'jacket', 'lights', 'rucksack'].map(
      (q) => `/search?q=${encodeURIComponent(q)}`,
    );
    const apiKey = { 'x-publishable-key': 'pk_demo_web' };
    let apiListing: { p95: number } | null = null;
    if (sections.has('endpoints')) {
      apiListing = await measure(
        baseUrl,
        'GET /api/v1/products',
        Array.from({ length: 20 }, (_, i) => `/api/v1/products?page=${i + 1}`),
        apiKey,
      );
      await measure(
        baseUrl,
        'GET /api/v1/products (category)',
        topCategories.map((c) => `/api/v1/products?category=${c}`),
        apiKey,
      );
      await measure(
        baseUrl,
        'GET /api/v1/products?q=',
        ['helmet', 'trekking', 'oil', 'helmt', 'tent'].map((q) => `/api/v1/products?q=${q}`),
        apiKey,
      );
      await measure(
        baseUrl,
        'GET /api/v1/search/suggestions',
        ['hel', 'helm', 'trek', 'fahrr', 'zelt', 'schloss', 'bycicle', 'mountainb', 'jack', 'lamp'].map(
          (q) => `/api/v1/search/suggestions?q=${encodeURIComponent(q)}&locale=de`,
        ),
        apiKey,
      );
      await measure(baseUrl, 'category page (top level)', topPaths);
      await measure(baseUrl, 'category page (leaf)', leafPaths);
      await measure(baseUrl, 'search page', searchPaths);
      await measure(baseUrl, 'category page (top), rendered', topPaths, rendered);
      await measure(baseUrl, 'category page (leaf), rendered', leafPaths, rendered);
      await measure(baseUrl, 'search page, rendered', searchPaths, rendered);
      await measure(
        baseUrl,
        'product page',
        slugs.map((s) => `/p/${s}`),
      );
      await measure(
        baseUrl,
        'product page, rendered',
        slugs.slice(0, 50).map((s) => `/p/${s}`),
        rendered,
      );
      await measure(
        baseUrl,
        'GET /api/v1/products/{slug}/stock',
        slugs.map((s) => `/api/v1/products/${s}/stock`),
      );
      await measure(
        baseUrl,
        'GET /api/v1/products/{slug} (live stock)',
        slugs.map((s) => `/api/v1/products/${s}`),
        apiKey,
      );
      // Scan to product view in the Berlin showroom: the scan's lookup (a redirect) and the view it opens.
      const staff = await signInCookie(baseUrl, 'staff.berlin@example.com');
      await measureScanToView(baseUrl, scanCodes, { cookie: `${staff}; showroom_store=${berlinId}` });
      const member = await signInCookie(baseUrl, 'anna@acme.example');
      // A member shops the b2b channel, whose company catalogue leaves some top categories out (404).
      const memberTopPaths = await pathsAnswering(baseUrl, topPaths, { cookie: member });
      await measure(baseUrl, 'category page (top), company member', memberTopPaths, { cookie: member });
      await measure(baseUrl, 'search page, company member', searchPaths, { cookie: member });
      await measure(baseUrl, 'category (top), member, rendered', memberTopPaths, { cookie: member, ...rendered });
      console.log(
        `\n"rendered": sent with ${PAGE_CACHE_BYPASS_HEADER} (the operator's token), which bypasses the page cache, so every request renders.`,
      );
      console.log(`\nSQL statements for one anonymous category page (data layer, incl. pricing): ${pageQueries}`);
      console.log(
        `Price engine, ${engine.variants} variants for one context (ACME on b2b, ${engine.lists} lists, ${engine.entries} candidate entries): load ${formatNumber(engine.loadMs, 1)} ms, resolve in-process ${formatNumber(engine.resolveMs, 1)} ms (median of 5)`,
      );
    }
    if (sections.has('feed')) await measureFeed(baseUrl, app.pid!);
    if (assortmentCost) reportAssortmentCost(assortmentCost, apiListing?.p95 ?? null);
    // Last: it places orders (and raises stock of the SKUs it uses) in the bench database.
    if (sections.has('orders')) await benchOrders(baseUrl, url);
  } finally {
    await stopProcess(app);
    await server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
