import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { availabilityOf, type Availability } from '@/lib/inventory/availability.rules';
import { unitsToCents, type Money } from '@/lib/platform/money.rules';
import { AppError } from '@/lib/platform/errors';
import type { ProductListQuery } from '@/lib/catalog/catalog.schemas';
import { assortedSql, productRow, type AssortmentScope } from '@/lib/assortment/assortment.reads';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { prepareSearch, searchMatchSql, searchRankSql } from '@/lib/search/search.reads';
import type { SearchPlan } from '@/lib/search/search-query.rules';
import type { Locale } from '@/lib/platform/i18n/locales';
import { CATALOG_LOCALE, nameSortSql, optionValueLabelSql, translatedSql } from './translated-sql.reads';

export type ProductCard = {
  id: string;
  slug: string;
  name: string;
  brand: string | null;
  /** Lowest price among the product's variants after price lists, as the channel shows it (gross or net). */
  price: Money;
  /** The list price of that variant when a price list reduced it (shown struck through); else null. */
  basePrice: Money | null;
  /** With a reduced price: the lowest price of the 30 days before the reduction (EU price indication). */
  lowestPrice30Days: Money | null;
  /** True when variants differ in price ("from …"). */
  priceVaries: boolean;
  pricesIncludeVat: boolean;
  availability: Availability;
  image: { url: string; alt: string } | null;
};

export type ProductPage = { items: ProductCard[]; page: number; pageSize: number; total: number };

/**
 * `audienceKeys`: the buyer's customer-group and company keys that have assortment rules in the
 * channel (lib/assortment/assortment.reads.ts); none for everyone's assortment.
 */
type ListingFilter = Omit<ProductListQuery, 'page' | 'pageSize'> & {
  productIds?: string[];
  audienceKeys?: readonly string[];
  /** The language of names and image texts (and of the name sort); default the catalogue's own. */
  locale?: Locale;
};

/**
 * The channel's display price for a gross list price, in SQL: gross as is, or net with
 * half-up rounding (the same rule as `grossToNet` in lib/platform/money.rules.ts; an integration test holds them together).
 */
export function displayPriceSql(channel: ChannelContext, gross: SQL, rateBp: SQL): SQL {
  return channel.pricesIncludeVat
    ? gross
    : sql`((${gross}::bigint * 20000 + (10000 + ${rateBp})) / (2 * (10000 + ${rateBp})))`;
}

/** Resolves `category` (a slug or a full slug path) to its path; unknown -> 404. */
export async function resolveCategoryPath(db: Executor, category: string): Promise<string> {
  const rows = await db.execute<{ path: string }>(
    sql`select path from categories where path = ${category} or slug = ${category} limit 1`,
  );
  const path = rows[0]?.path;
  if (!path) throw new AppError('category.not_found', { params: { category } });
  return path;
}

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

type Scope = {
  assortment: AssortmentScope;
  categoryPath?: string;
  productIds?: string[];
  brand?: string[];
  /** A search query's plan (lib/search/search.reads.ts). */
  search?: SearchPlan;
};

/** Product-level conditions shared by listings and facets (products p, categories c, brands b): sellable, in the channel's assortment, in scope. */
function scopeConditions(scope: Scope): SQL[] {
  const conditions: SQL[] = [
    sql`p.status = 'active'`,
    sql`p.listing_min_price is not null`,
    assortedSql(productRow('p'), scope.assortment),
  ];
  if (scope.categoryPath)
    conditions.push(sql`(c.path = ${scope.categoryPath} or c.path like ${`${scope.categoryPath}/%`})`);
  if (scope.productIds) conditions.push(scope.productIds.length ? sql`p.id in ${scope.productIds}` : sql`false`);
  if (scope.brand?.length) conditions.push(sql`b.slug in ${scope.brand}`);
  if (scope.search) conditions.push(searchMatchSql(scope.search, sql`p.id`));
  return conditions;
}

/** The channel's supplying locations; a placeholder id when it has none (`in ()` is not SQL). */
const locationIdsOf = (channel: ChannelContext) =>
  channel.locationIds.length ? channel.locationIds : ['00000000-0000-0000-0000-000000000000'];

/** The variant `v` has free stock at one of the channel's locations. */
const inStockSql = (channel: ChannelContext) => sql`exists (
  select 1 from stock_levels sl where sl.variant_id = v.id and sl.location_id in ${locationIdsOf(channel)} and sl.on_hand > sl.reserved)`;

type VariantFilter = Pick<ProductListQuery, 'color' | 'size' | 'minPrice' | 'maxPrice'>;

/**
 * Colour, size and price filters as coarse product-level conditions on the read model (products p)
 * and the exact conditions one variant (v, with its price vp) must meet. `rateBp` is the product's VAT rate.
 */
function variantFilterSql(
  channel: ChannelContext,
  filter: VariantFilter,
  rateBp: SQL,
): { product: SQL[]; variant: SQL[] } {
  const product: SQL[] = [];
  const variant: SQL[] = [];
  const display = displayPriceSql(channel, sql`vp.amount`, rateBp);
  if (filter.color.length) {
    product.push(sql`p.listing_colors && ${textArray(filter.color)}`);
    variant.push(sql`v.options->>'color' in ${filter.color}`);
  }
  if (filter.size.length) {
    product.push(sql`p.listing_sizes && ${textArray(filter.size)}`);
    variant.push(sql`coalesce(v.options->>'size', v.options->>'frameSize') in ${filter.size}`);
  }
  if (filter.minPrice !== undefined) {
    product.push(
      sql`${displayPriceSql(channel, sql`p.listing_max_price`, rateBp)} >= ${unitsToCents(filter.minPrice)}`,
    );
    variant.push(sql`${display} >= ${unitsToCents(filter.minPrice)}`);
  }
  if (filter.maxPrice !== undefined) {
    product.push(
      sql`${displayPriceSql(channel, sql`p.listing_min_price`, rateBp)} <= ${unitsToCents(filter.maxPrice)}`,
    );
    variant.push(sql`${display} <= ${unitsToCents(filter.maxPrice)}`);
  }
  return { product, variant };
}

/** The columns a card query selects (listing, search suggestions), as PostgreSQL returns them. */
export type ProductCardRow = {
  id: string;
  slug: string;
  name: string;
  brand: string | null;
  min_price: number;
  max_price: number;
  available: number;
  image_url: string | null;
  image_alt: string | null;
};

/** A card from its row: everyone's base price range (price lists are applied later) and coarse availability. */
export function toProductCard(
  r: ProductCardRow,
  channel: Pick<ChannelContext, 'currency' | 'pricesIncludeVat'>,
): ProductCard {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    brand: r.brand,
    price: { amount: Number(r.min_price), currency: channel.currency },
    basePrice: null,
    lowestPrice30Days: null,
    priceVaries: Number(r.max_price) !== Number(r.min_price),
    pricesIncludeVat: channel.pricesIncludeVat,
    availability: availabilityOf(Number(r.available)),
    image: r.image_url ? { url: r.image_url, alt: r.image_alt ?? r.name } : null,
  };
}

/**
 * One statement for a page of product cards. Products are filtered, counted, sorted and paged on
 * the listing read model kept on `products` (price range, colours, sizes; see migration 0004), with
 * exact per-variant checks only where a filter needs them. Prices, availability over the channel's
 * locations and the first image are then computed for the page's products only, so the cost follows
 * the page size rather than the catalogue size.
 */
export async function listProducts(
  db: Executor,
  channel: ChannelContext,
  query: ListingFilter & { page: number; pageSize: number },
): Promise<ProductPage> {
  const categoryPath = query.category ? await resolveCategoryPath(db, query.category) : undefined;
  const locationIds = locationIdsOf(channel);
  const q = query.q?.trim() || undefined;
  const search = q ? await prepareSearch(db, q) : undefined;
  const conditions = scopeConditions({
    assortment: { channelId: channel.id, audienceKeys: query.audienceKeys ?? [] },
    categoryPath,
    productIds: query.productIds,
    brand: query.brand,
    search,
  });

  const filter = variantFilterSql(channel, query, sql`tc.rate_bp`);
  conditions.push(...filter.product);
  const variantConditions: SQL[] = [sql`v.product_id = p.id`, sql`v.active`, ...filter.variant];
  const display = displayPriceSql(channel, sql`vp.amount`, sql`tc.rate_bp`);
  const hasVariantFilter = filter.variant.length > 0;
  const matchingVariants = sql`from variants v
    join variant_prices vp on vp.variant_id = v.id and vp.currency = ${channel.currency}
    where ${sql.join(variantConditions, sql` and `)}`;
  if (hasVariantFilter) conditions.push(sql`exists (select 1 ${matchingVariants})`);
  if (query.inStock) conditions.push(sql`exists (select 1 ${matchingVariants} and ${inStockSql(channel)})`);

  // With a colour filter, show an image of a variant in that colour when there is one.
  const imagePreference = query.color.length
    ? sql`(exists (select 1 from variants iv where iv.id = media.variant_id and iv.options->>'color' in ${query.color})) desc,`
    : sql``;

  const locale = query.locale ?? CATALOG_LOCALE;
  const name = translatedSql(sql`p.name`, sql`p.translations`, 'name', locale);
  const byName = nameSortSql(name);
  const sort = query.sort ?? 'relevance';
  const sortPrice = hasVariantFilter
    ? sql`(select min(${display}) ${matchingVariants})`
    : displayPriceSql(channel, sql`p.listing_min_price`, sql`tc.rate_bp`);
  const orderBy: Record<typeof sort, SQL> = {
    relevance: q && search ? sql`${searchRankSql(search, q)} desc, ${byName} asc, p.id` : sql`${byName} asc, p.id`,
    'price-asc': sql`${sortPrice} asc, ${byName} asc, p.id`,
    'price-desc': sql`${sortPrice} desc, ${byName} asc, p.id`,
    name: sql`${byName} asc, p.id`,
    newest: sql`p.created_at desc, ${byName} asc, p.id`,
  };
  const from = sql`from products p
    join categories c on c.id = p.category_id
    join tax_classes tc on tc.code = p.tax_class_code
    left join brands b on b.id = p.brand_id
    where ${sql.join(conditions, sql` and `)}`;

  const rows = await db.execute<ProductCardRow & { total: number }>(sql`
    with page as (
      select ordered.*, row_number() over () as position from (
        select p.id, p.slug, ${name} as name, b.name as brand ${from}
        order by ${orderBy[sort]}
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
      ) ordered
    )
    select page.id, page.slug, page.name, page.brand, (select count(*)::int ${from}) as total,
      prices.min_price, prices.max_price, prices.available, img.url as image_url, img.alt as image_alt
    from page
    join products p on p.id = page.id
    join tax_classes tc on tc.code = p.tax_class_code
    cross join lateral (
      select min(${display})::int as min_price, max(${display})::int as max_price,
        coalesce(sum((select sum(greatest(sl.on_hand - sl.reserved, 0)) from stock_levels sl
          where sl.variant_id = v.id and sl.location_id in ${locationIds})), 0)::int as available
      ${matchingVariants}
    ) prices
    left join lateral (
      select url, ${translatedSql(sql`media.alt`, sql`media.translations`, 'alt', locale)} as alt
      from media where media.product_id = page.id order by ${imagePreference} position limit 1
    ) img on true
    order by page.position
  `);

  const total = rows[0]?.total ?? (query.page > 1 ? await countProducts(db, from) : 0);
  return {
    items: rows.map((r) => toProductCard(r, channel)),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(total),
  };
}

/** Past the last page the page query returns no row to carry the total; count on its own. */
async function countProducts(db: Executor, from: SQL): Promise<number> {
  const [row] = await db.execute<{ total: number }>(sql`select count(*)::int as total ${from}`);
  return Number(row?.total ?? 0);
}

export type Facets = {
  brands: Array<{ value: string; label: string; count: number }>;
  /** `value` is the canonical (catalogue-language) option value used in filter URLs; `label` is in the visitor's language. */
  colors: Array<{ value: string; label: string; count: number }>;
  sizes: Array<{ value: string; label: string; count: number }>;
};

const SIZE_ORDER = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

/** The active filters facet counts follow, with the channel whose prices and stock they are judged by. */
export type FacetFilters = Pick<ProductListQuery, 'brand' | 'color' | 'size' | 'minPrice' | 'maxPrice' | 'inStock'> & {
  channel: ChannelContext;
};

type FacetKind = 'brand' | 'color' | 'size';

/**
 * Filter values with product counts within a category and/or search of a channel's assortment, in
 * one query on the read model. With `filters`, each facet counts the products that all the other
 * active filters leave (a colour's count is what ticking it would add within the chosen sizes, brands,
 * price range and stock), judged per variant as the listing does: a colour counts only when a variant
 * in that colour also has a chosen size and price.
 */
export async function listFacets(
  db: Executor,
  scope: { assortment: AssortmentScope; categoryPath?: string; q?: string; locale?: Locale },
  filters?: FacetFilters,
): Promise<Facets> {
  const q = scope.q?.trim();
  const locale = scope.locale ?? CATALOG_LOCALE;
  const conditions = scopeConditions({
    assortment: scope.assortment,
    categoryPath: scope.categoryPath,
    search: q ? await prepareSearch(db, q) : undefined,
  });
  const empty: VariantFilter = { color: [], size: [] };
  const price = filters
    ? { minPrice: filters.minPrice, maxPrice: filters.maxPrice }
    : { minPrice: undefined, maxPrice: undefined };
  // The price range applies to every facet: coarse in the scope, exact per variant below.
  if (filters) conditions.push(...variantFilterSql(filters.channel, { ...empty, ...price }, sql`tc.rate_bp`).product);

  /** Product-level conditions and the per-variant ones of every filter but `kind`'s own. */
  const others = (kind: FacetKind) => {
    if (!filters) return { product: [] as SQL[], variant: [] as SQL[] };
    const filter = variantFilterSql(
      filters.channel,
      {
        color: kind === 'color' ? [] : filters.color,
        size: kind === 'size' ? [] : filters.size,
        ...price,
      },
      sql`p.rate_bp`,
    );
    const product = filter.product;
    if (kind !== 'brand' && filters.brand.length) product.push(sql`p.brand_slug in ${filters.brand}`);
    const variant = filters.inStock ? [...filter.variant, inStockSql(filters.channel)] : filter.variant;
    return { product, variant };
  };
  const currency = filters?.channel.currency ?? '';
  const variantsOf = (variant: SQL[]) => sql`from variants v
    join variant_prices vp on vp.variant_id = v.id and vp.currency = ${currency}
    where ${sql.join([sql`v.product_id = p.id`, sql`v.active`, ...variant], sql` and `)}`;
  const where = (product: SQL[]) => (product.length ? sql`where ${sql.join(product, sql` and `)}` : sql``);

  const brand = others('brand');
  if (brand.variant.length) brand.product.push(sql`exists (select 1 ${variantsOf(brand.variant)})`);
  /** A facet's values per product: from the read model, or from the variants the other filters leave. */
  const values = (kind: 'color' | 'size') => {
    const { product, variant } = others(kind);
    const column = kind === 'color' ? sql`p.listing_colors` : sql`p.listing_sizes`;
    const option =
      kind === 'color' ? sql`v.options->>'color'` : sql`coalesce(v.options->>'size', v.options->>'frameSize')`;
    const source = variant.length
      ? sql`(select distinct ${option} as value ${variantsOf(variant)} and ${option} is not null)`
      : sql`(select unnest(${column}) as value)`;
    // The label in the visitor's language (option_types.translations); the value stays canonical.
    const label =
      kind === 'color'
        ? optionValueLabelSql(sql`x.value`, sql`(select translations from option_types where code = 'color')`, locale)
        : optionValueLabelSql(
            sql`x.value`,
            sql`(select translations from option_types where code = 'size')`,
            locale,
            optionValueLabelSql(
              sql`x.value`,
              sql`(select translations from option_types where code = 'frameSize')`,
              locale,
            ),
          );
    return sql`select ${kind} as kind, x.value, ${label} as label, count(*)::int as count
      from scoped p cross join lateral ${source} x ${where(product)} group by x.value`;
  };

  const rows = await db.execute<{ kind: FacetKind; value: string; label: string; count: number }>(sql`
    with scoped as materialized (
      select p.id, p.brand_id, b.slug as brand_slug, p.listing_colors, p.listing_sizes, p.listing_min_price,
        p.listing_max_price, tc.rate_bp
      from products p join categories c on c.id = p.category_id
        join tax_classes tc on tc.code = p.tax_class_code
        left join brands b on b.id = p.brand_id
      where ${sql.join(conditions, sql` and `)}
    )
    select 'brand' as kind, b.slug as value, b.name as label, count(*)::int as count
      from scoped p join brands b on b.id = p.brand_id ${where(brand.product)} group by b.slug, b.name
    union all
    ${values('color')}
    union all
    ${values('size')}
  `);
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  const sizeRank = (s: string) => (SIZE_ORDER.includes(s) ? SIZE_ORDER.indexOf(s) : 100);
  return {
    brands: of('brand')
      .map((r) => ({ value: r.value, label: r.label, count: Number(r.count) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    colors: of('color')
      .map((r) => ({ value: r.value, label: r.label, count: Number(r.count) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    sizes: of('size')
      .map((r) => ({ value: r.value, label: r.label, count: Number(r.count) }))
      .sort((a, b) => sizeRank(a.value) - sizeRank(b.value) || a.value.localeCompare(b.value, 'en', { numeric: true })),
  };
}
