// Production server: one Next.js worker per CPU core behind Node's cluster module, all on one port.
// `npm start`, the e2e run and the benchmark use it, bundled to plain JavaScript and run on `node`
// (lib/platform/cli/production-server.ts); `tsx lib/platform/server/serve.ts --port 3000` works too, only slower.
// Workers share nothing in memory that matters: sessions are signed cookies, rate limits and carts
// live in PostgreSQL, and cache invalidations travel through PostgreSQL (lib/platform/cache/shared-cache-handler.js).
// Home, category and search pages are served from a per-worker page cache (./page-cache.ts) per visitor
// context (anonymous, or a signed-in buyer's pricing context) for PAGE_CACHE_SECONDS (default 60; 0 turns
// it off), emptied by every catalogue invalidation; an operator forces a render with the header
// `x-page-cache-bypass: <PAGE_CACHE_BYPASS_TOKEN>`.
import cluster from 'node:cluster';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { processStore } from '../cache/shared-cache-handler.js';
import { affectsCachedPages, PageCache } from './page-cache';
import { withPageCache } from './page-cache-middleware';
import { createVisitorOf } from './visitor';
import { believeClientAddress, fromTrustedProxy, parseTrustedProxies } from './client-address';
import { refuseRequest } from './request-guard.rules';
import { problemResponse } from '../api/problem';
import { english, errorText } from '../error-text';
import { connect } from '../../../db/client';
import { handoffMinutes } from '../../showroom/handoff.rules';
import { pageCacheSeconds, workerCount } from './settings';
import { STRICT_TRANSPORT_SECURITY, wantsStrictTransportSecurity } from './security-headers';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, hostname: { type: 'string' } },
});
const port = Number(values.port);
const hostname = values.hostname;

async function runWorker() {
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: ROOT, port, hostname });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  const seconds = pageCacheSeconds(process.env.PAGE_CACHE_SECONDS);
  // A malformed setting stops the start, not the first hand-off at the counter.
  handoffMinutes(process.env.HANDOFF_MINUTES);
  let handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void = nextHandler;
  if (seconds > 0 && process.env.DATABASE_URL && process.env.AUTH_SECRET) {
    const pages = new PageCache({ maxBytes: 64 * 1024 * 1024, maxAgeMs: seconds * 1000 });
    // A cache-tag invalidation (an admin write in any worker or instance) empties the page cache, unless
    // it only concerns per-visitor paths (a cart write's revalidatePath('/cart')).
    processStore().onInvalidate((tags) => {
      if (affectsCachedPages(tags)) pages.invalidate();
    });
    await processStore().ready();
    const database = connect(process.env.DATABASE_URL!, { max: 2 });
    handle = withPageCache(nextHandler, pages, createVisitorOf(database.db, process.env.AUTH_SECRET!), {
      bypassToken: process.env.PAGE_CACHE_BYPASS_TOKEN || undefined,
    });
  }
  // The one place that decides who the client is: X-Forwarded-For is rewritten to the single address we
  // believe (./client-address.ts), so a client cannot choose its own login rate-limit key.
  const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const server = createServer((req, res) => {
    if (refuse(req, res, trustedProxies)) return;
    if (
      wantsStrictTransportSecurity({
        fromTrustedProxy: fromTrustedProxy(req, trustedProxies),
        forwardedProto: [req.headers['x-forwarded-proto']].flat()[0],
        setting: process.env.HSTS,
      })
    )
      res.setHeader('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    believeClientAddress(req, trustedProxies);
    void handle(req, res);
  });
  server.listen(port, hostname);
  // Ctrl-C reaches the whole process group; the primary decides, and stops workers with SIGTERM.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

/** Answers a request that no route should see (./request-guard.rules.ts) with a 4xx; true when it did. */
function refuse(req: IncomingMessage, res: ServerResponse, trustedProxies: ReadonlySet<string>): boolean {
  // Behind a trusted proxy the public host (the one a browser's Origin names) is X-Forwarded-Host.
  const forwardedHost = fromTrustedProxy(req, trustedProxies) ? req.headers['x-forwarded-host'] : undefined;
  const refusal = refuseRequest({
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    host: (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost) ?? req.headers.host,
    origin: req.headers.origin,
    isServerAction: req.headers['next-action'] !== undefined,
  });
  if (!refusal) return false;
  const allow = refusal.status === 405 ? { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS' } : {};
  if ((req.url ?? '').startsWith('/api/')) {
    // The API's one shape of error (problem details), written onto the Node response.
    const answer = problemResponse(refusal);
    res.writeHead(answer.status, { ...Object.fromEntries(answer.headers), ...allow });
    void answer.text().then((body) => res.end(body));
  } else {
    res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', ...allow });
    res.end(errorText(english, refusal)); // English: no route (and no language) has been resolved yet
  }
  return true;
}

function runPrimary() {
  const workers = workerCount(process.env.WEB_CONCURRENCY, availableParallelism());
  let stopping = false;
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === workers) console.log(`Ready: ${workers} worker${workers === 1 ? '' : 's'} on port ${port}`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Worker ${worker.process.pid} stopped (${signal ?? code}); starting a new one`);
    cluster.fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
  for (let i = 0; i < workers; i++) cluster.fork();
}

if (cluster.isPrimary) runPrimary();
else
  void runWorker().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
