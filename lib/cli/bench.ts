// `npm run bench [-- --scale 20 --requests 400 --concurrency 10]`: seeds (once) a scaled catalogue into
// its own database, serves a production build, and measures server latency per endpoint over
// loopback. Prints p50 / p95 / requests per second, and the SQL statements one category page makes.
import http from 'node:http';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { eq } from 'drizzle-orm';
import { connect, type Database } from '@/db/client';
import { users, variants } from '@/db/schema';
import { findActor } from '@/lib/data/actor';
import { ANONYMOUS_AUDIENCE, applyPriceLists, findPriceLists, findPricedVariants, findPricingAudience, priceVariant } from '@/lib/data/prices';
import { runMigrations } from '@/db/migrate';
import { seedDemo } from '@/db/seed/demo';
import { isDatabaseEmpty } from '@/db/seed/is-empty';
import { findFreePort } from '@/db/embedded';
import { listCategoryTree } from '@/lib/data/categories';
import { findAssortedCategoryPaths } from '@/lib/data/assortment';
import { findActiveChannel } from '@/lib/data/channels';
import { listStores } from '@/lib/data/locations';
import { listFacets, listProducts } from '@/lib/data/product-listing';
import { formatNumber, formatSeconds } from '@/lib/format-duration';
import { productListQuery } from '@/lib/validation/catalog';
import { ensureAuthSecret } from './auth-secret';
import { buildIfNeeded } from './build-if-needed';
import { createDatabaseIfMissing, provideDatabase, withDatabase } from './database';
import { startProductionServer, stopProcess } from './production-server';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '20' },
    requests: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '10' },
  },
});
const scale = Number(values.scale);
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);

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

async function measure(baseUrl: string, name: string, paths: string[], headers: http.OutgoingHttpHeaders = {}) {
  // node:http with keep-alive rather than fetch: the client shares the two cores with the server, and
  // fetch spends several times more CPU per response than http does.
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  // Warm-up on every connection, so that every worker has seen the paths (JIT, database pool and each
  // worker's catalogue cache); at most 100 paths (product pages are not cached anyway).
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (const path of paths.slice(0, 100)) await get(agent, baseUrl + path, headers);
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
}

/** Loads and resolves 10,000 variants' prices for one B2B buyer: database time and in-process engine time. */
async function measurePriceEngine(db: Database) {
  const channel = (await findActiveChannel(db, 'b2b'))!;
  const [anna] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'anna@acme.example'));
  const audience = await findPricingAudience(db, await findActor(db, anna!.id));
  const ids = (await db.select({ id: variants.id }).from(variants).orderBy(variants.sku).limit(10_000)).map((v) => v.id);
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
  return { variants: ids.length, lists: lists.length, entries: lists.reduce((n, l) => n + l.entries.length, 0), loadMs: median(loads), resolveMs: median(resolves) };
}

/** Signs in through Auth.js' credentials endpoint and returns the session cookie. */
async function signInCookie(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
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
    console.log(`Seeded ${summary.products} products / ${summary.variants} variants in ${formatSeconds(Date.now() - t0, 0)}`);
  }
  const admin = postgres(url, { max: 1 });
  const [counts] = await admin`select (select count(*) from products)::int as products, (select count(*) from variants)::int as variants`;
  const topCategories = (await admin`select path from categories where depth = 1 order by path`).map((r) => r.path as string);
  const leafCategories = (await admin`select path from categories where depth = 3 order by path`).map((r) => r.path as string);
  const slugs = (await admin`select slug from products where status = 'active' order by slug limit 200`).map((r) => r.slug as string);
  await admin.end();
  console.log(`\nCatalogue: ${counts!.products} products, ${counts!.variants} variants; ${concurrency} concurrent clients, ${requests} requests per endpoint\n`);

  // SQL statements behind one anonymous category page, replayed through the same data functions.
  const channel = (await findActiveChannel(handle.db, 'web'))!;
  queries.length = 0;
  await findActiveChannel(handle.db, 'web');
  await Promise.all([listCategoryTree(handle.db), findAssortedCategoryPaths(handle.db, { channelId: channel.id, audienceKeys: [] }), listStores(handle.db)]);
  const listing = await listProducts(handle.db, channel, { ...productListQuery.parse({}), category: topCategories[0] });
  await applyPriceLists(handle.db, channel, ANONYMOUS_AUDIENCE, listing.items);
  await listFacets(handle.db, { assortment: { channelId: channel.id, audienceKeys: [] }, categoryPath: topCategories[0] });
  const pageQueries = queries.length;
  const engine = await measurePriceEngine(handle.db);
  await handle.close();

  const port = await findFreePort();
  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: ensureAuthSecret(), AUTH_TRUST_HOST: 'true', NEXT_TELEMETRY_DISABLED: '1' };
  await buildIfNeeded(env);
  const app = startProductionServer({ port, hostname: '127.0.0.1', env, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 240; i++) {
      if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok).catch(() => false)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const rendered = { 'cache-control': 'no-cache' }; // bypasses the page cache: every request renders
    const topPaths = topCategories.map((c) => `/c/${c}`);
    const leafPaths = leafCategories.map((c) => `/c/${c}`);
    const searchPaths = ['helmet', 'trekking bike', 'chain oil', 'helmt', 'tent', 'jacket', 'lights', 'rucksack'].map((q) => `/search?q=${encodeURIComponent(q)}`);
    const apiKey = { 'x-publishable-key': 'pk_demo_web' };
    await measure(baseUrl, 'GET /api/v1/products', Array.from({ length: 20 }, (_, i) => `/api/v1/products?page=${i + 1}`), apiKey);
    await measure(baseUrl, 'GET /api/v1/products (category)', topCategories.map((c) => `/api/v1/products?category=${c}`), apiKey);
    await measure(baseUrl, 'GET /api/v1/products?q=', ['helmet', 'trekking', 'oil', 'helmt', 'tent'].map((q) => `/api/v1/products?q=${q}`), apiKey);
    await measure(baseUrl, 'category page (top level)', topPaths);
    await measure(baseUrl, 'category page (leaf)', leafPaths);
    await measure(baseUrl, 'search page', searchPaths);
    await measure(baseUrl, 'category page (top), rendered', topPaths, rendered);
    await measure(baseUrl, 'category page (leaf), rendered', leafPaths, rendered);
    await measure(baseUrl, 'search page, rendered', searchPaths, rendered);
    await measure(baseUrl, 'product page (live stock)', slugs.map((s) => `/p/${s}`));
    const member = await signInCookie(baseUrl, 'anna@acme.example');
    await measure(baseUrl, 'category page (top), company member', topPaths, { cookie: member });
    await measure(baseUrl, 'search page, company member', searchPaths, { cookie: member });
    await measure(baseUrl, 'category (top), member, rendered', topPaths, { cookie: member, ...rendered });
    console.log('\n"rendered": sent with Cache-Control: no-cache, which bypasses the page cache, so every request renders.');
    console.log(`\nSQL statements for one anonymous category page (data layer, incl. pricing): ${pageQueries}`);
    console.log(`Price engine, ${engine.variants} variants for one context (ACME on b2b, ${engine.lists} lists, ${engine.entries} candidate entries): load ${formatNumber(engine.loadMs, 1)} ms, resolve in-process ${formatNumber(engine.resolveMs, 1)} ms (median of 5)`);
  } finally {
    await stopProcess(app);
    await server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
