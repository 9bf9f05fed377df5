import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, customerCredits, priceListEntries } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import {
  actorOf,
  makeChannel,
  makeCompany,
  makeCustomer,
  makeMerchandiser,
  makeOrder,
  makeProduct,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import type { PriceEntryInput, PriceListInput } from '@/lib/pricing/pricing.schemas';
import { addPriceEntry, createPriceList, importPriceEntries, updatePriceList } from './price-lists.writes';
import { PriceRegretDetected } from './price-regret.writes';
import { updatePricingSettings } from './pricing-settings.writes';

let t: TestDatabase;
let merch: Actor;
let chrisId: string;
let webId: string;
let b2bId: string;
// The pannier bag Chris (3 days ago, 1 unit) and a guest (9 days ago, 2 units) bought on web at its base price.
let sku: string;
let slug: string;
let paid: number;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

function listInput(name: string, overrides: Partial<PriceListInput> = {}): PriceListInput {
  return {
    name,
    priority: 0,
    channelIds: [webId],
    customerGroupIds: [],
    companyId: null,
    validFrom: null,
    validUntil: null,
    active: true,
    amountsIncludeVat: true,
    ...overrides,
  };
}

const percentOff = (percent: number): PriceEntryInput => ({
  targetKind: 'variant',
  target: sku,
  minQuantity: 1,
  adjustmentKind: 'percent',
  value: percent * 100,
});
/**
 * The same reduction for the whole product. Within one list a variant entry beats a product entry, so a later
 * variant entry decides the price; two entries of the same target and quantity would leave the choice open.
 */
const productPercentOff = (percent: number): PriceEntryInput => ({
  ...percentOff(percent),
  targetKind: 'product',
  target: slug,
});
const priceAfter = (percent: number) => paid - Math.floor((paid * percent * 100 + 5000) / 10_000);

async function creditsOfChris() {
  const rows = await t.db
    .select({ amount: customerCredits.amount })
    .from(customerCredits)
    .where(eq(customerCredits.userId, chrisId));
  return rows.reduce((sum, r) => sum + r.amount, 0);
}

async function regretOf(promise: Promise<unknown>): Promise<PriceRegretDetected> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PriceRegretDetected);
  return error as PriceRegretDetected;
}

beforeAll(async () => {
  t = await createTestDatabase();
  merch = await actorOf(t.db, await makeMerchandiser(t.db));
  const chris = await makeCustomer(t.db);
  chrisId = chris.id;
  webId = (await makeChannel(t.db)).id;
  b2bId = (await makeChannel(t.db, { kind: 'b2b' })).id;
  // Floor price at 55 % of the list price, as merchants set it (about cost).
  const pannierProduct = await makeProduct(t.db, { variants: [{ price: 6_000, floor: 3_300 }] });
  const [pannier, lock, bottle, chain] = [
    pannierProduct,
    await makeProduct(t.db, { variants: [{ price: 3_990, floor: 2_195 }] }),
    await makeProduct(t.db, { variants: [{ price: 1_290, floor: 710 }] }),
    await makeProduct(t.db, { variants: [{ price: 2_490, floor: 1_370 }] }),
  ].map((p) => p.variants[0]!);
  [sku, slug, paid] = [pannier!.sku, pannierProduct.slug, pannier!.price!];
  const now = Date.now();
  // Recent purchases at the base price: Chris (with a lock) and a guest bought the pannier; a company bought chains
  // on b2b. Chris's bottles were bought before the window.
  await makeOrder(t.db, {
    channelId: webId,
    userId: chris.id,
    email: chris.email,
    status: 'confirmed',
    placedAt: new Date(now - 3 * DAY_MS),
    lines: [
      { variant: pannier!, quantity: 1, unitAmount: paid },
      { variant: lock!, quantity: 1, unitAmount: lock!.price! },
    ],
  });
  await makeOrder(t.db, {
    channelId: webId,
    email: 'guest.buyer@example.net',
    status: 'confirmed',
    placedAt: new Date(now - 9 * DAY_MS),
    lines: [{ variant: pannier!, quantity: 2, unitAmount: paid }],
  });
  const company = await makeCompany(t.db, { members: [{ role: 'admin' }] });
  await makeOrder(t.db, {
    channelId: b2bId,
    userId: company.members[0]!.id,
    companyId: company.id,
    email: company.members[0]!.email,
    pricesIncludeVat: false,
    status: 'confirmed',
    placedAt: new Date(now - 6 * DAY_MS),
    lines: [{ variant: chain!, quantity: 4, unitAmount: 2_092 }],
  });
  await makeOrder(t.db, {
    channelId: webId,
    userId: chris.id,
    email: chris.email,
    status: 'collected',
    placedAt: new Date(now - 40 * DAY_MS),
    lines: [{ variant: bottle!, quantity: 2, unitAmount: bottle!.price! }],
  });
});
afterAll(() => t.drop());

describe('price-regret guard', () => {
  it('refuses a change that drops a recently bought variant by more than 10 %, with its impact, and changes nothing', async () => {
    const listId = await createPriceList(t.db, merch, listInput('Pannier promotion'));
    const regret = await regretOf(addPriceEntry(t.db, merch, listId, percentOff(20)));
    expect(regret.impact).toEqual({
      windowDays: 14,
      thresholdBp: 1000,
      currency: 'EUR',
      variants: [
        expect.objectContaining({
          sku,
          newPrice: priceAfter(20),
          highestPaid: paid,
          dropBp: 2000,
          orders: 2,
          customers: 2,
          channelName: expect.any(String),
        }),
      ],
      orders: 2,
      customers: 2, // Chris and the guest
      creditTotal: paid - priceAfter(20), // Chris's 1 unit; a guest has no account to credit
      creditCustomers: 1,
    });
    expect(await t.db.select().from(priceListEntries).where(eq(priceListEntries.priceListId, listId))).toEqual([]);
    expect(await creditsOfChris()).toBe(0);
  });

  it('lets a drop within the threshold through, and goes ahead without credit when told to', async () => {
    const listId = await createPriceList(t.db, merch, listInput('Pannier small promotion'));
    expect(await addPriceEntry(t.db, merch, listId, productPercentOff(5))).toMatchObject({
      regretOrders: 0,
      credited: 0,
    });
    expect(await addPriceEntry(t.db, merch, listId, percentOff(20), 'proceed')).toMatchObject({
      regretOrders: 2,
      credited: 0,
    });
    expect(await creditsOfChris()).toBe(0);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, listId), eq(auditLog.action, 'price_list.price_regret_accepted')));
    expect(audit!.after).toMatchObject({ orders: 2, customers: 2, variants: 1 });
    // The price is now 20 % off: a change that does not lower it further is no regret.
    expect(await addPriceEntry(t.db, merch, listId, percentOff(15))).toMatchObject({ regretOrders: 0 });
  });

  it('grants a price-protection credit for the difference, once per order line', async () => {
    const listId = await createPriceList(t.db, merch, listInput('Pannier clearance'));
    const first = await addPriceEntry(t.db, merch, listId, productPercentOff(30), 'credit');
    expect(first).toMatchObject({ regretOrders: 2, credited: paid - priceAfter(30) });
    expect(await creditsOfChris()).toBe(paid - priceAfter(30));
    const [row] = await t.db.select().from(customerCredits).where(eq(customerCredits.userId, chrisId));
    expect(row).toMatchObject({
      reason: 'price_protection',
      currency: 'EUR',
      priceListId: listId,
      createdBy: merch.userId,
    });
    // Lowering further credits only the extra difference.
    expect(await addPriceEntry(t.db, merch, listId, percentOff(40), 'credit')).toMatchObject({
      credited: priceAfter(30) - priceAfter(40),
    });
    expect(await creditsOfChris()).toBe(paid - priceAfter(40));
    expect(await t.db.select().from(customerCredits)).toHaveLength(2);
  });

  it('credits each order line once when two lists lower the same variant at the same time', async () => {
    const [a, b] = await Promise.all([
      createPriceList(t.db, merch, listInput('Parallel A', { priority: 950 })),
      createPriceList(t.db, merch, listInput('Parallel B', { priority: 950 })),
    ]);
    const before = await creditsOfChris();
    const results = await Promise.all([
      addPriceEntry(t.db, merch, a, percentOff(42), 'credit'),
      addPriceEntry(t.db, merch, b, percentOff(44), 'credit'),
    ]);
    // Whatever the order (both stay above the variant's floor price of 55 %), Chris is owed the difference to the lowest price once, not the sum.
    expect(await creditsOfChris()).toBe(paid - priceAfter(44));
    expect(results.reduce((sum, r) => sum + r.credited, 0)).toBe(paid - priceAfter(44) - before);
  });

  it('checks activating a list and a list that starts later, and ignores channels with no drop', async () => {
    const listId = await createPriceList(
      t.db,
      merch,
      listInput('Pannier flash sale', { active: false, priority: 990 }),
    );
    expect(await addPriceEntry(t.db, merch, listId, percentOff(60))).toMatchObject({ regretOrders: 0 }); // inactive: no price changes
    await regretOf(
      updatePriceList(t.db, merch, listId, listInput('Pannier flash sale', { active: true, priority: 990 })),
    );
    const later = new Date(Date.now() + 48 * HOUR_MS);
    await regretOf(
      updatePriceList(
        t.db,
        merch,
        listId,
        listInput('Pannier flash sale', { active: true, priority: 990, validFrom: later }),
      ),
    );
    // The same list on b2b only: nobody bought the pannier there, but its price drops there too: still regret.
    await regretOf(
      updatePriceList(
        t.db,
        merch,
        listId,
        listInput('Pannier flash sale', { active: true, priority: 990, channelIds: [b2bId] }),
      ),
    );
    // Already ended: no regret.
    expect(
      await updatePriceList(
        t.db,
        merch,
        listId,
        listInput('Pannier flash sale', {
          active: true,
          priority: 990,
          validFrom: new Date(Date.now() - 2 * HOUR_MS),
          validUntil: new Date(Date.now() - HOUR_MS),
        }),
      ),
    ).toMatchObject({ regretOrders: 0 });
  });

  it('guards CSV imports, and follows the window and threshold settings', async () => {
    const listId = await createPriceList(t.db, merch, listInput('Pannier import', { priority: 995 }));
    const csv = `target_kind,target,min_quantity,adjustment,value\nvariant,${sku},1,percent,70\n`;
    await regretOf(importPriceEntries(t.db, merch, listId, csv, 'add'));
    // Chris bought 3 days ago and the guest 9: a 2-day window holds neither.
    await updatePricingSettings(t.db, merch, {
      regretWindowDays: 2,
      regretThresholdBp: 1000,
      consistencySpreadBp: 1500,
    });
    expect(await importPriceEntries(t.db, merch, listId, csv, 'add')).toMatchObject({ imported: 1, regretOrders: 0 });
    await updatePricingSettings(t.db, merch, {
      regretWindowDays: 14,
      regretThresholdBp: 1000,
      consistencySpreadBp: 1500,
    });
  });
});
