// The demo merchant loads into an empty database and is consistent. Other integration tests make their own
// rows with lib/testing/factories; this is the one test of the demo data itself (docs/decisions.md, issue 11).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPublishableKey } from '@/lib/channels/channels.reads';
import { authenticate } from '@/lib/platform/auth/authenticate.writes';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { DEMO_PUBLISHABLE_KEYS } from './assortment';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo, type SeedSummary } from './demo';
import { isDatabaseEmpty } from './is-empty';

let t: TestDatabase;
let summary: SeedSummary;

/** One number from a count query. */
async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await t.db.execute<{ n: number }>(query);
  return Number(row!.n);
}

beforeAll(async () => {
  t = await createTestDatabase();
  expect(await isDatabaseEmpty(t.db)).toBe(true);
  summary = await seedDemo(t.db, { scale: 1 });
}, 180_000);
afterAll(() => t.drop());

describe('demo seed', () => {
  it('fills the empty database, which then no longer counts as empty', async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(false);
    expect(summary.products).toBeGreaterThan(0);
    expect(summary.variants).toBeGreaterThan(summary.products);
    expect(summary.categories).toBeGreaterThan(0);
    expect(summary.users).toBe(DEMO_ACCOUNTS.length);
    expect(await count(sql`select count(*)::int as n from products`)).toBe(summary.products);
    expect(await count(sql`select count(*)::int as n from variants`)).toBe(summary.variants);
    expect(await count(sql`select count(*)::int as n from categories`)).toBe(summary.categories);
    for (const table of ['brands', 'locations', 'channels', 'companies', 'price_lists', 'orders', 'media'])
      expect(await count(sql`select count(*)::int as n from ${sql.identifier(table)}`), table).toBeGreaterThan(0);
  });

  it('gives every variant a base price and stock at every location', async () => {
    expect(
      await count(sql`select count(*)::int as n from variants v
        where not exists (select 1 from variant_prices vp where vp.variant_id = v.id and vp.currency = 'EUR')`),
    ).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from variants v cross join locations l
        where not exists (select 1 from stock_levels s where s.variant_id = v.id and s.location_id = l.id)`),
    ).toBe(0);
    expect(await count(sql`select count(*)::int as n from stock_levels where on_hand - reserved > 0`)).toBeGreaterThan(
      0,
    );
  });

  it('has the demo accounts, found by e-mail and signing in with the demo password', async () => {
    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    const rows = await t.db.execute<{ email: string }>(
      sql`select email from users where email in ${emails} and active order by email`,
    );
    expect(rows.map((r) => r.email)).toEqual([...emails].sort());
    const [first] = DEMO_ACCOUNTS;
    expect(await authenticate(t.db, { email: first!.email, password: DEMO_PASSWORD, ip: '10.9.0.1' })).toMatchObject({
      ok: true,
      user: { email: first!.email },
    });
  });

  it('materialises the assortment decisions of every channel, with a working publishable key each', async () => {
    const channels = await t.db.execute<{ id: string; code: string; decisions: number }>(sql`
      select c.id, c.code, (select count(*)::int from channel_products cp where cp.channel_id = c.id and cp.audience_key = '') as decisions
      from channels c order by c.code`);
    expect(channels.map((c) => c.code).sort()).toEqual(Object.keys(DEMO_PUBLISHABLE_KEYS).sort());
    for (const channel of channels) {
      expect(Number(channel.decisions), channel.code).toBe(summary.products);
      const token = DEMO_PUBLISHABLE_KEYS[channel.code as keyof typeof DEMO_PUBLISHABLE_KEYS];
      expect(await findPublishableKey(t.db, token)).toEqual({ channelCode: channel.code, revoked: false });
    }
    // The read model on products agrees with the decisions, and the rules leave products out somewhere.
    expect(
      await count(sql`select count(*)::int as n from products p where p.listed_channel_ids is distinct from
        array(select cp.channel_id from channel_products cp where cp.product_id = p.id and cp.audience_key = '' and cp.listed order by cp.channel_id)`),
    ).toBe(0);
    expect(await count(sql`select count(*)::int as n from channel_products where not listed`)).toBeGreaterThan(0);
  });

  it('fills the listing read model and the price history', async () => {
    expect(
      await count(sql`select count(*)::int as n from products
        where status = 'active' and (listing_min_price is null or listing_max_price < listing_min_price)`),
    ).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from products where cardinality(listing_colors) > 0`),
    ).toBeGreaterThan(0);
    expect(await count(sql`select count(*)::int as n from products where search_vector is null`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from price_history_state`)).toBe(1);
    expect(
      await count(sql`select count(*)::int as n from variants v
        where not exists (select 1 from price_history h where h.variant_id = v.id)`),
    ).toBe(0);
  });
});
