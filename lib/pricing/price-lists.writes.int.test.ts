import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '@/lib/platform/errors';
import { english, fieldErrorTexts } from '@/lib/platform/error-text';
import { auditLog, priceListChannels, priceListEntries, priceLists } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import {
  actorOf,
  makeCategory,
  makeChannel,
  makeCustomer,
  makeCustomerGroup,
  makeMerchandiser,
  makePriceList,
  makeProduct,
  type MadeChannel,
} from '@/lib/testing/factories';
import {
  ADMIN_PRICE_LISTS_PAGE_SIZE,
  findPriceListEntriesForExport,
  listAdminPriceLists,
} from '@/lib/pricing/admin-pricing.reads';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { csvField } from '@/lib/platform/csv.rules';
import { CSV_HEADER } from '@/lib/pricing/price-entries-csv.schemas';
import { importPriceEntries } from './price-lists.writes';

let t: TestDatabase;
let merch: Actor;
let listId: string;
let sku: string;
let slug: string;
let categoryPath: string;
let web: MadeChannel;
let showroom: MadeChannel;
let regulars: { id: string; name: string };

const entryCount = async () =>
  (
    await t.db
      .select({ id: priceListEntries.id })
      .from(priceListEntries)
      .where(eq(priceListEntries.priceListId, listId))
  ).length;

beforeAll(async () => {
  t = await createTestDatabase();
  merch = await actorOf(t.db, await makeMerchandiser(t.db));
  web = await makeChannel(t.db);
  showroom = await makeChannel(t.db, { kind: 'showroom' });
  const b2b = await makeChannel(t.db, { kind: 'b2b' });
  const category = await makeCategory(t.db);
  categoryPath = category.path;
  const product = await makeProduct(t.db, { category });
  [sku, slug] = [product.variants[0]!.sku, product.slug];
  regulars = await makeCustomerGroup(t.db, { name: 'Regular customers' });
  await makePriceList(t.db, {
    name: 'Regular customers: 5 % off',
    channelIds: [web.id, showroom.id],
    priority: 10,
    groupIds: [regulars.id],
    entries: [{ all: true, kind: 'percent', value: 500 }],
  });
  listId = (
    await makePriceList(t.db, {
      name: 'B2B volume discount',
      channelIds: [b2b.id],
      priority: 10,
      entries: [
        { all: true, minQuantity: 10, kind: 'percent', value: 300 },
        { all: true, minQuantity: 50, kind: 'percent', value: 600 },
      ],
    })
  ).id;
});
afterAll(() => t.drop());

describe('CSV import of price-list entries', () => {
  it('rejects the whole file, with line numbers, when any line is wrong, and changes nothing', async () => {
    const before = await entryCount();
    const csv = `${CSV_HEADER.join(',')}\ncategory,${categoryPath},1,percent,5\nproduct,no-such-product,1,percent,5\nvariant,${sku},1,fixed,abc\n`;
    const refusal = await importPriceEntries(t.db, merch, listId, csv, 'replace').catch((error: AppError) => error);
    expect(refusal).toMatchObject({ status: 422, code: 'csv.invalid', params: { count: 2 } });
    expect(fieldErrorTexts(english, refusal as AppError)).toEqual({
      csv: [
        'Line 3 (target): No product with the slug “no-such-product”.',
        'Line 4 (value): Enter an amount such as 12.50.',
      ],
    });
    expect(await entryCount()).toBe(before);
  });

  it('adds or replaces entries in one go, audited; export and re-import round-trip', async () => {
    const csv = [
      CSV_HEADER.join(','),
      `category,${categoryPath},1,percent,12.5`,
      `product,${slug},5,amount,"3,50"`,
      `variant,${csvField(sku)},10,fixed,99.90`,
    ].join('\n');
    const before = await entryCount();
    expect(await importPriceEntries(t.db, merch, listId, csv, 'add')).toMatchObject({ imported: 3, replaced: 0 });
    expect(await entryCount()).toBe(before + 3);
    expect(await importPriceEntries(t.db, merch, listId, csv, 'replace')).toMatchObject({
      imported: 3,
      replaced: before + 3,
    });
    expect(await entryCount()).toBe(3);

    const exported = (await findPriceListEntriesForExport(t.db, merch, listId))!;
    expect(exported).toEqual(
      expect.arrayContaining([
        { targetKind: 'category', target: categoryPath, minQuantity: 1, adjustment: 'percent', value: '12.5' },
        { targetKind: 'product', target: slug, minQuantity: 5, adjustment: 'amount', value: '3.50' },
        { targetKind: 'variant', target: sku, minQuantity: 10, adjustment: 'fixed', value: '99.90' },
      ]),
    );
    const again = [
      CSV_HEADER.join(','),
      ...exported.map((e) => [e.targetKind, e.target, e.minQuantity, e.adjustment, e.value].map(csvField).join(',')),
    ].join('\r\n');
    expect(await importPriceEntries(t.db, merch, listId, again, 'replace')).toMatchObject({ imported: 3, replaced: 3 });
    expect(await findPriceListEntriesForExport(t.db, merch, listId)).toEqual(exported);

    const audit = await t.db
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.entityId, listId));
    expect(audit.filter((a) => a.action === 'price_list.entries_imported')).toHaveLength(3);
  });

  it('refuses callers without the permission', async () => {
    const customer = await actorOf(t.db, await makeCustomer(t.db));
    await expect(
      importPriceEntries(t.db, customer, listId, `${CSV_HEADER.join(',')}\nall,,1,percent,5`, 'add'),
    ).rejects.toMatchObject({ status: 403 });
    await expect(findPriceListEntriesForExport(t.db, customer, listId)).rejects.toMatchObject({ status: 403 });
  });
});

describe('the price-list overview', () => {
  it("shows each list's own channels, groups and entry count", async () => {
    const { rows, total } = await listAdminPriceLists(t.db, merch);
    expect(total).toBe(2);
    expect(rows).toHaveLength(2);
    const forRegulars = rows.find((r) => r.name === 'Regular customers: 5 % off')!;
    expect(forRegulars).toMatchObject({
      channels: [showroom.code, web.code].sort(),
      groups: ['Regular customers'],
      entries: 1,
    });
    const [count] = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from price_list_entries where price_list_id = ${listId}`,
    );
    expect(rows.find((r) => r.id === listId)!.entries).toBe(count!.n);
  });

  it('is paged: 50 lists per page, in priority and name order, and a page past the end is empty', async () => {
    const { total: before } = await listAdminPriceLists(t.db, merch);
    const extra = ADMIN_PRICE_LISTS_PAGE_SIZE + 5 - before;
    const created = await t.db
      .insert(priceLists)
      .values(
        Array.from({ length: extra }, (_, i) => ({
          name: `Paging list ${String(i).padStart(3, '0')}`,
          priority: -1,
          active: false,
          currency: 'EUR',
          amountsIncludeVat: true,
        })),
      )
      .returning({ id: priceLists.id });
    await t.db.insert(priceListChannels).values(created.map((c) => ({ priceListId: c.id, channelId: web.id })));
    const first = await listAdminPriceLists(t.db, merch, { page: 1 });
    const second = await listAdminPriceLists(t.db, merch, { page: 2 });
    expect(first.total).toBe(ADMIN_PRICE_LISTS_PAGE_SIZE + 5);
    expect([first.rows.length, second.rows.length]).toEqual([ADMIN_PRICE_LISTS_PAGE_SIZE, 5]);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(ADMIN_PRICE_LISTS_PAGE_SIZE + 5);
    expect(second.rows.map((r) => r.name)).toEqual(
      Array.from({ length: 5 }, (_, i) => `Paging list ${String(extra - 5 + i).padStart(3, '0')}`),
    );
    expect((await listAdminPriceLists(t.db, merch, { page: 3 })).rows).toEqual([]);
  });
});
