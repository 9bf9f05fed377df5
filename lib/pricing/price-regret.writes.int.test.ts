import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, channels, customerCredits, orderLines, orders, priceListEntries, users } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { findActor } from '@/lib/platform/auth/actor.reads';
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
let paid: number;

const HOUR_MS = 60 * 60 * 1000;

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
  const [merchRow] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'merch@example.com'));
  merch = (await findActor(t.db, merchRow!.id))!;
  const [chris] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'customer@example.com'));
  chrisId = chris!.id;
  const channelRows = await t.db.select({ id: channels.id, code: channels.code }).from(channels);
  webId = channelRows.find((c) => c.code === 'web')!.id;
  b2bId = channelRows.find((c) => c.code === 'b2b')!.id;
  const [line] = await t.db
    .select({ sku: orderLines.sku, unit: orderLines.unitAmount })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(eq(orders.email, 'guest.buyer@example.net'));
  sku = line!.sku;
  paid = line!.unit;
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
    expect(await addPriceEntry(t.db, merch, listId, percentOff(5))).toMatchObject({ regretOrders: 0, credited: 0 });
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
    const first = await addPriceEntry(t.db, merch, listId, percentOff(30), 'credit');
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
