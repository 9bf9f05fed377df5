// The relevance table (issue 13): queries people type, in English and German, with typos, synonyms,
// compounds, brands, SKUs and EANs, and what must come first. Its own catalogue with German
// translations and its own synonym groups, so it depends on neither the demo seed nor its synonyms.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categories, products } from '@/db/schema';
import { productListQuery } from '@/lib/catalog/catalog.schemas';
import { listProducts } from '@/lib/catalog/product-listing.reads';
import { findActiveChannel, type ChannelContext } from '@/lib/channels/channels.reads';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import {
  actorOf,
  makeBrand,
  makeCategory,
  makeChannel,
  makeCustomer,
  makeMedia,
  makeMerchandiser,
  makeProduct,
  makeStore,
  type MadeCategory,
  type MadeProduct,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import { listSearchSuggestions } from './search-suggestions.reads';
import { findCorrectedQuery } from './search.reads';
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from './synonyms.writes';

let t: TestDatabase;
let web: ChannelContext;
let merchandiser: Actor;
const made: Record<string, MadeProduct> = {};

async function category(name: string, de: string, parent?: MadeCategory) {
  const row = await makeCategory(t.db, { name, parent });
  await t.db
    .update(categories)
    .set({ translations: { de: { name: de } } })
    .where(eq(categories.id, row.id));
  return row;
}

async function product(
  key: string,
  spec: {
    name: string;
    de: string;
    category: MadeCategory;
    brand?: { id: string };
    description?: string;
    sku?: string;
  },
) {
  made[key] = await makeProduct(t.db, {
    name: spec.name,
    category: spec.category,
    brand: spec.brand as never,
    description: spec.description ?? '',
    variants: [{ sku: spec.sku, price: 19_900 }],
  });
  await t.db
    .update(products)
    .set({ translations: { de: { name: spec.de } } })
    .where(eq(products.id, made[key]!.id));
}

beforeAll(async () => {
  t = await createTestDatabase();
  const store = await makeStore(t.db);
  web = (await findActiveChannel(t.db, (await makeChannel(t.db, { locationIds: [store.id] })).code))!;
  merchandiser = await actorOf(t.db, await makeMerchandiser(t.db));

  const bikes = await category('Bikes', 'Fahrräder');
  const trekkingBikes = await category('Trekking Bikes', 'Trekkingräder', bikes);
  const mountainBikes = await category('Mountain Bikes', 'Mountainbikes', bikes);
  const kidsBikes = await category('Kids’ Bikes', 'Kinderräder', bikes);
  const locks = await category('Locks', 'Schlösser');
  const tents = await category('Tents', 'Zelte');
  const shoes = await category('Shoes', 'Schuhe');
  const boots = await category('Trekking Boots', 'Trekkingschuhe', shoes);
  const helmets = await category('Helmets', 'Helme');
  const lights = await category('Lights', 'Beleuchtung');
  const havelrad = await makeBrand(t.db, { name: 'Havelrad' });
  const nordwand = await makeBrand(t.db, { name: 'Nordwand Outdoor' });
  const lumara = await makeBrand(t.db, { name: 'Lumara' });
  const riegelhaus = await makeBrand(t.db, { name: 'Riegelhaus' });
  // German spellings: ß or ss, ü or ue or u (the brand is written with ue in the catalogue).
  const tools = await category('Tools', 'Werkzeug');
  const spokeKeys = await category('Spoke Keys', 'Speichenschlüssel', tools);
  const rainwear = await category('Rainwear', 'Regenbekleidung');
  const tyres = await category('Road Tyres', 'Straßenreifen');
  const gruenwald = await makeBrand(t.db, { name: 'Gruenwald' });

  await product('kinzig', {
    name: 'Kinzig 7 Trekking',
    de: 'Kinzig 7 Trekkingrad',
    category: trekkingBikes,
    brand: havelrad,
    description: 'A touring bike with rack, lights and mudguards.',
    sku: 'RT-004711-BK',
  });
  await product('boot', {
    name: 'Alb Trekking Boot',
    de: 'Alb Trekkingschuh',
    category: boots,
    brand: nordwand,
    description: 'A waterproof boot for long trekking tours; also fine on a bike.',
  });
  await product('brenta', {
    name: 'Brenta FS 7',
    de: 'Brenta FS 7 Vollgefedert',
    category: mountainBikes,
    brand: havelrad,
    description: 'Full suspension for technical trails.',
  });
  await product('oder', { name: 'Oder 20 Kids Bike', de: 'Oder 20 Kinderfahrrad', category: kidsBikes });
  await product('bastion', {
    name: 'Bastion U-Lock',
    de: 'Bastion Bügelschloss',
    category: locks,
    brand: riegelhaus,
    description: 'Hardened steel for your bicycle.',
  });
  await product('riegel', {
    name: 'Riegel Chain Lock',
    de: 'Riegel Kettenschloss',
    category: locks,
    brand: riegelhaus,
  });
  await product('fjell', { name: 'Fjell 3 Tunnel Tent', de: 'Fjell 3 Tunnelzelt', category: tents, brand: nordwand });
  await product('boreas', {
    name: 'Boreas Road Helmet',
    de: 'Boreas Rennradhelm',
    category: helmets,
    description: 'A light helmet for road bikes.',
  });
  await product('fackel', { name: 'Fackel Rear Light', de: 'Fackel Rücklicht', category: lights, brand: lumara });
  await product('leuchtturm', {
    name: 'Leuchtturm Front Light',
    de: 'Leuchtturm Frontlicht',
    category: lights,
    brand: lumara,
  });
  await product('spokekey', {
    name: 'Spanner Spoke Key',
    de: 'Spanner Schlüssel für Speichen',
    category: spokeKeys,
    brand: gruenwald,
  });
  await product('cape', { name: 'Rain Cape XL', de: 'Regencape in großer Größe', category: rainwear });
  await product('asfalto', { name: 'Asfalto Road Tyre', de: 'Asfalto Reifen für die Straße', category: tyres });
  await makeMedia(t.db, { productId: made.kinzig!.id, url: '/media/kinzig.svg', alt: 'Kinzig 7' });

  for (const terms of [
    ['bicycle', 'bike', 'fahrrad', 'rad'],
    ['lock', 'schloss'],
    ['tent', 'zelt'],
    ['helmet', 'helm'],
    ['mountain bike', 'mtb'],
  ])
    await createSynonymGroup(t.db, merchandiser, { terms });
});

afterAll(async () => {
  await t?.drop();
});

const search = async (q: string) =>
  listProducts(t.db, web, { ...productListQuery.parse({ q }), page: 1, pageSize: 10 });

const BIKES = ['kinzig', 'brenta', 'oder'];
const LOCKS = ['bastion', 'riegel'];
const LIGHTS = ['fackel', 'leuchtturm'];

type Row = { q: string; top: string | string[]; note: string };
const TABLE: Row[] = [
  { q: 'trekking bike', top: 'kinzig', note: 'name and category outrank a description (the boot)' },
  { q: 'trekking boot', top: 'boot', note: 'name' },
  { q: 'trekking bkie', top: 'kinzig', note: 'typo' },
  { q: 'bicycle', top: BIKES, note: 'synonym' },
  { q: 'bycicle', top: BIKES, note: 'typo of a synonym' },
  { q: 'bike', top: BIKES, note: 'name and category' },
  { q: 'Fahrrad', top: BIKES, note: 'German synonym' },
  { q: 'Fahrad', top: BIKES, note: 'German typo' },
  { q: 'Rad', top: BIKES, note: 'short German synonym' },
  { q: 'Fahrräder', top: BIKES, note: 'German category name' },
  { q: 'helmet', top: 'boreas', note: 'name' },
  { q: 'helmt', top: 'boreas', note: 'typo' },
  { q: 'Helm', top: 'boreas', note: 'German synonym, compound head (Rennradhelm)' },
  { q: 'Fahrradhelm', top: 'boreas', note: 'German compound of two synonyms' },
  { q: 'tent', top: 'fjell', note: 'name' },
  { q: 'tennt', top: 'fjell', note: 'typo' },
  { q: 'Zelt', top: 'fjell', note: 'German synonym and compound head (Tunnelzelt)' },
  { q: 'Zelte', top: 'fjell', note: 'German category name' },
  { q: 'Tunnelzelt', top: 'fjell', note: 'German name' },
  { q: 'the tent', top: 'fjell', note: 'stop word' },
  { q: 'Schloss', top: LOCKS, note: 'German synonym and compound head' },
  { q: 'Fahrradschloss', top: LOCKS, note: 'German compound' },
  { q: 'Kettenschloss', top: 'riegel', note: 'German name' },
  { q: 'Bügelschloss', top: 'bastion', note: 'German name' },
  { q: 'bugelschloss', top: 'bastion', note: 'German name without umlaut' },
  { q: 'u-lock', top: 'bastion', note: 'hyphenated name' },
  { q: 'chain lock', top: 'riegel', note: 'name' },
  { q: 'lock', top: LOCKS, note: 'name and category' },
  { q: 'mountainbike', top: 'brenta', note: 'compound of an English phrase' },
  { q: 'Mountainbike', top: 'brenta', note: 'German spelling, category translation' },
  { q: 'mountain bike', top: 'brenta', note: 'category name' },
  { q: 'mtb', top: 'brenta', note: 'phrase synonym' },
  { q: 'mountian bike', top: 'brenta', note: 'transposition typo' },
  { q: 'kids bike', top: 'oder', note: 'name' },
  { q: 'Kinderfahrrad', top: 'oder', note: 'German name' },
  { q: 'Kinderräder', top: 'oder', note: 'German category name' },
  { q: 'rear light', top: 'fackel', note: 'name' },
  { q: 'Rücklicht', top: 'fackel', note: 'German name' },
  { q: 'rucklicht', top: 'fackel', note: 'German name without umlaut' },
  { q: 'Licht', top: LIGHTS, note: 'German compound head' },
  { q: 'Beleuchtung', top: LIGHTS, note: 'German category name' },
  { q: 'Lumara', top: LIGHTS, note: 'brand' },
  { q: 'Lumra', top: LIGHTS, note: 'brand with a typo' },
  { q: 'Havelrad', top: ['kinzig', 'brenta'], note: 'brand' },
  { q: 'havelrad brenta', top: 'brenta', note: 'brand and name' },
  { q: 'Riegelhaus', top: LOCKS, note: 'brand' },
  { q: 'nordwand tent', top: 'fjell', note: 'brand and name' },
  { q: 'Trekkingrad', top: 'kinzig', note: 'German name' },
  { q: 'Vollgefedert', top: 'brenta', note: 'German name word' },
  { q: 'Schuhe', top: 'boot', note: 'German parent category' },
  { q: 'Straße', top: 'asfalto', note: 'German name with ß' },
  { q: 'Strasse', top: 'asfalto', note: 'ß written ss' },
  { q: 'Strassenreifen', top: 'asfalto', note: 'German category name, ß written ss' },
  { q: 'Schlüssel', top: 'spokekey', note: 'German name with ü' },
  { q: 'Schluessel', top: 'spokekey', note: 'ü written ue' },
  { q: 'Schlussel', top: 'spokekey', note: 'ü written u' },
  { q: 'Speichenschluessel', top: 'spokekey', note: 'German category name, ü written ue' },
  { q: 'Größe', top: 'cape', note: 'German name with ö and ß' },
  { q: 'Grosse', top: 'cape', note: 'ö written o, ß written ss' },
  { q: 'Groesse', top: 'cape', note: 'ö written oe, ß written ss' },
  { q: 'Grünwald', top: 'spokekey', note: 'brand spelt with ue, typed with ü' },
  { q: 'Grunwald', top: 'spokekey', note: 'brand spelt with ue, typed with u' },
  { q: 'RT-004711-BK', top: 'kinzig', note: 'SKU' },
  { q: 'rt-004711', top: 'kinzig', note: 'SKU prefix, lower case' },
];

describe('search relevance table', () => {
  it('has at least 40 queries', () => expect(TABLE.length).toBeGreaterThanOrEqual(40));

  it.each(TABLE)('$q -> $top ($note)', async ({ q, top }) => {
    const page = await search(q);
    const expected = [top].flat().map((key) => made[key]!.id);
    expect(page.total, `${q} found nothing`).toBeGreaterThan(0);
    expect(expected, `${q} first: ${page.items[0]?.name}`).toContain(page.items[0]!.id);
  });

  it('finds a product by the EAN of a variant', async () => {
    const page = await search(made.brenta!.variants[0]!.gtin!);
    expect(page.items[0]?.id).toBe(made.brenta!.id);
  });

  it('finds nothing for a word that matches nothing, and offers no correction then', async () => {
    expect((await search('xylophon')).total).toBe(0);
    expect(await findCorrectedQuery(t.db, 'xylophon')).toBeNull();
  });

  it('offers "did you mean" for a word one edit further off than the search corrects by itself', async () => {
    expect((await search('borreasss')).total).toBe(0);
    expect(await findCorrectedQuery(t.db, 'borreasss')).toBe('boreas');
  });
});

describe('synonyms apply at once', () => {
  it('finds products by a new group from the next search on, and stops when it is changed or deleted', async () => {
    expect((await search('Velo')).total).toBe(0);
    const id = await createSynonymGroup(t.db, merchandiser, { terms: ['velo', 'tunnel tent'] });
    expect((await search('Velo')).items[0]?.id).toBe(made.fjell!.id);
    await updateSynonymGroup(t.db, merchandiser, id, { terms: ['velo', 'kids bike'] });
    expect((await search('Velo')).items[0]?.id).toBe(made.oder!.id);
    await deleteSynonymGroup(t.db, merchandiser, id);
    expect((await search('Velo')).total).toBe(0);
    const audit = await t.db.execute<{ action: string }>(
      sql`select action from audit_log where entity_id = ${id} order by id`,
    );
    expect(audit.map((r) => r.action)).toEqual([
      'search.synonyms.create',
      'search.synonyms.update',
      'search.synonyms.delete',
    ]);
    // The rebuild dropped the deleted group's word from the dictionary.
    const [term] = await t.db.execute(sql`select 1 from search_terms where term = 'velo'`);
    expect(term).toBeUndefined();
  });

  it('refuses a customer', async () => {
    const customer = await actorOf(t.db, await makeCustomer(t.db));
    await expect(createSynonymGroup(t.db, customer, { terms: ['a', 'b'] })).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });
});

describe('the dictionary and vectors follow the catalogue', () => {
  it('finds a renamed product and its new German name, with a typo', async () => {
    const fresh = await makeProduct(t.db, { name: 'Plain Widget', category: made.fjell!.category });
    await t.db
      .update(products)
      .set({ translations: { de: { name: 'Kuppelzelt Sommerwind' } } })
      .where(eq(products.id, fresh.id));
    expect((await search('Sommerwnd')).items[0]?.id).toBe(fresh.id);
    expect((await search('Kuppelzelt')).items[0]?.id).toBe(fresh.id);
  });

  it('renews product vectors when a category is renamed', async () => {
    await t.db
      .update(categories)
      .set({ translations: { de: { name: 'Leuchten' } } })
      .where(eq(categories.id, made.fackel!.category.id));
    const page = await search('Leuchten');
    expect(page.items.map((i) => i.id).sort()).toEqual([made.fackel!.id, made.leuchtturm!.id].sort());
  });
});

describe('suggestions while typing', () => {
  const assortment = () => ({ channelId: web.id, audienceKeys: [] as string[] });

  it('offers products with image and price, categories and brands in the language asked for', async () => {
    const found = await listSearchSuggestions(t.db, web, { q: 'Trekk', locale: 'de', assortment: assortment() });
    expect(found.products.map((p) => p.name)).toContain('Kinzig 7 Trekkingrad');
    const kinzig = found.products.find((p) => p.id === made.kinzig!.id)!;
    expect(kinzig.image?.url).toBe('/media/kinzig.svg');
    expect(kinzig.price).toEqual({ amount: 19_900, currency: web.currency });
    expect(found.categories.map((c) => c.name)).toEqual(expect.arrayContaining(['Trekkingräder', 'Trekkingschuhe']));
  });

  it('completes the last word, corrects typos and names brands', async () => {
    const found = await listSearchSuggestions(t.db, web, { q: 'havel', locale: 'en', assortment: assortment() });
    expect(found.brands.map((b) => b.name)).toEqual(['Havelrad']);
    const typo = await listSearchSuggestions(t.db, web, { q: 'Fahrad', locale: 'en', assortment: assortment() });
    expect(typo.categories.map((c) => c.name)).toContain('Bikes');
    expect(BIKES.map((k) => made[k]!.id)).toContain(typo.products[0]?.id);
  });

  it('completes a word through the dictionary and its synonyms ("fahr" -> Fahrrad -> bikes)', async () => {
    const found = await listSearchSuggestions(t.db, web, { q: 'fahr', locale: 'en', assortment: assortment() });
    expect(BIKES.map((k) => made[k]!.id)).toContain(found.products[0]?.id);
    expect(found.categories.map((c) => c.name)).toContain('Bikes');
  });

  it.each([
    ['schlue', 'spokekey', 'ü written ue, half typed'],
    ['schlü', 'spokekey', 'with ü'],
    ['grös', 'cape', 'ö with ß to come'],
    ['groes', 'cape', 'ö written oe'],
    ['strasse', 'asfalto', 'ß written ss'],
  ])('suggests %s -> %s (%s)', async (q, key) => {
    const found = await listSearchSuggestions(t.db, web, { q, locale: 'de', assortment: assortment() });
    expect(found.products.map((p) => p.id)).toContain(made[key]!.id);
  });

  it('suggests categories and brands whatever the German spelling', async () => {
    const suggest = (q: string) => listSearchSuggestions(t.db, web, { q, locale: 'de', assortment: assortment() });
    expect((await suggest('Schluessel')).categories.map((c) => c.name)).toContain('Speichenschlüssel');
    expect((await suggest('Strassenr')).categories.map((c) => c.name)).toContain('Straßenreifen');
    expect((await suggest('grün')).brands.map((b) => b.name)).toEqual(['Gruenwald']);
  });

  it('answers an empty query with nothing', async () => {
    const found = await listSearchSuggestions(t.db, web, { q: ' - ', locale: 'en', assortment: assortment() });
    expect(found).toEqual({ products: [], categories: [], brands: [] });
  });
});
