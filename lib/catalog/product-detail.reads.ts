import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  attributes,
  brands,
  categories,
  locations,
  media,
  optionTypes,
  productAttributes,
  productRelations,
  products,
  stockLevels,
  taxClasses,
  variantPrices,
  variants,
} from '@/db/schema';
import { availabilityOf, availableAt, type Availability } from '@/lib/inventory/availability.rules';
import type { Money } from '@/lib/platform/money.rules';
import { assortedSql, assortmentScope, productRow } from '@/lib/assortment/assortment.reads';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import {
  ANONYMOUS_AUDIENCE,
  applyPriceLists,
  findPriceLists,
  findReferencePrices,
  historyGroupOf,
  priceVariant,
  type PricedVariant,
  type PricingAudience,
} from '@/lib/pricing/prices.reads';
import { listProducts, type ProductCard } from './product-listing.reads';
import { CATALOG_LOCALE } from './translated-sql.reads';
import { pickOptionValueLabel, pickText } from './translations.rules';
import type { Locale } from '@/lib/platform/i18n/locales';

export const RELATION_TYPES = ['accessory', 'consumable', 'spare_part', 'manual', 'successor'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export type VariantDetail = {
  id: string;
  sku: string;
  gtin: string | null;
  mpn: string | null;
  options: Record<string, string>;
  /** Unit price after price lists (quantity 1), as the channel shows it. */
  price: Money | null;
  /** The list price when a price list reduced it (shown struck through); else null. */
  basePrice: Money | null;
  /** With a reduced price: the lowest price of the 30 days before the reduction (EU price indication). */
  lowestPrice30Days: Money | null;
  availability: Availability;
  stock: Array<{
    locationCode: string;
    locationName: string;
    kind: 'store' | 'warehouse';
    availability: Availability;
    quantity: number;
  }>;
};

export type ProductDetail = {
  id: string;
  slug: string;
  name: string;
  description: string;
  brand: string | null;
  category: { name: string; path: string };
  breadcrumb: Array<{ name: string; path: string }>;
  pricesIncludeVat: boolean;
  vatRateBp: number;
  images: Array<{ url: string; alt: string; variantId: string | null }>;
  attributes: Array<{ code: string; name: string; value: string; unit: string | null }>;
  /**
   * `values` are canonical (catalogue-language) values as variants and filter URLs hold them;
   * `labels` maps each to its text in the requested language.
   */
  options: Array<{ code: string; name: string; values: string[]; labels: Record<string, string> }>;
  variants: VariantDetail[];
  related: Record<RelationType, ProductCard[]>;
};

/**
 * Everything a product page or the API shows, in a fixed handful of queries, with the prices of this
 * audience from the price engine and live stock. Null when unknown, not active or not in the channel's
 * assortment for the audience.
 */
export async function findProductDetail(
  db: Executor,
  channel: ChannelContext,
  slug: string,
  audience: PricingAudience = ANONYMOUS_AUDIENCE,
  at = new Date(),
  locale: Locale = CATALOG_LOCALE,
): Promise<ProductDetail | null> {
  const base = await findProductBase(db, channel, slug, audience, at, locale);
  return base && withLiveStock(db, channel, base);
}

/**
 * A product detail without stock (every variant `out_of_stock`, no locations): what may be cached
 * (lib/catalog/cached-catalog.reads.ts) and completed per request by withLiveStock.
 */
export async function findProductBase(
  db: Executor,
  channel: ChannelContext,
  slug: string,
  audience: PricingAudience = ANONYMOUS_AUDIENCE,
  at = new Date(),
  locale: Locale = CATALOG_LOCALE,
): Promise<ProductDetail | null> {
  const scope = assortmentScope(channel.id, audience);
  const [product] = await db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      description: products.description,
      translations: products.translations,
      brand: brands.name,
      categoryName: categories.name,
      categoryTranslations: categories.translations,
      categoryPath: categories.path,
      vatRateBp: taxClasses.rateBp,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(taxClasses, eq(taxClasses.code, products.taxClassCode))
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(and(eq(products.slug, slug), eq(products.status, 'active'), assortedSql(productRow('products'), scope)));
  if (!product) return null;

  const [variantRows, mediaRows, attributeRows, relationRows, breadcrumb, optionTypeRows] = await Promise.all([
    db
      .select({
        id: variants.id,
        sku: variants.sku,
        gtin: variants.gtin,
        mpn: variants.mpn,
        options: variants.options,
        amount: variantPrices.amount,
        floorAmount: variantPrices.floorAmount,
      })
      .from(variants)
      .leftJoin(
        variantPrices,
        and(eq(variantPrices.variantId, variants.id), eq(variantPrices.currency, channel.currency)),
      )
      .where(and(eq(variants.productId, product.id), eq(variants.active, true)))
      .orderBy(asc(variants.position), asc(variants.sku)),
    db
      .select({ url: media.url, alt: media.alt, variantId: media.variantId, translations: media.translations })
      .from(media)
      .where(eq(media.productId, product.id))
      .orderBy(asc(media.position)),
    db
      .select({
        code: attributes.code,
        name: attributes.name,
        unit: attributes.unit,
        value: productAttributes.value,
        nameTranslations: attributes.translations,
        valueTranslations: productAttributes.translations,
      })
      .from(productAttributes)
      .innerJoin(attributes, eq(attributes.code, productAttributes.attributeCode))
      .where(eq(productAttributes.productId, product.id))
      .orderBy(asc(attributes.name)),
    db
      .select({ relatedId: productRelations.relatedProductId, type: productRelations.type })
      .from(productRelations)
      .where(eq(productRelations.productId, product.id))
      .orderBy(asc(productRelations.position)),
    db
      .select({ name: categories.name, path: categories.path, translations: categories.translations })
      .from(categories)
      .where(
        sql`${product.categoryPath} = ${categories.path} or ${product.categoryPath} like ${categories.path} || '/%'`,
      )
      .orderBy(asc(categories.depth)),
    db.select().from(optionTypes).orderBy(asc(optionTypes.position)),
  ]);

  const relatedIds = [...new Set(relationRows.map((r) => r.relatedId))];
  const priced: PricedVariant[] = variantRows.flatMap((v) =>
    v.amount === null
      ? []
      : [
          {
            variantId: v.id,
            productId: product.id,
            categoryPath: product.categoryPath,
            basePrice: v.amount,
            floorPrice: v.floorAmount,
            vatRateBp: product.vatRateBp,
          },
        ],
  );
  const [relatedCards, priceLists] = await Promise.all([
    relatedIds.length
      ? listProducts(db, channel, {
          productIds: relatedIds,
          audienceKeys: scope.audienceKeys,
          brand: [],
          color: [],
          size: [],
          inStock: false,
          locale,
          page: 1,
          pageSize: relatedIds.length,
        })
      : Promise.resolve({ items: [] as ProductCard[] }),
    findPriceLists(db, channel, priced, { audience, at }),
  ]);
  const prices = new Map(
    priced.map((v) => {
      const price = priceVariant(channel, audience, v, priceLists, 1, at);
      return [
        v.variantId,
        { ...price, productId: product.id, historyGroupId: historyGroupOf(price, priceLists, audience) },
      ];
    }),
  );
  const [relatedPriced, references] = await Promise.all([
    applyPriceLists(db, channel, audience, relatedCards.items, at),
    findReferencePrices(
      db,
      channel,
      [...prices].map(([variantId, price]) => ({ variantId, price })),
      at,
    ),
  ]);

  const cardsById = new Map(relatedPriced.map((c) => [c.id, c]));
  const related = Object.fromEntries(RELATION_TYPES.map((t) => [t, [] as ProductCard[]])) as Record<
    RelationType,
    ProductCard[]
  >;
  for (const relation of relationRows) {
    const card = cardsById.get(relation.relatedId);
    if (card) related[relation.type].push(card);
  }

  const usedOptionCodes = new Set(variantRows.flatMap((v) => Object.keys(v.options)));
  const options = optionTypeRows
    .filter((o) => usedOptionCodes.has(o.code))
    .map((o) => {
      const values = [...new Set(variantRows.map((v) => v.options[o.code]).filter((x): x is string => Boolean(x)))];
      return {
        code: o.code,
        name: pickText(o.name, o.translations, locale, 'name'),
        values,
        labels: Object.fromEntries(values.map((v) => [v, pickOptionValueLabel(v, o.translations, locale)])),
      };
    });
  const attributeList = attributeRows
    .map((a) => ({
      code: a.code,
      name: pickText(a.name, a.nameTranslations, locale, 'name'),
      value: pickText(a.value, a.valueTranslations, locale, 'value'),
      unit: a.unit,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));

  return {
    id: product.id,
    slug: product.slug,
    name: pickText(product.name, product.translations, locale, 'name'),
    description: pickText(product.description, product.translations, locale, 'description'),
    brand: product.brand,
    category: {
      name: pickText(product.categoryName, product.categoryTranslations, locale, 'name'),
      path: product.categoryPath,
    },
    breadcrumb: breadcrumb.map((c) => ({ name: pickText(c.name, c.translations, locale, 'name'), path: c.path })),
    pricesIncludeVat: channel.pricesIncludeVat,
    vatRateBp: product.vatRateBp,
    images: mediaRows.map((m) => ({
      url: m.url,
      alt: pickText(m.alt, m.translations, locale, 'alt'),
      variantId: m.variantId,
    })),
    attributes: attributeList,
    options,
    variants: variantRows.map((v) => ({
      id: v.id,
      sku: v.sku,
      gtin: v.gtin,
      mpn: v.mpn,
      options: v.options,
      price: prices.get(v.id)?.unit ?? null,
      basePrice: prices.get(v.id)?.reduced ? prices.get(v.id)!.base : null,
      lowestPrice30Days: references.get(v.id) ?? null,
      availability: 'out_of_stock' as const,
      stock: [],
    })),
    related,
  };
}

/**
 * The product with its variants' stock at the channel's active locations, read now (one query): sellable
 * units per location and the availability of the total.
 */
export async function withLiveStock(
  db: Executor,
  channel: ChannelContext,
  base: ProductDetail,
): Promise<ProductDetail> {
  const variantIds = base.variants.map((v) => v.id);
  const stockRows =
    variantIds.length && channel.locationIds.length
      ? await db
          .select({
            variantId: stockLevels.variantId,
            onHand: stockLevels.onHand,
            reserved: stockLevels.reserved,
            code: locations.code,
            name: locations.name,
            kind: locations.kind,
          })
          .from(stockLevels)
          .innerJoin(locations, eq(locations.id, stockLevels.locationId))
          .where(
            and(
              inArray(stockLevels.variantId, variantIds),
              inArray(stockLevels.locationId, channel.locationIds),
              eq(locations.active, true),
            ),
          )
          .orderBy(asc(locations.kind), asc(locations.name))
      : [];
  return {
    ...base,
    variants: base.variants.map((v) => {
      const stock = stockRows
        .filter((s) => s.variantId === v.id)
        .map((s) => {
          const quantity = availableAt(s);
          return {
            locationCode: s.code,
            locationName: s.name,
            kind: s.kind,
            quantity,
            availability: availabilityOf(quantity),
          };
        });
      return { ...v, availability: availabilityOf(stock.reduce((sum, s) => sum + s.quantity, 0)), stock };
    }),
  };
}
