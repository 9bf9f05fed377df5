import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceListChannels, priceListEntries, priceLists, users } from '@/db/schema';
import { grossToNet } from '@/lib/platform/money.rules';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { findActor } from '@/lib/platform/auth/actor.reads';
import { findActiveChannel, type ChannelContext } from '@/lib/channels/channels.reads';
import {
  ANONYMOUS_AUDIENCE,
  findPriceLists,
  findPricedVariants,
  findPricingAudience,
  findPricingContext,
  priceVariant,
  resolveVariantPrices,
  type PricingAudience,
} from './prices.reads';

let t: TestDatabase;
let web: ChannelContext;
let b2b: ChannelContext;

async function audienceOf(email: string): Promise<PricingAudience> {
  const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return findPricingAudience(t.db, await findActor(t.db, user!.id));
}

/** A variant of a product in a category subtree, with its base price and tax rate. */
async function variantIn(pathPrefix: string) {
  const [row] = await t.db.execute<{
    variant_id: string;
    product_id: string;
    amount: number;
    floor_amount: number;
    rate_bp: number;
  }>(sql`
    select v.id as variant_id, p.id as product_id, vp.amount, vp.floor_amount, tc.rate_bp
    from variants v join products p on p.id = v.product_id join categories c on c.id = p.category_id
    join variant_prices vp on vp.variant_id = v.id join tax_classes tc on tc.code = p.tax_class_code
    where (c.path = ${pathPrefix} or c.path like ${`${pathPrefix}/%`}) and p.status = 'active' and v.active
    order by v.sku limit 1`);
  return {
    variantId: row!.variant_id,
    productId: row!.product_id,
    amount: Number(row!.amount),
    floor: Number(row!.floor_amount),
    rateBp: Number(row!.rate_bp),
  };
}

async function unitPrice(
  channel: ChannelContext,
  audience: PricingAudience,
  variantId: string,
  quantity = 1,
  at = new Date(),
) {
  const [variant] = await findPricedVariants(t.db, channel, { variantIds: [variantId] });
  const lists = await findPriceLists(t.db, channel, [variant!], { audience, at });
  return priceVariant(channel, audience, variant!, lists, quantity, at);
}

const percentOff = (amount: number, bp: number) => amount - Math.floor((amount * bp + 5000) / 10_000);

beforeAll(async () => {
  t = await createTestDatabase();
  web = (await findActiveChannel(t.db, 'web'))!;
  b2b = (await findActiveChannel(t.db, 'b2b'))!;
});
afterAll(() => t.drop());

describe('pricing audiences', () => {
  it('finds groups through the person and through their company', async () => {
    expect(await audienceOf('customer@example.com')).toMatchObject({
      customerGroupIds: [expect.any(String)],
      companyId: null,
    });
    const carla = await audienceOf('carla@globex.example');
    expect(carla.customerGroupIds).toHaveLength(1);
    expect(carla.companyId).not.toBeNull();
    expect(await audienceOf('anna@acme.example')).toMatchObject({
      customerGroupIds: [],
      companyId: expect.any(String),
    });
    expect(await findPricingAudience(t.db, null)).toEqual(ANONYMOUS_AUDIENCE);
  });
});

describe('demo price lists through the engine', () => {
  it('the helmet promotion reduces helmets on web but not on b2b', async () => {
    const helmet = await variantIn('parts-accessories/safety-security/helmets');
    const onWeb = await unitPrice(web, ANONYMOUS_AUDIENCE, helmet.variantId);
    expect(onWeb.unit.amount).toBe(percentOff(helmet.amount, 1500));
    expect(onWeb.base.amount).toBe(helmet.amount);
    expect(onWeb.applied?.listName).toBe('Helmet weeks: 15 % off helmets');
    const onB2b = await unitPrice(b2b, ANONYMOUS_AUDIENCE, helmet.variantId);
    expect(onB2b.unit.amount).toBe(grossToNet(helmet.amount, helmet.rateBp));
    expect(onB2b.applied).toBeNull();
  });

  it('a regular customer gets 5 % on web; anonymous visitors do not', async () => {
    const tent = await variantIn('outdoor-camping');
    expect((await unitPrice(web, ANONYMOUS_AUDIENCE, tent.variantId)).unit.amount).toBe(tent.amount);
    expect((await unitPrice(web, await audienceOf('customer@example.com'), tent.variantId)).unit.amount).toBe(
      percentOff(tent.amount, 500),
    );
  });

  it('ACME members get their contract on b2b; the contract outranks volume tiers by priority', async () => {
    const bike = await variantIn('bikes');
    const net = grossToNet(bike.amount, bike.rateBp);
    const anna = await audienceOf('anna@acme.example');
    expect((await unitPrice(b2b, anna, bike.variantId)).unit.amount).toBe(percentOff(net, 1200));
    expect((await unitPrice(b2b, anna, bike.variantId, 100)).unit.amount).toBe(percentOff(net, 1200));
    expect((await unitPrice(b2b, ANONYMOUS_AUDIENCE, bike.variantId, 100)).unit.amount).toBe(percentOff(net, 1000));
    expect((await unitPrice(b2b, ANONYMOUS_AUDIENCE, bike.variantId, 9)).unit.amount).toBe(net);
  });

  it('trade customers (Globex, by company membership) get 7 % on parts, the best of trade and volume', async () => {
    const part = await variantIn('parts-accessories');
    const net = grossToNet(part.amount, part.rateBp);
    const carla = await audienceOf('carla@globex.example');
    expect((await unitPrice(b2b, carla, part.variantId)).unit.amount).toBe(percentOff(net, 700));
    expect((await unitPrice(b2b, carla, part.variantId, 100)).unit.amount).toBe(percentOff(net, 1000));
  });

  it('the scheduled winter sale applies only inside its window', async () => {
    const jacket = await variantIn('clothing');
    expect(
      (await unitPrice(web, ANONYMOUS_AUDIENCE, jacket.variantId, 1, new Date('2026-12-01T12:00:00Z'))).unit.amount,
    ).toBe(jacket.amount);
    expect(
      (await unitPrice(web, ANONYMOUS_AUDIENCE, jacket.variantId, 1, new Date('2027-01-15T12:00:00Z'))).unit.amount,
    ).toBe(percentOff(jacket.amount, 2000));
    expect(
      (await unitPrice(web, ANONYMOUS_AUDIENCE, jacket.variantId, 1, new Date('2027-02-01T00:00:00Z'))).unit.amount,
    ).toBe(jacket.amount);
  });

  it('a deep reduction stops at the floor price', async () => {
    const tent = await variantIn('outdoor-camping');
    const [list] = await t.db
      .insert(priceLists)
      .values({ name: 'Clearance 80 %', priority: 50, currency: 'EUR' })
      .returning({ id: priceLists.id });
    await t.db.insert(priceListChannels).values({ priceListId: list!.id, channelId: web.id });
    await t.db.insert(priceListEntries).values({
      priceListId: list!.id,
      targetKind: 'product',
      productId: tent.productId,
      adjustmentKind: 'percent',
      value: 8000,
    });
    const price = await unitPrice(web, ANONYMOUS_AUDIENCE, tent.variantId);
    expect(price.unit.amount).toBe(tent.floor);
    expect(price.floorApplied).toBe(true);
    await t.db.delete(priceLists).where(eq(priceLists.id, list!.id));
  });
});

describe('resolveVariantPrices', () => {
  it('resolves any number of variants in the same three queries', async () => {
    const products = await t.db.execute<{ id: string }>(
      sql`select id from products where status = 'active' order by slug limit 24`,
    );
    const ids = products.map((p) => p.id);
    t.queries.length = 0;
    const few = await resolveVariantPrices(t.db, web, ANONYMOUS_AUDIENCE, { productIds: ids.slice(0, 2) });
    const fewQueries = t.queries.length;
    t.queries.length = 0;
    const many = await resolveVariantPrices(t.db, web, ANONYMOUS_AUDIENCE, { productIds: ids });
    expect(fewQueries).toBe(3);
    expect(t.queries.length).toBe(3);
    expect(many.size).toBeGreaterThan(few.size);
    expect(many.size).toBeGreaterThanOrEqual(24);
  });
});

describe('findPricingContext', () => {
  it('gives every demo account its first company, its groups and its back-office flag', async () => {
    const ids = async (table: 'companies' | 'customer_groups', column: string, value: string) =>
      (
        await t.db.execute<{ id: string }>(
          sql`select id::text from ${sql.identifier(table)} where ${sql.identifier(column)} = ${value}`,
        )
      )[0]!.id;
    const acme = await ids('companies', 'customer_number', 'K-10001');
    const globex = await ids('companies', 'customer_number', 'K-10002');
    const regulars = await ids('customer_groups', 'code', 'regulars');
    const trade = await ids('customer_groups', 'code', 'trade');
    for (const [email, backoffice, companyId, customerGroupIds] of [
      ['customer@example.com', false, null, [regulars]],
      ['anna@acme.example', false, acme, []],
      ['ben@acme.example', false, acme, []],
      ['carla@globex.example', false, globex, [trade]],
      ['merch@example.com', true, null, []],
      ['admin@example.com', true, null, []],
      ['staff.berlin@example.com', false, null, []],
    ] as const) {
      const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
      expect(await findPricingContext(t.db, user!.id), email).toEqual({
        active: true,
        backoffice,
        audience: { companyId, customerGroupIds },
      });
    }
    expect(await findPricingContext(t.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('findPricingAudience takes an explicit company only from its members', async () => {
    const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'carla@globex.example'));
    const carla = (await findActor(t.db, user!.id))!;
    const globex = carla.companies[0]!.companyId;
    expect(await findPricingAudience(t.db, carla, globex)).toEqual(await audienceOf('carla@globex.example'));
    expect(await findPricingAudience(t.db, carla, '00000000-0000-4000-8000-000000000000')).toEqual({
      customerGroupIds: [],
      companyId: null,
    });
  });
});
