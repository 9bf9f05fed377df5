import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assortmentRules, channels, priceListChannels, priceListEntries, priceLists } from '@/db/schema';
import { assortedSql, productRow } from '@/lib/assortment/assortment.reads';
import { rebuildAssortment } from '@/lib/assortment/assortment-decisions.writes';
import {
  makeAssortmentRule,
  makeBrand,
  makeCategoryPath,
  makeChannel,
  makeMedia,
  makePriceList,
  makeProducts,
  makeStock,
  makeStore,
  makeWarehouse,
  type MadeCategory,
  type MadeChannel,
  type MadeProduct,
  type VariantOverrides,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { feedBatches, feedStream, findFeedChannel, type FeedChannel } from './feed.reads';
import { FEED_COLUMNS, formatFeedMoney, type FeedRow } from './feed-format.rules';
import { feedDocumentSchema } from './feed.schemas';

const ORIGIN = 'https://shop.example';
let t: TestDatabase;
let marketplace: FeedChannel;

async function allRows(channel: FeedChannel, batchSize = 500, at = new Date()): Promise<FeedRow[]> {
  const rows: FeedRow[] = [];
  for await (const batch of feedBatches(t.db, channel, { origin: ORIGIN, at, batchSize })) rows.push(...batch);
  return rows;
}

async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

/** CSV records: CRLF outside quotes ends a record. */
function countCsvRecords(text: string): number {
  let inQuotes = false;
  let records = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') inQuotes = !inQuotes;
    else if (!inQuotes && text[i] === '\r' && text[i + 1] === '\n') records++;
  }
  return records;
}

/** Sellable variants the channel lists for everyone, counted with the one assortment predicate. */
async function expectedVariantCount(channel: FeedChannel): Promise<number> {
  const [row] = await t.db.execute<{ n: number }>(sql`
    select count(*)::int as n from variants v join products p on p.id = v.product_id
    join variant_prices vp on vp.variant_id = v.id and vp.currency = ${channel.currency}
    where v.active and p.status = 'active' and ${assortedSql(productRow('p'), { channelId: channel.id, audienceKeys: [] })}`);
  return Number(row!.n);
}

async function bulkySlugs(): Promise<string[]> {
  const rows = await t.db.execute<{ slug: string }>(
    sql`select slug from products where 'bulky' = any(tags) and status = 'active' order by slug`,
  );
  return rows.map((r) => r.slug);
}

let madeMarketplace: MadeChannel;
let webCode: string;
let b2bCode: string;

/** Every colour in every size: one variant each. */
const matrix = (colors: string[], sizes: string[], price: number): VariantOverrides[] =>
  colors.flatMap((color) => sizes.map((size) => ({ options: { color, size }, price })));

beforeAll(async () => {
  t = await createTestDatabase();
  const warehouse = await makeWarehouse(t.db);
  const store = await makeStore(t.db);
  madeMarketplace = await makeChannel(t.db, { kind: 'marketplace', locationIds: [warehouse.id] });
  webCode = (await makeChannel(t.db, { locationIds: [warehouse.id, store.id] })).code;
  b2bCode = (await makeChannel(t.db, { kind: 'b2b', locationIds: [warehouse.id] })).code;
  // Three-level categories; cargo bikes are bulky (the marketplace does not sell them); helmets are on promotion.
  const leaf = async (name: string): Promise<MadeCategory> =>
    (await makeCategoryPath(t.db, [{}, {}, { name }])).at(-1)!;
  const [helmets, cargo, jackets, tents] = [
    await leaf('Helmets'),
    await leaf('Cargo Bikes'),
    await leaf('Rain Jackets'),
    await leaf('Tents'),
  ];
  const brand = await makeBrand(t.db);
  const made: MadeProduct[] = [
    ...(await makeProducts(t.db, 6, (i) => ({
      category: helmets,
      brand,
      variants: matrix(['Black', 'White'], ['M', 'L'], 5_999 + 1_000 * i),
    }))),
    ...(await makeProducts(t.db, 3, () => ({
      category: cargo,
      tags: ['bulky'],
      variants: matrix(['Green', 'Grey'], ['One size'], 399_900),
    }))),
    ...(await makeProducts(t.db, 10, (i) => ({
      category: jackets,
      brand: i % 2 ? brand : null,
      variants: matrix(['Red', 'Blue', 'Yellow'], ['S', 'M', 'L'], 12_990),
    }))),
    ...(await makeProducts(t.db, 20, (i) => ({ category: tents, variants: [{ price: 19_900 + i, gtin: null }] }))),
  ];
  // Not in any feed: an unpriced and an inactive variant, and a draft product.
  await makeProducts(t.db, 1, () => ({ category: tents, variants: [{ price: null }, { active: false }] }));
  await makeProducts(t.db, 1, () => ({ category: tents, status: 'draft' }));
  // Every product has an image, coloured variants one of their colour; half of the variants are in stock.
  for (const [p, product] of made.entries()) {
    await makeMedia(t.db, { productId: product.id, position: 0 });
    const firstOfColour = new Map(product.variants.map((v) => [v.options.color, v]));
    for (const [i, variant] of [...firstOfColour.values()].entries())
      if (variant.options.color)
        await makeMedia(t.db, { productId: product.id, variantId: variant.id, position: i + 1 });
    for (const [v, variant] of product.variants.entries())
      if ((p + v) % 2 === 0) await makeStock(t.db, { variantId: variant.id, locationId: warehouse.id, onHand: 3 });
  }
  await makeAssortmentRule(t.db, { channelId: madeMarketplace.id, effect: 'exclude', target: { tag: 'bulky' } });
  await makePriceList(t.db, {
    name: 'Helmet weeks',
    channelIds: [madeMarketplace.id],
    priority: 20,
    entries: [{ categoryId: helmets.id, kind: 'percent', value: 1500 }],
  });
  marketplace = (await findFeedChannel(t.db, madeMarketplace.code))!;
});
afterAll(() => t.drop());

describe('findFeedChannel', () => {
  it('finds channels by code with their locations, active or not', async () => {
    expect(marketplace).toMatchObject({
      code: madeMarketplace.code,
      kind: 'marketplace',
      currency: 'EUR',
      pricesIncludeVat: true,
      active: true,
    });
    expect(marketplace.locationIds).toEqual(madeMarketplace.locationIds);
    expect((await findFeedChannel(t.db, webCode))?.kind).toBe('online');
    expect(await findFeedChannel(t.db, 'nope')).toBeNull();
  });
});

describe('feed rows', () => {
  it("holds exactly the channel's sellable assortment, never the bulky cargo bikes", async () => {
    const rows = await allRows(marketplace);
    expect(rows.length).toBe(await expectedVariantCount(marketplace));
    expect(rows.length).toBe(6 * 4 + 10 * 9 + 20);
    const bulky = await bulkySlugs();
    expect(bulky.length).toBe(3);
    const groups = new Set(rows.map((r) => r.item_group_id));
    expect(bulky.filter((slug) => groups.has(slug))).toEqual([]);
    // Keyset pagination by SKU: every variant once, in order.
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
  });

  it('fills every field the way Google Merchant wants it', async () => {
    const rows = await allRows(marketplace);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([...FEED_COLUMNS].sort());
      expect(row.link).toBe(`${ORIGIN}/p/${row.item_group_id}?variant=${encodeURIComponent(row.id)}`);
      expect(row.price).toMatch(/^\d+\.\d{2} EUR$/);
      expect(row.condition).toBe('new');
      expect(['in_stock', 'out_of_stock']).toContain(row.availability);
      if (row.image_link !== null) expect(row.image_link.startsWith(`${ORIGIN}/`)).toBe(true);
    }
    expect(rows.every((r) => r.image_link !== null)).toBe(true);
    expect(rows.some((r) => r.availability === 'in_stock')).toBe(true);
    expect(rows.some((r) => r.title.includes(' – '))).toBe(true);
    expect(rows.some((r) => r.product_type.split(' > ').length === 3)).toBe(true);
    expect(rows.some((r) => r.gtin !== null) && rows.some((r) => r.brand !== null)).toBe(true);
  });

  it('matches availability, title, image and category trail of one variant with the catalogue', async () => {
    const [v] = await t.db.execute<{
      sku: string;
      name: string;
      color: string | null;
      image: string;
      path: string;
      available: number;
    }>(sql`
      select v.sku, p.name, v.options->>'color' as color,
        (select m.url from media m where m.product_id = p.id and m.variant_id = v.id order by m.position limit 1) as image, c.path,
        (select coalesce(sum(greatest(sl.on_hand - sl.reserved, 0)), 0)::int from stock_levels sl
          join channel_locations cl on cl.location_id = sl.location_id and cl.channel_id = ${marketplace.id} where sl.variant_id = v.id) as available
      from variants v join products p on p.id = v.product_id join categories c on c.id = p.category_id
      where v.active and p.status = 'active' and c.depth = 3 and v.options ? 'color'
        and exists (select 1 from media m where m.variant_id = v.id)
        and ${assortedSql(productRow('p'), { channelId: marketplace.id, audienceKeys: [] })}
      order by v.sku limit 1`);
    const row = (await allRows(marketplace)).find((r) => r.id === v!.sku)!;
    expect(row.title.startsWith(`${v!.name} – ${v!.color}`)).toBe(true);
    expect(row.image_link).toBe(new URL(v!.image, ORIGIN).href);
    expect(row.product_type.split(' > ')).toHaveLength(3);
    expect(row.availability).toBe(Number(v!.available) > 0 ? 'in_stock' : 'out_of_stock');
  });

  it('reflects an assortment change after the decisions are rebuilt', async () => {
    const bulky = await bulkySlugs();
    const [rule] = await t.db
      .delete(assortmentRules)
      .where(and(eq(assortmentRules.channelId, marketplace.id), eq(assortmentRules.tag, 'bulky')))
      .returning();
    expect(rule).toBeDefined();
    try {
      await rebuildAssortment(t.db, [marketplace.id]);
      const groups = new Set((await allRows(marketplace)).map((r) => r.item_group_id));
      expect(bulky.every((slug) => groups.has(slug))).toBe(true);
    } finally {
      await t.db.insert(assortmentRules).values(rule!);
      await rebuildAssortment(t.db, [marketplace.id]);
    }
    const groups = new Set((await allRows(marketplace)).map((r) => r.item_group_id));
    expect(bulky.some((slug) => groups.has(slug))).toBe(false);
  });
});

describe('feed prices', () => {
  it('shows a reduction by a price list as sale_price with its window', async () => {
    const at = new Date();
    const before = await allRows(marketplace, 1000, at);
    const target = before.find((r) => r.sale_price === null)!;
    const [variant] = await t.db.execute<{ id: string; amount: number }>(sql`
      select v.id, vp.amount from variants v join variant_prices vp on vp.variant_id = v.id and vp.currency = 'EUR' where v.sku = ${target.id}`);
    const base = Number(variant!.amount);
    expect(target.price).toBe(formatFeedMoney(base, 'EUR'));

    const validFrom = new Date(Math.floor(at.getTime() / 1000) * 1000 - 86_400_000);
    const validUntil = new Date(validFrom.getTime() + 10 * 86_400_000);
    const [list] = await t.db
      .insert(priceLists)
      .values({ name: 'Feed test: 10 % off', priority: 100, currency: 'EUR', validFrom, validUntil })
      .returning({ id: priceLists.id });
    await t.db.insert(priceListChannels).values({ priceListId: list!.id, channelId: marketplace.id });
    await t.db.insert(priceListEntries).values({
      priceListId: list!.id,
      targetKind: 'variant',
      variantId: variant!.id,
      adjustmentKind: 'percent',
      value: 1000,
    });
    try {
      const row = (await allRows(marketplace, 1000, at)).find((r) => r.id === target.id)!;
      expect(row.price).toBe(formatFeedMoney(base, 'EUR'));
      expect(row.sale_price).toBe(formatFeedMoney(base - Math.floor((base * 1000 + 5000) / 10_000), 'EUR'));
      const iso = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;
      expect(row.sale_price_effective_date).toBe(`${iso(validFrom)}/${iso(validUntil)}`);
    } finally {
      await t.db.delete(priceLists).where(eq(priceLists.id, list!.id));
    }
  });

  it('shows an open-ended promotion without an effective date', async () => {
    const rows = await allRows(marketplace);
    const helmets = rows.filter((r) => r.product_type.endsWith('Helmets'));
    const reduced = helmets.filter((h) => h.sale_price !== null);
    expect(helmets.length).toBe(24);
    expect(reduced.length).toBe(helmets.length);
    for (const helmet of reduced) {
      expect(helmet.sale_price_effective_date).toBeNull();
      const cents = (s: string) => Number(s.replace(/\D/g, ''));
      expect(cents(helmet.sale_price!)).toBeLessThan(cents(helmet.price));
    }
  });
});

describe('feed prices with VAT', () => {
  it('are gross even for a channel that shows net prices', async () => {
    const b2b = (await findFeedChannel(t.db, b2bCode))!;
    expect(b2b.pricesIncludeVat).toBe(false);
    const batch = (await feedBatches(t.db, b2b, { origin: ORIGIN, at: new Date(), batchSize: 50 }).next()).value;
    expect(batch?.length).toBe(50);
    const gross = await t.db.execute<{ sku: string; amount: number }>(sql`
      select v.sku, vp.amount from variants v join variant_prices vp on vp.variant_id = v.id and vp.currency = 'EUR' where v.sku in ${batch!.map((r) => r.id)}`);
    const bySku = new Map(gross.map((g) => [g.sku, Number(g.amount)]));
    for (const row of batch!) expect(row.price).toBe(formatFeedMoney(bySku.get(row.id)!, 'EUR'));
  });
});

describe('statements per batch', () => {
  it('reads each batch in a bounded number of statements, whatever the batch size', async () => {
    for (const batchSize of [50, 100]) {
      t.queries.length = 0;
      const perBatch: number[] = [];
      let seen = 0;
      for await (const batch of feedBatches(t.db, marketplace, { origin: ORIGIN, at: new Date(), batchSize })) {
        expect(batch.length).toBeLessThanOrEqual(batchSize);
        perBatch.push(t.queries.length - seen);
        seen = t.queries.length;
      }
      // The first batch also loads the category names and option order once for the feed.
      expect(perBatch[0]).toBeLessThanOrEqual(5);
      expect(perBatch.length).toBeGreaterThan(1);
      expect(Math.max(...perBatch.slice(1))).toBeLessThanOrEqual(3);
      expect(perBatch.length).toBe(Math.ceil((await expectedVariantCount(marketplace)) / batchSize));
    }
  });
});

describe('feed stream', () => {
  it('streams CSV: header, one CRLF record per variant', async () => {
    const expected = await expectedVariantCount(marketplace);
    const text = await readText(
      feedStream(t.db, marketplace, 'csv', { origin: ORIGIN, at: new Date(), batchSize: 70 }),
    );
    expect(text.startsWith(`${FEED_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(countCsvRecords(text)).toBe(expected + 1);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('streams one valid JSON document', async () => {
    const at = new Date();
    const doc = feedDocumentSchema.parse(
      JSON.parse(await readText(feedStream(t.db, marketplace, 'json', { origin: ORIGIN, at, batchSize: 70 }))),
    );
    expect(doc.channel).toBe(madeMarketplace.code);
    expect(doc.generatedAt).toBe(at.toISOString());
    expect(doc.items.length).toBe(await expectedVariantCount(marketplace));
  });

  it('stops reading the database when the reader cancels', async () => {
    const reader = feedStream(t.db, marketplace, 'csv', { origin: ORIGIN, at: new Date(), batchSize: 30 }).getReader();
    await reader.read(); // header
    await reader.read(); // first batch
    await reader.cancel();
    const after = t.queries.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(t.queries.length - after).toBeLessThanOrEqual(3);
  });

  it('is empty for an inactive channel', async () => {
    await t.db.update(channels).set({ active: false }).where(eq(channels.id, marketplace.id));
    try {
      const inactive = (await findFeedChannel(t.db, madeMarketplace.code))!;
      expect(inactive.active).toBe(false);
      expect(await allRows(inactive)).toEqual([]);
      expect(await readText(feedStream(t.db, inactive, 'csv', { origin: ORIGIN, at: new Date() }))).toBe(
        `${FEED_COLUMNS.join(',')}\r\n`,
      );
      expect(
        JSON.parse(await readText(feedStream(t.db, inactive, 'json', { origin: ORIGIN, at: new Date() }))),
      ).toMatchObject({ channel: madeMarketplace.code, items: [] });
    } finally {
      await t.db.update(channels).set({ active: true }).where(eq(channels.id, marketplace.id));
    }
  });
});
