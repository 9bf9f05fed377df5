// Localized catalogue reads (listing, facets, product detail, category tree, cart, feeds) with their
// fallback to the catalogue language, and the translation writes: admin saves and the CSV import.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributes, auditLog, categories, media, optionTypes, productAttributes, products } from '@/db/schema';
import { getCartView } from '@/lib/cart/cart.reads';
import { findFeedBatch, loadFeedReference } from '@/lib/feeds/feed.reads';
import { ANONYMOUS_AUDIENCE } from '@/lib/pricing/prices.reads';
import {
  makeAdmin,
  actorOf,
  makeCart,
  makeCategory,
  makeCategoryPath,
  makeChannel,
  makeMedia,
  makeProduct,
  makeStore,
  type MadeChannel,
  type MadeProduct,
} from '@/lib/testing/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/test-database';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { AppError } from '@/lib/platform/errors';
import { listTranslationRows } from './catalog-translations.reads';
import { importTranslations, saveCategoryTranslation, saveProductTranslation } from './catalog-translations.writes';
import { listCategoryTree } from './categories.reads';
import { findProductDetail } from './product-detail.reads';
import { listFacets, listProducts } from './product-listing.reads';
import { nameSortSql, translatedSql } from './translated-sql.reads';

let t: TestDatabase;
let web: MadeChannel;
let marketplace: MadeChannel;
let admin: Actor;
let bike: MadeProduct;
let tent: MadeProduct;
let helmet: MadeProduct;
let path: string[];

const query = { brand: [], color: [], size: [], inStock: false, page: 1, pageSize: 24 };

beforeAll(async () => {
  t = await createTestDatabase();
  const store = await makeStore(t.db);
  web = await makeChannel(t.db, { locationIds: [store.id] });
  marketplace = await makeChannel(t.db, { kind: 'marketplace', locale: 'de', locationIds: [store.id] });
  admin = await actorOf(t.db, await makeAdmin(t.db));
  const trail = await makeCategoryPath(t.db, [{ name: 'Bikes' }, { name: 'Trekking Bikes' }]);
  path = trail.map((c) => c.path);
  const leaf = trail.at(-1)!;
  await t.db
    .update(categories)
    .set({ translations: { de: { name: 'Fahrräder', description: 'Alle Räder.' } } })
    .where(eq(categories.id, trail[0]!.id));
  await t.db
    .update(categories)
    .set({ translations: { de: { name: 'Trekkingräder' } } })
    .where(eq(categories.id, leaf.id));
  // Names chosen so that the German order differs from the English one.
  bike = await makeProduct(t.db, {
    category: leaf,
    name: 'Alpha Trekking Bike',
    description: 'A bike for tours.',
    variants: [
      { options: { color: 'Midnight Blue', size: 'M' }, price: 99_900 },
      { options: { color: 'Black', size: 'L' }, price: 99_900 },
    ],
  });
  tent = await makeProduct(t.db, { category: leaf, name: 'Beta Tent', variants: [{ price: 19_900 }] });
  helmet = await makeProduct(t.db, { category: leaf, name: 'Gamma Helmet', variants: [{ price: 4_900 }] });
  await t.db
    .update(products)
    .set({ translations: { de: { name: 'Zelt Beta', description: 'Ein Zelt.' } } })
    .where(eq(products.id, tent.id));
  await t.db
    .update(products)
    .set({ translations: { de: { name: 'Trekkingrad Alpha', description: 'Ein Rad für Touren.' } } })
    .where(eq(products.id, bike.id));
  await t.db
    .update(optionTypes)
    .set({ name: 'Colour', translations: { de: { name: 'Farbe', values: { 'Midnight Blue': 'Mitternachtsblau' } } } })
    .where(eq(optionTypes.code, 'color'));
  await t.db
    .insert(attributes)
    .values({ code: 'material', name: 'Material', translations: { de: { name: 'Werkstoff' } } });
  await t.db.insert(productAttributes).values({
    productId: bike.id,
    attributeCode: 'material',
    value: 'Steel',
    translations: { de: { value: 'Stahl' } },
  });
  const image = await makeMedia(t.db, { productId: bike.id, alt: 'Trekking bike in blue', position: 0 });
  await t.db
    .update(media)
    .set({ translations: { de: { alt: 'Trekkingrad in Blau' } } })
    .where(eq(media.id, image.id));
});
afterAll(() => t.drop());

describe('localized reads', () => {
  it('lists names and image texts in German, falls back to English, and sorts by the German name', async () => {
    const de = await listProducts(t.db, web, { ...query, category: path.at(-1), sort: 'name', locale: 'de' });
    expect(de.items.map((i) => i.name)).toEqual(['Gamma Helmet', 'Trekkingrad Alpha', 'Zelt Beta']);
    expect(de.items.find((i) => i.id === bike.id)!.image?.alt).toBe('Trekkingrad in Blau');
    const en = await listProducts(t.db, web, { ...query, category: path.at(-1), sort: 'name', locale: 'en' });
    expect(en.items.map((i) => i.name)).toEqual(['Alpha Trekking Bike', 'Beta Tent', 'Gamma Helmet']);
    expect(en.items.find((i) => i.id === bike.id)!.image?.alt).toBe('Trekking bike in blue');
  });

  it('filters by the canonical colour value and labels it in German', async () => {
    const facets = await listFacets(t.db, {
      assortment: { channelId: web.id, audienceKeys: [] },
      categoryPath: path.at(-1),
      locale: 'de',
    });
    expect(facets.colors).toEqual(
      expect.arrayContaining([
        { value: 'Midnight Blue', label: 'Mitternachtsblau', count: 1 },
        { value: 'Black', label: 'Black', count: 1 },
      ]),
    );
    const filtered = await listProducts(t.db, web, { ...query, color: ['Midnight Blue'], locale: 'de' });
    expect(filtered.items.map((i) => i.name)).toEqual(['Trekkingrad Alpha']);
  });

  it('answers the product page in German: texts, breadcrumb, attributes, option names and value labels', async () => {
    const detail = await findProductDetail(t.db, web, bike.slug, ANONYMOUS_AUDIENCE, undefined, 'de');
    expect(detail).toMatchObject({
      name: 'Trekkingrad Alpha',
      description: 'Ein Rad für Touren.',
      category: { name: 'Trekkingräder' },
      attributes: [{ code: 'material', name: 'Werkstoff', value: 'Stahl' }],
      images: [{ alt: 'Trekkingrad in Blau' }],
    });
    expect(detail!.breadcrumb.map((c) => c.name)).toEqual(['Fahrräder', 'Trekkingräder']);
    const colour = detail!.options.find((o) => o.code === 'color')!;
    expect(colour).toMatchObject({ name: 'Farbe', values: ['Midnight Blue', 'Black'] });
    expect(colour.labels).toEqual({ 'Midnight Blue': 'Mitternachtsblau', Black: 'Black' });
    // Variants keep the canonical values, so links and filters work in every language.
    expect(detail!.variants[0]!.options.color).toBe('Midnight Blue');

    const english = await findProductDetail(t.db, web, bike.slug);
    expect(english).toMatchObject({ name: 'Alpha Trekking Bike', category: { name: 'Trekking Bikes' } });
    expect(english!.options.find((o) => o.code === 'color')!.name).toBe('Colour');
  });

  it('falls back to English for a product without German', async () => {
    const detail = await findProductDetail(t.db, web, helmet.slug, ANONYMOUS_AUDIENCE, undefined, 'de');
    expect(detail!.name).toBe('Gamma Helmet');
  });

  it('builds the category tree in German', async () => {
    const tree = await listCategoryTree(t.db, 'de');
    const root = tree.find((n) => n.path === path[0])!;
    expect(root).toMatchObject({ name: 'Fahrräder', description: 'Alle Räder.' });
    expect(root.children[0]!.name).toBe('Trekkingräder');
    const english = await listCategoryTree(t.db);
    expect(english.find((n) => n.path === path[0])!.name).toBe('Bikes');
  });

  it('names cart lines and their options in the shopper’s language', async () => {
    const cart = await makeCart(t.db, { channelId: web.id, lines: [{ variantId: bike.variants[0]!.id, quantity: 1 }] });
    const view = await getCartView(t.db, cart.id, ANONYMOUS_AUDIENCE, web, null, undefined, 'de');
    expect(view!.lines[0]).toMatchObject({
      productName: 'Trekkingrad Alpha',
      options: expect.arrayContaining([{ name: 'Farbe', value: 'Mitternachtsblau' }]),
    });
    const english = await getCartView(t.db, cart.id, ANONYMOUS_AUDIENCE, web, null);
    expect(english!.lines[0]!.productName).toBe('Alpha Trekking Bike');
  });

  it('writes a feed in its channel’s language', async () => {
    const feedChannel = { ...marketplace, active: true };
    const reference = await loadFeedReference(t.db, 'de');
    const { rows } = await findFeedBatch(t.db, feedChannel, reference, {
      origin: 'https://shop.example',
      at: new Date(),
      after: null,
      limit: 100,
    });
    const row = rows.find((r) => r.id === bike.variants[0]!.sku)!;
    expect(row.title).toContain('Trekkingrad Alpha');
    expect(row.title).toContain('Mitternachtsblau');
    expect(row.description).toBe('Ein Rad für Touren.');
    expect(row.product_type).toBe('Fahrräder > Trekkingräder');
  });

  it('sorts names with umlauts and accents among their letters, in German and in the catalogue language', async () => {
    const shelf = await makeCategory(t.db);
    const names: Array<[string, string]> = [
      ['Zip Ties', 'Zange'],
      ['Éclair Bell', 'Übersetzung'],
      ['Oil Can', 'Ölkanne'],
      ['Arm Warmers', 'Ärmlinge'],
      ['Axle', 'Achse'],
      ['Derailleur', 'Umwerfer'],
    ];
    for (const [name, de] of names) {
      const made = await makeProduct(t.db, { category: shelf, name, variants: [{ price: 1_000 }] });
      await t.db
        .update(products)
        .set({ translations: { de: { name: de } } })
        .where(eq(products.id, made.id));
    }
    const sorted = async (locale: 'de' | 'en') =>
      (await listProducts(t.db, web, { ...query, category: shelf.path, sort: 'name', locale })).items.map(
        (i) => i.name,
      );
    // The database's C collation would put Ä, Ö and Ü after Z.
    expect(await sorted('de')).toEqual(['Achse', 'Ärmlinge', 'Ölkanne', 'Übersetzung', 'Umwerfer', 'Zange']);
    expect(await sorted('en')).toEqual(['Arm Warmers', 'Axle', 'Derailleur', 'Éclair Bell', 'Oil Can', 'Zip Ties']);
  });

  it.each([
    ['de', 'products_listing_name_de_idx'],
    ['en', 'products_listing_name_idx'],
  ] as const)('sorts %s names on their index', async (locale, index) => {
    const byName = nameSortSql(translatedSql(sql`p.name`, sql`p.translations`, 'name', locale));
    const plan = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_sort = off`);
      return tx.execute<{ 'QUERY PLAN': string }>(sql`explain select p.id from products p where p.status = 'active'
        order by ${byName}, p.id limit 24`);
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain(index);
  });
});

describe('translation writes', () => {
  it('saves a product translation, audited, and clears a field left empty', async () => {
    const result = await saveProductTranslation(t.db, admin, {
      productId: helmet.id,
      locale: 'de',
      name: ' Helm Gamma ',
      description: '',
    });
    expect(result).toEqual({ changed: true });
    const [row] = await t.db.select({ tr: products.translations }).from(products).where(eq(products.id, helmet.id));
    expect(row!.tr).toEqual({ de: { name: 'Helm Gamma' } });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, helmet.id));
    expect(entry).toMatchObject({ action: 'product.translation_saved', after: { locale: 'de', name: 'Helm Gamma' } });
    expect(
      await saveProductTranslation(t.db, admin, {
        productId: helmet.id,
        locale: 'de',
        name: 'Helm Gamma',
        description: '',
      }),
    ).toEqual({ changed: false });
  });

  it('refuses unknown categories and callers without catalogue rights', async () => {
    await expect(
      saveCategoryTranslation(t.db, admin, {
        categoryId: '00000000-0000-4000-8000-000000000000',
        locale: 'de',
        name: 'x',
        description: '',
      }),
    ).rejects.toMatchObject({ code: 'category.not_found' });
    await expect(
      saveProductTranslation(t.db, null, { productId: helmet.id, locale: 'de', name: 'x', description: '' }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('exports every text and imports the edited file', async () => {
    const rows = await listTranslationRows(t.db, admin, 'de');
    expect(rows).toEqual(
      expect.arrayContaining([
        { type: 'product', key: tent.slug, field: 'name', source: 'Beta Tent', text: 'Zelt Beta' },
        {
          type: 'option_value',
          key: 'color:Midnight Blue',
          field: 'label',
          source: 'Midnight Blue',
          text: 'Mitternachtsblau',
        },
        { type: 'option_value', key: 'color:Black', field: 'label', source: 'Black', text: '' },
        { type: 'product_attribute', key: `${bike.slug}:material`, field: 'value', source: 'Steel', text: 'Stahl' },
        {
          type: 'media',
          key: `${bike.slug}:0`,
          field: 'alt',
          source: 'Trekking bike in blue',
          text: 'Trekkingrad in Blau',
        },
      ]),
    );
    const csv = [
      'type,key,field,source,de',
      `product,${tent.slug},name,Beta Tent,Zelt Beta Pro`,
      `product,${tent.slug},description,,`,
      'option_value,color:Black,label,Black,Schwarz',
      'option,color,name,Colour,Farbe',
      `category,${path[0]},name,Bikes,Räder`,
      'attribute,material,name,Material,Material',
      `product_attribute,${bike.slug}:material,value,Steel,Stahl (Cr-Mo)`,
      `media,${bike.slug}:0,alt,,"Trekkingrad, blau"`,
    ].join('\r\n');
    expect(await importTranslations(t.db, admin, 'de', csv)).toEqual({ imported: 8 });
    const [tentRow] = await t.db.select({ tr: products.translations }).from(products).where(eq(products.id, tent.id));
    expect(tentRow!.tr).toEqual({ de: { name: 'Zelt Beta Pro' } });
    const [colour] = await t.db
      .select({ tr: optionTypes.translations })
      .from(optionTypes)
      .where(eq(optionTypes.code, 'color'));
    expect(colour!.tr).toEqual({
      de: { name: 'Farbe', values: { 'Midnight Blue': 'Mitternachtsblau', Black: 'Schwarz' } },
    });
    const detail = await findProductDetail(t.db, web, bike.slug, ANONYMOUS_AUDIENCE, undefined, 'de');
    expect(detail).toMatchObject({
      breadcrumb: [{ name: 'Räder' }, { name: 'Trekkingräder' }],
      attributes: [{ name: 'Material', value: 'Stahl (Cr-Mo)' }],
      images: [{ alt: 'Trekkingrad, blau' }],
    });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'catalog.translations_imported'));
    expect(audit).toHaveLength(1);
  });

  it('changes nothing when one line is bad, and names every bad line', async () => {
    const before = await listTranslationRows(t.db, admin, 'de');
    const csv = [
      'type,key,field,source,de',
      `product,${tent.slug},name,,Neuer Name`,
      'product,no-such-product,name,,Nichts',
      'colour,x,name,,Farbe',
      `product,${tent.slug},price,,12`,
      'option_value,color:Mauve,label,,Malve',
      `product,${tent.slug},name,,Doppelt`,
    ].join('\n');
    const error = await importTranslations(t.db, admin, 'de', csv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const issues = (error as AppError).fieldErrors?.csv ?? [];
    expect(issues.map((i) => [i.at?.line, i.code])).toEqual([
      [3, 'field.translation_unknown_key'],
      [4, 'field.translation_type'],
      [5, 'field.translation_field'],
      [6, 'field.translation_unknown_key'],
      [7, 'field.translation_duplicate'],
    ]);
    expect(await listTranslationRows(t.db, admin, 'de')).toEqual(before);
  });

  it('refuses a file for another language', async () => {
    await expect(
      importTranslations(t.db, admin, 'de', 'type,key,field,source,en\r\nproduct,x,name,,y'),
    ).rejects.toMatchObject({ fieldErrors: { csv: [{ code: 'field.csv_header', at: { line: 1 } }] } });
  });
});
