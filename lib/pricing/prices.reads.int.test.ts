import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceLists } from '@/db/schema';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { berlinLocalToInstant } from '@/lib/platform/business-time.rules';
import { grossToNet } from '@/lib/platform/money.rules';
import {
  actorOf,
  makeAdmin,
  makeCategory,
  makeChannel,
  makeCompany,
  makeCustomer,
  makeCustomerGroup,
  makeMerchandiser,
  makePriceList,
  makeProduct,
  makeProducts,
  makeStaff,
  makeStore,
  type MadeChannel,
  type MadeCompany,
  type MadeProduct,
  type MadeUser,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
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
let web: MadeChannel;
let b2b: MadeChannel;
let acme: MadeCompany;
let globex: MadeCompany;
let regulars: { id: string };
let trade: { id: string };
const people = {} as Record<'customer' | 'anna' | 'ben' | 'carla' | 'merch' | 'admin' | 'staff', MadeUser>;
const items = {} as Record<'helmet' | 'tent' | 'bike' | 'part' | 'jacket', MadeProduct>;

async function audienceOf(user: MadeUser): Promise<PricingAudience> {
  return findPricingAudience(t.db, await actorOf(t.db, user));
}

/** A product's first variant with its base price, floor and tax rate. */
function variantIn(product: MadeProduct) {
  const variant = product.variants[0]!;
  return {
    variantId: variant.id,
    productId: product.id,
    amount: variant.price!,
    floor: variant.floor!,
    rateBp: product.vatRateBp,
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
  web = await makeChannel(t.db);
  b2b = await makeChannel(t.db, { kind: 'b2b' });
  // A small catalogue: helmets are parts, and tents, bikes and clothing have categories of their own.
  const parts = await makeCategory(t.db);
  const helmets = await makeCategory(t.db, { parent: parts });
  const [bikes, clothing] = [await makeCategory(t.db), await makeCategory(t.db)];
  items.helmet = await makeProduct(t.db, { category: helmets, variants: [{ price: 8_999 }] });
  items.tent = await makeProduct(t.db, { variants: [{ price: 34_999, floor: 19_249 }] });
  items.bike = await makeProduct(t.db, { category: bikes, variants: [{ price: 129_900 }] });
  items.part = await makeProduct(t.db, { category: parts, variants: [{ price: 2_499 }] });
  items.jacket = await makeProduct(t.db, { category: clothing, variants: [{ price: 14_999 }] });

  people.customer = await makeCustomer(t.db);
  acme = await makeCompany(t.db, { members: [{ role: 'admin' }, { role: 'buyer' }] });
  [people.anna, people.ben] = [acme.members[0]!, acme.members[1]!];
  globex = await makeCompany(t.db, { members: [{ role: 'admin' }] });
  people.carla = globex.members[0]!;
  people.merch = await makeMerchandiser(t.db);
  people.admin = await makeAdmin(t.db);
  people.staff = await makeStaff(t.db, { locationIds: [(await makeStore(t.db)).id] });
  regulars = await makeCustomerGroup(t.db, { userIds: [people.customer.id] });
  trade = await makeCustomerGroup(t.db, { companyIds: [globex.id] });

  await makePriceList(t.db, {
    name: 'Regular customers: 5 % off',
    channelIds: [web.id],
    priority: 10,
    groupIds: [regulars.id],
    entries: [{ all: true, kind: 'percent', value: 500 }],
  });
  await makePriceList(t.db, {
    name: 'Helmet weeks: 15 % off helmets',
    channelIds: [web.id],
    priority: 20,
    entries: [{ categoryId: helmets.id, kind: 'percent', value: 1500 }],
  });
  await makePriceList(t.db, {
    name: 'Winter sale: 20 % off clothing (scheduled)',
    channelIds: [web.id],
    priority: 20,
    validFrom: berlinLocalToInstant('2027-01-02'),
    validUntil: berlinLocalToInstant('2027-02-01'),
    entries: [{ categoryId: clothing.id, kind: 'percent', value: 2000 }],
  });
  await makePriceList(t.db, {
    name: 'B2B volume discount',
    channelIds: [b2b.id],
    priority: 10,
    entries: [
      { all: true, minQuantity: 10, kind: 'percent', value: 300 },
      { all: true, minQuantity: 50, kind: 'percent', value: 600 },
      { all: true, minQuantity: 100, kind: 'percent', value: 1000 },
    ],
  });
  await makePriceList(t.db, {
    name: 'Trade customers: 7 % off parts',
    channelIds: [b2b.id],
    priority: 10,
    groupIds: [trade.id],
    entries: [{ categoryId: parts.id, kind: 'percent', value: 700 }],
  });
  await makePriceList(t.db, {
    name: 'ACME contract',
    channelIds: [b2b.id],
    priority: 100,
    companyId: acme.id,
    amountsIncludeVat: false,
    entries: [
      { categoryId: bikes.id, kind: 'percent', value: 1200 },
      { categoryId: parts.id, kind: 'percent', value: 800 },
      { categoryId: parts.id, minQuantity: 20, kind: 'percent', value: 1500 },
    ],
  });
});
afterAll(() => t.drop());

describe('pricing audiences', () => {
  it('finds groups through the person and through their company', async () => {
    expect(await audienceOf(people.customer)).toEqual({ customerGroupIds: [regulars.id], companyId: null });
    expect(await audienceOf(people.carla)).toEqual({ customerGroupIds: [trade.id], companyId: globex.id });
    expect(await audienceOf(people.anna)).toEqual({ customerGroupIds: [], companyId: acme.id });
    expect(await findPricingAudience(t.db, null)).toEqual(ANONYMOUS_AUDIENCE);
  });
});

describe('price lists through the engine', () => {
  it('the helmet promotion reduces helmets on web but not on b2b', async () => {
    const helmet = variantIn(items.helmet);
    const onWeb = await unitPrice(web, ANONYMOUS_AUDIENCE, helmet.variantId);
    expect(onWeb.unit.amount).toBe(percentOff(helmet.amount, 1500));
    expect(onWeb.base.amount).toBe(helmet.amount);
    expect(onWeb.applied?.listName).toBe('Helmet weeks: 15 % off helmets');
    const onB2b = await unitPrice(b2b, ANONYMOUS_AUDIENCE, helmet.variantId);
    expect(onB2b.unit.amount).toBe(grossToNet(helmet.amount, helmet.rateBp));
    expect(onB2b.applied).toBeNull();
  });

  it('a regular customer gets 5 % on web; anonymous visitors do not', async () => {
    const tent = variantIn(items.tent);
    expect((await unitPrice(web, ANONYMOUS_AUDIENCE, tent.variantId)).unit.amount).toBe(tent.amount);
    expect((await unitPrice(web, await audienceOf(people.customer), tent.variantId)).unit.amount).toBe(
      percentOff(tent.amount, 500),
    );
  });

  it('ACME members get their contract on b2b; the contract outranks volume tiers by priority', async () => {
    const bike = variantIn(items.bike);
    const net = grossToNet(bike.amount, bike.rateBp);
    const anna = await audienceOf(people.anna);
    expect((await unitPrice(b2b, anna, bike.variantId)).unit.amount).toBe(percentOff(net, 1200));
    expect((await unitPrice(b2b, anna, bike.variantId, 100)).unit.amount).toBe(percentOff(net, 1200));
    expect((await unitPrice(b2b, ANONYMOUS_AUDIENCE, bike.variantId, 100)).unit.amount).toBe(percentOff(net, 1000));
    expect((await unitPrice(b2b, ANONYMOUS_AUDIENCE, bike.variantId, 9)).unit.amount).toBe(net);
  });

  it('trade customers (Globex, by company membership) get 7 % on parts, the best of trade and volume', async () => {
    const part = variantIn(items.part);
    const net = grossToNet(part.amount, part.rateBp);
    const carla = await audienceOf(people.carla);
    expect((await unitPrice(b2b, carla, part.variantId)).unit.amount).toBe(percentOff(net, 700));
    expect((await unitPrice(b2b, carla, part.variantId, 100)).unit.amount).toBe(percentOff(net, 1000));
  });

  it('the scheduled winter sale applies only inside its window', async () => {
    const jacket = variantIn(items.jacket);
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
    const tent = variantIn(items.tent);
    const list = await makePriceList(t.db, {
      name: 'Clearance 80 %',
      priority: 50,
      channelIds: [web.id],
      entries: [{ productId: tent.productId, kind: 'percent', value: 8000 }],
    });
    const price = await unitPrice(web, ANONYMOUS_AUDIENCE, tent.variantId);
    expect(price.unit.amount).toBe(tent.floor);
    expect(price.floorApplied).toBe(true);
    await t.db.delete(priceLists).where(eq(priceLists.id, list!.id));
  });
});

describe('resolveVariantPrices', () => {
  it('resolves any number of variants in the same three queries', async () => {
    const ids = (await makeProducts(t.db, 24, (i) => ({ variants: [{ price: 1_000 + i }, { price: 2_000 + i }] }))).map(
      (p) => p.id,
    );
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
  it('gives every account its first company, its groups and its back-office flag', async () => {
    for (const [who, backoffice, companyId, customerGroupIds] of [
      ['customer', false, null, [regulars.id]],
      ['anna', false, acme.id, []],
      ['ben', false, acme.id, []],
      ['carla', false, globex.id, [trade.id]],
      ['merch', true, null, []],
      ['admin', true, null, []],
      ['staff', false, null, []],
    ] as const) {
      expect(await findPricingContext(t.db, people[who].id), who).toEqual({
        active: true,
        sessionVersion: 0,
        sessionRevoked: false,
        backoffice,
        audience: { companyId, customerGroupIds },
      });
    }
    expect(await findPricingContext(t.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('findPricingAudience takes an explicit company only from its members', async () => {
    const carla = await actorOf(t.db, people.carla);
    expect(carla.companies[0]!.companyId).toBe(globex.id);
    expect(await findPricingAudience(t.db, carla, globex.id)).toEqual(await audienceOf(people.carla));
    expect(await findPricingAudience(t.db, carla, acme.id)).toEqual({ customerGroupIds: [], companyId: null });
    expect(await findPricingAudience(t.db, carla, '00000000-0000-4000-8000-000000000000')).toEqual({
      customerGroupIds: [],
      companyId: null,
    });
  });
});
