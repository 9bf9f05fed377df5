import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { assortedSql, productRow, type AssortmentScope } from '@/lib/assortment/assortment.reads';
import {
  displayPriceSql,
  toProductCard,
  type ProductCard,
  type ProductCardRow,
} from '@/lib/catalog/product-listing.reads';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import type { Locale } from '@/lib/platform/i18n/locales';
import { prepareSearch, searchMatchSql, searchQuerySql, searchRankSql } from './search.reads';
import type { SearchPlan } from './search-query.rules';

export type SearchSuggestions = {
  products: ProductCard[];
  categories: Array<{ path: string; name: string }>;
  brands: Array<{ slug: string; name: string }>;
};

const PRODUCTS = 5;
const CATEGORIES = 4;
const BRANDS = 3;

/**
 * What the header search box offers while someone types: the best-matching products of the channel's
 * assortment (name in the locale, lowest price, first image), and the categories and brands whose
 * names match; the last word counts as the start of a word. Three statements after the dictionary
 * look-up, each bounded by an index match and a small limit.
 */
export async function listSearchSuggestions(
  db: Executor,
  channel: ChannelContext,
  input: { q: string; locale: Locale; assortment: AssortmentScope },
): Promise<SearchSuggestions> {
  const q = input.q.trim();
  const plan = await prepareSearch(db, q, { prefixLast: true });
  if (plan.units.length === 0 && !plan.code) return { products: [], categories: [], brands: [] };
  const [products, categories, brands] = await Promise.all([
    suggestProducts(db, channel, plan, q, input),
    plan.units.length ? suggestCategories(db, plan, input) : [],
    plan.units.length ? suggestBrands(db, plan, input) : [],
  ]);
  return { products, categories, brands };
}

const sellable = (scope: AssortmentScope) =>
  sql`p.status = 'active' and p.listing_min_price is not null and ${assortedSql(productRow('p'), scope)}`;

async function suggestProducts(
  db: Executor,
  channel: ChannelContext,
  plan: SearchPlan,
  q: string,
  input: { locale: Locale; assortment: AssortmentScope },
): Promise<ProductCard[]> {
  const display = displayPriceSql(channel, sql`vp.amount`, sql`tc.rate_bp`);
  const locationIds = channel.locationIds.length ? channel.locationIds : ['00000000-0000-0000-0000-000000000000'];
  const rows = await db.execute<ProductCardRow>(sql`
    with hits as (
      select p.id, ${searchRankSql(plan, q)} as rank from products p join categories c on c.id = p.category_id
      where ${searchMatchSql(plan, sql`p.id`)} and ${sellable(input.assortment)}
      order by 2 desc, p.name, p.id
      limit ${PRODUCTS}
    )
    select p.id, p.slug, coalesce(p.translations->${input.locale}->>'name', p.name) as name, b.name as brand,
      prices.min_price, prices.max_price, prices.available, img.url as image_url,
      coalesce(img.translations->${input.locale}->>'alt', img.alt) as image_alt
    from hits join products p on p.id = hits.id
    join tax_classes tc on tc.code = p.tax_class_code
    left join brands b on b.id = p.brand_id
    cross join lateral (
      select min(${display})::int as min_price, max(${display})::int as max_price,
        coalesce(sum((select sum(greatest(sl.on_hand - sl.reserved, 0)) from stock_levels sl
          where sl.variant_id = v.id and sl.location_id in ${locationIds})), 0)::int as available
      from variants v join variant_prices vp on vp.variant_id = v.id and vp.currency = ${channel.currency}
      where v.product_id = p.id and v.active
    ) prices
    left join lateral (select url, alt, translations from media where media.product_id = p.id order by position limit 1) img on true
    order by hits.rank desc, p.name, p.id
  `);
  return rows.map((r) => toProductCard(r, channel));
}

/** Categories whose name (in any locale) matches and whose subtree holds something the channel sells; broadest first. */
async function suggestCategories(
  db: Executor,
  plan: SearchPlan,
  input: { locale: Locale; assortment: AssortmentScope },
) {
  const rows = await db.execute<{ path: string; name: string }>(sql`
    select c.path, coalesce(c.translations->${input.locale}->>'name', c.name) as name from categories c
    where c.search_vector @@ ${searchQuerySql(plan)}
      and exists (select 1 from products p join categories pc on pc.id = p.category_id
        where (pc.path = c.path or pc.path like c.path || '/%') and ${sellable(input.assortment)})
    order by c.depth, c.position, c.path
    limit ${CATEGORIES}
  `);
  return rows.map((r) => ({ path: r.path, name: r.name }));
}

async function suggestBrands(db: Executor, plan: SearchPlan, input: { assortment: AssortmentScope }) {
  const rows = await db.execute<{ slug: string; name: string }>(sql`
    select b.slug, b.name from brands b
    where (to_tsvector('simple', b.name) || to_tsvector('english', b.name)
      || to_tsvector('german', search_fold(b.name))) @@ ${searchQuerySql(plan)}
      and exists (select 1 from products p where p.brand_id = b.id and ${sellable(input.assortment)})
    order by b.name
    limit ${BRANDS}
  `);
  return rows.map((r) => ({ slug: r.slug, name: r.name }));
}
