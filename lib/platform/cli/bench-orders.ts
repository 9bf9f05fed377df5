// The `orders` section of `npm run bench`: add-to-cart latency, and order placement through
// POST /api/v1/carts/{id}/checkout with 32 concurrent clients, on distinct SKUs and on one hot SKU
// (zero oversell checked in the database afterwards). Carts are prepared before each measurement, and
// a warm-up round (not counted) runs first. Add-to-cart is measured twice: 32 clients sending as fast
// as they can (closed loop: that measures throughput, and by Little's law its latency is 32 / rate),
// and 32 clients at a fixed total rate (open loop: the latency a shopper sees at that load). See
// docs/benchmarks.md for why the p95 target is read from the open loop.
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import postgres from 'postgres';
import { formatNumber } from '@/lib/platform/cli/format-duration';

const KEY = { 'x-publishable-key': 'pk_demo_web', 'content-type': 'application/json' };
const CLIENTS = 32;
const ORDERS = 600;
const WARM_UP = 96;
/** Offered load of the open-loop add-to-cart runs, requests per second over all clients. */
const ADD_RATES = [50, 100];
const CHECKOUT = {
  email: 'bench@example.com',
  fulfilment: 'delivery',
  shippingAddress: { name: 'Bench Buyer', street: 'Teststraße 1', postalCode: '10117', city: 'Berlin', country: 'DE' },
  payment: { method: 'test_card', card: { number: '4242 4242 4242 4242' } },
};

type Reply = { status: number; body: string };

function send(
  agent: http.Agent,
  method: string,
  url: string,
  headers: http.OutgoingHttpHeaders,
  body?: unknown,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, agent, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Runs `jobs` with CLIENTS concurrent workers; returns durations, statuses and the wall time. */
async function run(agent: http.Agent, jobs: Array<() => Promise<Reply>>) {
  const durations: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const t0 = performance.now();
        const reply = await job();
        durations.push(performance.now() - t0);
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 50), p95: percentile(durations, 95), perSecond: jobs.length / seconds, statuses };
}

/**
 * Open loop: job i is due at i / perSecond seconds, sent on one of CLIENTS connections whether or not
 * earlier answers have come (a job waits only when all connections are busy). Latency counts from
 * when the job was due, so a slow server is not hidden by sending less (no coordinated omission).
 */
async function runAtRate(agent: http.Agent, jobs: Array<() => Promise<Reply>>, perSecond: number) {
  const durations: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < jobs.length) {
        const index = next++;
        const due = started + (index * 1000) / perSecond;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const reply = await jobs[index]!();
        durations.push(performance.now() - due);
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 50), p95: percentile(durations, 95), perSecond: jobs.length / seconds, statuses };
}

function report(name: string, r: Awaited<ReturnType<typeof run>>, extra = '') {
  const statuses = [...r.statuses].map(([status, count]) => `${count}× ${status}`).join(', ');
  console.log(
    `${name.padEnd(34)} p50 ${formatNumber(r.p50, 1).padStart(7)} ms   p95 ${formatNumber(r.p95, 1).padStart(7)} ms   ${formatNumber(r.perSecond, 0).padStart(5)} /s   (${statuses})${extra}`,
  );
}

async function newCarts(agent: http.Agent, baseUrl: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  await run(
    agent,
    Array.from({ length: count }, () => async () => {
      const reply = await send(agent, 'POST', `${baseUrl}/api/v1/carts`, KEY);
      ids.push((JSON.parse(reply.body) as { id: string }).id);
      return reply;
    }),
  );
  return ids;
}

export async function benchOrders(baseUrl: string, databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  // SKUs of active products the web channel sells, with ample stock in the warehouse (bench data only).
  const [warehouse] = await sql`select id from locations where code = 'WH1'`;
  const rows = await sql`
    select v.id, v.sku from variants v join products p on p.id = v.product_id
    join stock_levels s on s.variant_id = v.id and s.location_id = ${warehouse!.id}
    where v.active and p.status = 'active' and (select id from channels where code = ${channelRouting().storefront}) = any(p.listed_channel_ids)
    order by v.sku limit ${ORDERS + 1}`;
  await sql`update stock_levels set on_hand = 1000000, reserved = 0 where location_id = ${warehouse!.id} and variant_id in ${sql(rows.map((r) => r.id as string))}`;
  const skus = rows.map((r) => r.sku as string);
  const hot = skus.pop()!;
  // Idle sockets are dropped before the server's 5 s keep-alive timeout would close them under a request.
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS, timeout: 4000 });

  console.log(
    `\nOrders (${CLIENTS} concurrent clients, ${ORDERS} per run; delivery, test card; stock set to 1,000,000 at WH1 for the SKUs used):`,
  );
  // Warm-up, not counted: every worker and database connection sees the routes and statements once.
  const warmCarts = await newCarts(agent, baseUrl, WARM_UP);
  await run(
    agent,
    warmCarts.map(
      (id, i) => () => send(agent, 'POST', `${baseUrl}/api/v1/carts/${id}/lines`, KEY, { sku: skus[i], quantity: 1 }),
    ),
  );
  await run(
    agent,
    warmCarts.map(
      (id) => () =>
        send(
          agent,
          'POST',
          `${baseUrl}/api/v1/carts/${id}/checkout`,
          { ...KEY, 'idempotency-key': randomUUID() },
          CHECKOUT,
        ),
    ),
  );

  const carts = await newCarts(agent, baseUrl, ORDERS);
  const addToCart = await run(
    agent,
    carts.map(
      (id, i) => () => send(agent, 'POST', `${baseUrl}/api/v1/carts/${id}/lines`, KEY, { sku: skus[i], quantity: 1 }),
    ),
  );
  report('POST /api/v1/carts/{id}/lines', addToCart, '   closed loop: throughput');
  for (const rate of ADD_RATES) {
    const more = await newCarts(agent, baseUrl, Math.min(ORDERS, rate * 6));
    const atRate = await runAtRate(
      agent,
      more.map(
        (id, i) => () => send(agent, 'POST', `${baseUrl}/api/v1/carts/${id}/lines`, KEY, { sku: skus[i], quantity: 1 }),
      ),
      rate,
    );
    report(`  … at ${rate}/s offered (open loop)`, atRate, '   target p95 ≤ 60 ms');
  }

  const distinct = await run(
    agent,
    carts.map(
      (id) => () =>
        send(
          agent,
          'POST',
          `${baseUrl}/api/v1/carts/${id}/checkout`,
          { ...KEY, 'idempotency-key': randomUUID() },
          CHECKOUT,
        ),
    ),
  );
  report('checkout, distinct SKUs', distinct, '   target ≥ 150/s, p95 ≤ 250 ms');

  const hotCarts = await newCarts(agent, baseUrl, ORDERS);
  await run(
    agent,
    hotCarts.map(
      (id) => () => send(agent, 'POST', `${baseUrl}/api/v1/carts/${id}/lines`, KEY, { sku: hot, quantity: 1 }),
    ),
  );
  const [before] =
    await sql`select s.on_hand, s.reserved from stock_levels s join variants v on v.id = s.variant_id where v.sku = ${hot} and s.location_id = ${warehouse!.id}`;
  const hotRun = await run(
    agent,
    hotCarts.map(
      (id) => () =>
        send(
          agent,
          'POST',
          `${baseUrl}/api/v1/carts/${id}/checkout`,
          { ...KEY, 'idempotency-key': randomUUID() },
          CHECKOUT,
        ),
    ),
  );
  const [after] =
    await sql`select s.on_hand, s.reserved from stock_levels s join variants v on v.id = s.variant_id where v.sku = ${hot} and s.location_id = ${warehouse!.id}`;
  const placed = hotRun.statuses.get(201) ?? 0;
  const reservedDelta = Number(after!.reserved) - Number(before!.reserved);
  const oversold = reservedDelta !== placed || Number(after!.reserved) > Number(after!.on_hand);
  report(
    'checkout, one hot SKU',
    hotRun,
    `   target ≥ 100/s; reserved +${reservedDelta} for ${placed} orders: ${oversold ? 'OVERSOLD' : 'zero oversell'}`,
  );
  agent.destroy();
  await sql.end();
}
