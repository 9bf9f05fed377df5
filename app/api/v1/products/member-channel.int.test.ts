// The API follows the storefront's channel rules: a company member calling with the storefront's
// publishable key shops the b2b channel (company catalogue, net prices, contract prices); consumers,
// guests and members of deactivated companies stay in the storefront channel.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { companies } from '@/db/schema';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import {
  actorOf,
  makeAssortmentRule,
  makeCategory,
  makeChannel,
  makeCompany,
  makeCustomer,
  makePriceList,
  makeProduct,
  uniqueSuffix,
  type MadeCompany,
  type MadeProduct,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

const state = vi.hoisted(() => ({ db: null as unknown, actor: null as Actor | null }));
vi.mock('@/lib/platform/db', () => ({ getDb: () => state.db }));
vi.mock('@/lib/platform/auth/current-actor', () => ({ getCurrentActor: async () => state.actor }));
vi.mock('next/cache', () => ({ unstable_cache: <F>(fn: F) => fn, revalidateTag: vi.fn(), updateTag: vi.fn() }));

const KEY = { 'x-publishable-key': `pk_test_${uniqueSuffix()}` };
let t: TestDatabase;
let tool: MadeProduct;
let jacket: MadeProduct;
let acme: MadeCompany;
let acmeBuyer: Actor;
let globexBuyer: Actor;
let consumer: Actor;

beforeAll(async () => {
  t = await createTestDatabase();
  state.db = t.db;
  await makeChannel(t.db, { code: channelRouting().storefront, key: KEY['x-publishable-key'] });
  const b2b = await makeChannel(t.db, { code: channelRouting().b2b, kind: 'b2b', key: null });
  const [tools, clothing] = [await makeCategory(t.db), await makeCategory(t.db)];
  // €119.00 incl. 19 % VAT: €100.00 net.
  tool = await makeProduct(t.db, { name: 'Multi-tool', category: tools, variants: [{ price: 11_900 }] });
  jacket = await makeProduct(t.db, { name: 'Rain jacket', category: clothing, variants: [{ price: 5_950 }] });
  await makeAssortmentRule(t.db, { channelId: b2b.id, effect: 'exclude', target: { categoryId: clothing.id } });
  acme = await makeCompany(t.db, { members: [{ role: 'buyer' }] });
  const globex = await makeCompany(t.db, { members: [{ role: 'buyer' }] });
  await makePriceList(t.db, {
    channelIds: [b2b.id],
    companyId: acme.id,
    amountsIncludeVat: false,
    entries: [{ variantId: tool.variants[0]!.id, kind: 'fixed', value: 8_000 }],
  });
  [acmeBuyer, globexBuyer, consumer] = await Promise.all([
    actorOf(t.db, acme.members[0]!),
    actorOf(t.db, globex.members[0]!),
    actorOf(t.db, await makeCustomer(t.db)),
  ]);
});
afterAll(() => t.drop());

async function listing(actor: Actor | null) {
  state.actor = actor;
  const { GET } = await import('./route');
  const response = await GET(new Request('http://localhost/api/v1/products?pageSize=50', { headers: KEY }));
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    items: Array<{ slug: string; price: { amount: number }; pricesIncludeVat: boolean }>;
  };
  return Object.fromEntries(body.items.map((i) => [i.slug, { amount: i.price.amount, gross: i.pricesIncludeVat }]));
}

async function categoryIds(actor: Actor | null) {
  state.actor = actor;
  const { GET } = await import('@/app/api/v1/categories/route');
  const body = (await (await GET(new Request('http://localhost/api/v1/categories', { headers: KEY }))).json()) as {
    items: Array<{ path: string }>;
  };
  return body.items.map((c) => c.path).sort();
}

async function detailStatus(actor: Actor | null, slug: string) {
  state.actor = actor;
  const { GET } = await import('./[slug]/route');
  const request = new Request(`http://localhost/api/v1/products/${slug}`, { headers: KEY });
  const response = await GET(request, { params: Promise.resolve({ slug }) });
  return { status: response.status, body: response.status === 200 ? await response.json() : null };
}

describe('the API channel of a signed-in company member', () => {
  it('lists the consumer assortment with prices incl. VAT for guests and consumers', async () => {
    for (const actor of [null, consumer]) {
      expect(await listing(actor)).toEqual({
        [tool.slug]: { amount: 11_900, gross: true },
        [jacket.slug]: { amount: 5_950, gross: true },
      });
      expect(await categoryIds(actor)).toEqual([tool.category.path, jacket.category.path].sort());
    }
  });

  it("gives a member the company catalogue at net prices, with their company's contract price", async () => {
    expect(await listing(acmeBuyer)).toEqual({ [tool.slug]: { amount: 8_000, gross: false } });
    expect(await listing(globexBuyer)).toEqual({ [tool.slug]: { amount: 10_000, gross: false } });
    expect(await categoryIds(acmeBuyer)).toEqual([tool.category.path]);
    expect((await detailStatus(acmeBuyer, jacket.slug)).status).toBe(404);
    const detail = await detailStatus(acmeBuyer, tool.slug);
    expect(detail.body).toMatchObject({ pricesIncludeVat: false, variants: [{ price: { amount: 8_000 } }] });
  });

  it('treats members of a deactivated company as consumers', async () => {
    await t.db.update(companies).set({ active: false }).where(eq(companies.id, acme.id));
    try {
      const deactivated = await actorOf(t.db, acme.members[0]!);
      expect(deactivated.companies).toEqual([]);
      expect(await listing(deactivated)).toEqual({
        [tool.slug]: { amount: 11_900, gross: true },
        [jacket.slug]: { amount: 5_950, gross: true },
      });
    } finally {
      await t.db.update(companies).set({ active: true }).where(eq(companies.id, acme.id));
    }
  });
});
