import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { availabilityOf, type Availability } from '@/lib/domain/availability';
import { unitsToCents, type Money } from '@/lib/domain/money';
import { AppError } from '@/lib/errors';
import type { ProductListQuery } from '@/lib/validation/catalog';
import type { ChannelContext } from './channels';

export type ProductCard = {
  id: string;
  slug: string;
  name: string;
  brand: string | null;
  /** Lowest price among the matching variants, as the channel shows it (gross or net). */
  price: Money;
  /** True when variants differ in price ("from …"). */
  priceVaries: boolean;
  pricesIncludeVat: boolean;
  availability: Availability;
  image: { url: string; alt: string } | null;
};

export type ProductPage = { items: ProductCard[]; page: number; pageSize: number; total: number };

type ListingFilter = Omit<ProductListQuery, 'page' | 'pageSize'> & { productIds?: string[] };

/**
 * The channel's display price for a gross list price, in SQL: gross as is, or net with
 * half-up rounding (the same rule as `grossToNet` in lib/domain/money.ts; an integration test holds them together).
 */
export function displayPriceSql(channel: ChannelContext, gross: SQL, rateBp: SQL): SQL {
  return channel.pricesIncludeVat ? gross : sql`((${gross}::bigint * 20000 + (10000 + ${rateBp})) / (2 * (10000 + ${rateBp})))`;
}

function searchCondition(q: string): SQL {
  return sql`(p.search_vector @@ websearch_to_tsquery('english', ${q})
    or p.search_vector @@ websearch_to_tsquery('german', ${q})
    or ${q} <% p.name)`;
}

/** Resolves `category` (a slug or a full slug path) to its path; unknown -> 404. */
export async function resolveCategoryPath(db: Executor, category: string): Promise<string> {
  const rows = await db.execute<{ path: string }>(sql`select path from categories where path = ${category} or slug = ${category} limit 1`);
  const path = rows[0]?.path;
  if (!path) throw new AppError('not_found', `Category "${category}" was not found.`);
  return path;
}

/**
 * One query for a page of product cards: filters, prices, availability over the channel's
 * locations, the first image, and the total, however many products the page shows.
 */
export async function listProducts(
  db: Executor,
  channel: ChannelContext,
  query: ListingFilter & { page: number; pageSize: number },
): Promise<ProductPage> {
  const categoryPath = query.category ? await resolveCategoryPath(db, query.category) : undefined;
  const display = displayPriceSql(channel, sql`vp.amount`, sql`tc.rate_bp`);
  const conditions: SQL[] = [sql`p.status = 'active'`, sql`v.active`];
  if (categoryPath) conditions.push(sql`(c.path = ${categoryPath} or c.path like ${`${categoryPath}/%`})`);
  if (query.productIds) conditions.push(query.productIds.length ? sql`p.id in ${query.productIds}` : sql`false`);
  if (query.brand.length) conditions.push(sql`b.slug in ${query.brand}`);
  if (query.color.length) conditions.push(sql`v.options->>'color' in ${query.color}`);
  if (query.size.length) conditions.push(sql`coalesce(v.options->>'size', v.options->>'frameSize') in ${query.size}`);
  if (query.minPrice !== undefined) conditions.push(sql`${display} >= ${unitsToCents(query.minPrice)}`);
  if (query.maxPrice !== undefined) conditions.push(sql`${display} <= ${unitsToCents(query.maxPrice)}`);
  const q = query.q?.trim();
  if (q) conditions.push(searchCondition(q));

  const locationIds = channel.locationIds.length ? channel.locationIds : ['00000000-0000-0000-0000-000000000000'];
  const rank = q
    ? sql`(ts_rank(p.search_vector, websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('german', ${q})) + word_similarity(${q}, p.name))`
    : sql`0`;
  const sort = query.sort ?? 'relevance';
  const orderBy: Record<typeof sort, SQL> = {
    relevance: q ? sql`rank desc, m.name asc` : sql`m.name asc`,
    'price-asc': sql`m.min_price asc, m.name asc`,
    'price-desc': sql`m.min_price desc, m.name asc`,
    name: sql`m.name asc`,
    newest: sql`m.created_at desc, m.name asc`,
  };

  const rows = await db.execute<{
    id: string;
    slug: string;
    name: string;
    brand: string | null;
    min_price: number;
    max_price: number;
    available: number;
    image_url: string | null;
    image_alt: string | null;
    total: number;
  }>(sql`
    with matched as (
      select p.id, p.slug, p.name, p.created_at, b.name as brand, ${rank} as rank,
        min(${display})::int as min_price, max(${display})::int as max_price,
        coalesce(sum(greatest(sl.on_hand - sl.reserved, 0)), 0)::int as available
      from products p
      join categories c on c.id = p.category_id
      join tax_classes tc on tc.code = p.tax_class_code
      left join brands b on b.id = p.brand_id
      join variants v on v.product_id = p.id
      join variant_prices vp on vp.variant_id = v.id and vp.currency = ${channel.currency}
      left join stock_levels sl on sl.variant_id = v.id and sl.location_id in ${locationIds}
      where ${sql.join(conditions, sql` and `)}
      group by p.id, b.name
      ${query.inStock ? sql`having sum(greatest(sl.on_hand - sl.reserved, 0)) > 0` : sql``}
    )
    select m.id, m.slug, m.name, m.brand, m.min_price, m.max_price, m.available,
      img.url as image_url, img.alt as image_alt, count(*) over ()::int as total
    from matched m
    left join lateral (select url, alt from media where media.product_id = m.id order by position limit 1) img on true
    order by ${orderBy[sort]}, m.id
    limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
  `);

  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.page > 1) {
    // Past the last page: still report the real total so clients can navigate back.
    total = (await listProducts(db, channel, { ...query, page: 1, pageSize: 1 })).total;
  }
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      brand: r.brand,
      price: { amount: Number(r.min_price), currency: channel.currency },
      priceVaries: Number(r.max_price) !== Number(r.min_price),
      pricesIncludeVat: channel.pricesIncludeVat,
      availability: availabilityOf(Number(r.available)),
      image: r.image_url ? { url: r.image_url, alt: r.image_alt ?? r.name } : null,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(total),
  };
}

export type Facets = {
  brands: Array<{ value: string; label: string; count: number }>;
  colors: Array<{ value: string; count: number }>;
  sizes: Array<{ value: string; count: number }>;
};

const SIZE_ORDER = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

/** Filter values with product counts within a category and/or search, in one query. */
export async function listFacets(db: Executor, scope: { categoryPath?: string; q?: string }): Promise<Facets> {
  const conditions: SQL[] = [sql`p.status = 'active'`];
  if (scope.categoryPath) conditions.push(sql`(c.path = ${scope.categoryPath} or c.path like ${`${scope.categoryPath}/%`})`);
  if (scope.q?.trim()) conditions.push(searchCondition(scope.q.trim()));
  const rows = await db.execute<{ kind: 'brand' | 'color' | 'size'; value: string; label: string; count: number }>(sql`
    with scoped as (
      select p.id, p.brand_id from products p join categories c on c.id = p.category_id
      where ${sql.join(conditions, sql` and `)}
    )
    select 'brand' as kind, b.slug as value, b.name as label, count(*)::int as count
      from scoped s join brands b on b.id = s.brand_id group by b.slug, b.name
    union all
    select 'color', v.options->>'color', v.options->>'color', count(distinct v.product_id)::int
      from variants v join scoped s on s.id = v.product_id where v.active and v.options ? 'color' group by 2
    union all
    select 'size', coalesce(v.options->>'size', v.options->>'frameSize'), coalesce(v.options->>'size', v.options->>'frameSize'), count(distinct v.product_id)::int
      from variants v join scoped s on s.id = v.product_id
      where v.active and (v.options ? 'size' or v.options ? 'frameSize') group by 2
  `);
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  const sizeRank = (s: string) => (SIZE_ORDER.includes(s) ? SIZE_ORDER.indexOf(s) : 100);
  return {
    brands: of('brand').map((r) => ({ value: r.value, label: r.label, count: Number(r.count) })).sort((a, b) => a.label.localeCompare(b.label)),
    colors: of('color').map((r) => ({ value: r.value, count: Number(r.count) })).sort((a, b) => a.value.localeCompare(b.value)),
    sizes: of('size')
      .map((r) => ({ value: r.value, count: Number(r.count) }))
      .sort((a, b) => sizeRank(a.value) - sizeRank(b.value) || a.value.localeCompare(b.value, 'en', { numeric: true })),
  };
}
