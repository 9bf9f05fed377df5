// Unified product base: one record per product for every channel (seed 000/004).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tsvector } from './custom-types';

// Catalogue translations (lib/catalog/translations.rules.ts): per locale other than the merchant's
// default language, the fields that differ; the plain columns hold the default language and are the
// fallback for any field a locale lacks. Kept on the row itself so that reads need no join.
export type TextTranslations = Partial<Record<string, { name?: string; description?: string }>>;
export type OptionTypeTranslations = Partial<Record<string, { name?: string; values?: Record<string, string> }>>;
export type ValueTranslations = Partial<Record<string, { value?: string }>>;
export type AltTranslations = Partial<Record<string, { alt?: string }>>;

/**
 * The collation names are sorted in: ICU's root order, which sorts "Äpfel" with "Apfel" (not after
 * "Zelt", as the database's default C collation does) and is the same for English and German. One
 * collation for every language, so one index per name expression serves every visitor (docs/i18n.md).
 */
export const NAME_COLLATION = 'und-x-icu';

export const taxClasses = pgTable('tax_classes', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  // VAT rate in basis points (1900 = 19%).
  rateBp: integer('rate_bp').notNull(),
});

export const brands = pgTable('brands', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
});

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    // Materialised path of slugs, e.g. "bikes/e-bikes/city-e-bikes": a subtree is one prefix match.
    path: text('path').notNull().unique(),
    depth: integer('depth').notNull(),
    position: integer('position').notNull().default(0),
    translations: jsonb('translations').$type<TextTranslations>().notNull().default({}),
    // Maintained by the database (migration 0017): the names in every locale, English and German stems;
    // searches boost products in categories whose name matches.
    searchVector: tsvector('search_vector'),
  },
  (t) => [
    index('categories_parent_idx').on(t.parentId),
    index('categories_path_pattern_idx').on(sql`${t.path} text_pattern_ops`),
  ],
);

export const productStatus = pgEnum('product_status', ['draft', 'active', 'archived']);

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    brandId: uuid('brand_id').references(() => brands.id),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    taxClassCode: text('tax_class_code')
      .notNull()
      .references(() => taxClasses.code),
    status: productStatus('status').notNull().default('active'),
    // Free labels merchandisers group products by (e.g. "bulky", "clearance"); assortment rules use them.
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // Read model of channel_products: the channels that list the product for everyone, rebuilt with
    // the assortment decisions (lib/assortment/assortment-decisions.writes.ts). Listings check it without a join.
    listedChannelIds: uuid('listed_channel_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    // Maintained by the database (see migration): German + English full text over name, brand and description.
    translations: jsonb('translations').$type<TextTranslations>().notNull().default({}),
    searchVector: tsvector('search_vector'),
    // Listing read model, maintained by statement triggers on variants and variant_prices (migration 0004):
    // base-price range in EUR cents over active priced variants (null: nothing sellable), and the
    // colours and sizes offered. Listings filter and sort on these instead of scanning variants.
    listingMinPrice: integer('listing_min_price'),
    listingMaxPrice: integer('listing_max_price'),
    listingColors: text('listing_colors')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    listingSizes: text('listing_sizes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('products_category_idx').on(t.categoryId),
    index('products_brand_idx').on(t.brandId),
    index('products_search_idx').using('gin', t.searchVector),
    index('products_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    // Sorting by name in the collation listings use (NAME_COLLATION, lib/catalog/translated-sql.reads.ts
    // writes the same expressions): the catalogue-language column, and each translated language.
    index('products_listing_name_idx')
      .on(sql.raw(`(name collate "${NAME_COLLATION}")`), t.id)
      .where(sql`${t.status} = 'active'`),
    ...(['de', 'en'] as const).map((locale) =>
      index(`products_listing_name_${locale}_idx`)
        .on(
          sql.raw(`(coalesce(nullif((translations -> '${locale}') ->> 'name', ''), name) collate "${NAME_COLLATION}")`),
          t.id,
        )
        .where(sql`${t.status} = 'active'`),
    ),
    index('products_listing_price_idx')
      .on(t.listingMinPrice, t.id)
      .where(sql`${t.status} = 'active'`),
    index('products_listing_colors_idx').using('gin', t.listingColors),
    index('products_listing_sizes_idx').using('gin', t.listingSizes),
  ],
);

export const variants = pgTable(
  'variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull().unique(),
    gtin: text('gtin').unique(),
    mpn: text('mpn'),
    // Option values keyed by option code, e.g. {"color":"Red","frameSize":"M"}.
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    index('variants_product_idx').on(t.productId),
    index('variants_options_idx').using('gin', t.options),
    // Prefix search on SKUs ("VO-000087" finds every variant of a product) in any collation.
    index('variants_sku_pattern_idx').on(sql`${t.sku} text_pattern_ops`),
    check('variants_gtin_format', sql`${t.gtin} is null or ${t.gtin} ~ '^[0-9]{8,14}$'`),
  ],
);

export const optionTypes = pgTable('option_types', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  position: integer('position').notNull().default(0),
  // Per locale: the option's name and labels for its values (variants.options holds default-language values).
  translations: jsonb('translations').$type<OptionTypeTranslations>().notNull().default({}),
});

export const attributes = pgTable('attributes', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  unit: text('unit'),
  translations: jsonb('translations').$type<TextTranslations>().notNull().default({}),
});

export const productAttributes = pgTable(
  'product_attributes',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    attributeCode: text('attribute_code')
      .notNull()
      .references(() => attributes.code),
    value: text('value').notNull(),
    translations: jsonb('translations').$type<ValueTranslations>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.productId, t.attributeCode] })],
);

export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    // Optional: an image that shows one variant (e.g. its colour).
    variantId: uuid('variant_id').references(() => variants.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    alt: text('alt').notNull(),
    translations: jsonb('translations').$type<AltTranslations>().notNull().default({}),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('media_product_idx').on(t.productId, t.position)],
);

export const relationType = pgEnum('relation_type', ['accessory', 'consumable', 'spare_part', 'manual', 'successor']);

export const productRelations = pgTable(
  'product_relations',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    relatedProductId: uuid('related_product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    type: relationType('type').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.relatedProductId, t.type] }),
    check('product_relations_not_self', sql`${t.productId} <> ${t.relatedProductId}`),
  ],
);
