// Feed rows for a marketplace channel: the variants of its assortment for everyone, priced by the
// price engine, read in keyset-paginated batches so that memory stays bounded whatever the catalogue
// size. Three statements per batch (variants, price lists, their entries). Not marked server-only:
// the integration tests and the benchmark use it outside Next.
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { assortedSql, productRow } from '@/lib/assortment/assortment.reads';
import type { ChannelContext } from '@/lib/channels/channels.reads';
import { CATALOG_LOCALE, translatedSql } from '@/lib/catalog/translated-sql.reads';
import { pickOptionValueLabel, type RowTranslations } from '@/lib/catalog/translations.rules';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/platform/i18n/locales';
import { ANONYMOUS_AUDIENCE, findPriceLists, priceVariant, type PricedVariant } from '@/lib/pricing/prices.reads';
import {
  absoluteUrl,
  csvHeader,
  formatFeedMoney,
  jsonHead,
  JSON_TAIL,
  productLink,
  productType,
  renderBatch,
  saleEffectiveDate,
  variantTitle,
  type FeedFormat,
  type FeedRow,
} from './feed-format.rules';

export const FEED_BATCH_SIZE = 1000;

export type FeedChannel = ChannelContext & { active: boolean };

/** A channel by code, active or not, with its supplying locations; null when unknown. */
export async function findFeedChannel(db: Executor, code: string): Promise<FeedChannel | null> {
  const [row] = await db.execute<{
    id: string;
    code: string;
    name: string;
    kind: ChannelContext['kind'];
    currency: string;
    prices_include_vat: boolean;
    locale: string;
    active: boolean;
    location_ids: string[];
  }>(sql`
    select c.id, c.code, c.name, c.kind, c.currency, c.prices_include_vat, c.locale, c.active,
      array(select cl.location_id::text from channel_locations cl where cl.channel_id = c.id order by 1) as location_ids
    from channels c where c.code = ${code}`);
  if (!row) return null;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    currency: row.currency,
    pricesIncludeVat: row.prices_include_vat,
    locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE,
    active: row.active,
    locationIds: row.location_ids,
  };
}

/**
 * What every row needs besides its own data, in the feed's language: category names by path, the
 * option order and the option value labels. Two small queries per feed.
 */
export type FeedReference = {
  locale: Locale;
  categoryNames: Map<string, string>;
  optionOrder: string[];
  optionTranslations: Map<string, RowTranslations>;
};

export async function loadFeedReference(db: Executor, locale: Locale = CATALOG_LOCALE): Promise<FeedReference> {
  const [categoryRows, optionRows] = await Promise.all([
    db.execute<{ path: string; name: string }>(
      sql`select path, ${translatedSql(sql`name`, sql`translations`, 'name', locale)} as name from categories`,
    ),
    db.execute<{ code: string; translations: RowTranslations }>(
      sql`select code, translations from option_types order by position, code`,
    ),
  ]);
  return {
    locale,
    categoryNames: new Map(categoryRows.map((c) => [c.path, c.name])),
    optionOrder: optionRows.map((o) => o.code),
    optionTranslations: new Map(optionRows.map((o) => [o.code, o.translations])),
  };
}

/** A variant's option values as labels in the feed's language. */
function optionLabels(options: Record<string, string>, reference: FeedReference): Record<string, string> {
  return Object.fromEntries(
    Object.entries(options).map(([code, value]) => [
      code,
      pickOptionValueLabel(value, reference.optionTranslations.get(code), reference.locale),
    ]),
  );
}

export type FeedOptions = {
  /** Origin of absolute links, e.g. "https://shop.example". */
  origin: string;
  /** The instant prices are resolved at (once for the whole feed). */
  at: Date;
  batchSize?: number;
};

type VariantRow = {
  id: string;
  sku: string;
  gtin: string | null;
  mpn: string | null;
  options: Record<string, string>;
  product_id: string;
  slug: string;
  name: string;
  description: string;
  brand: string | null;
  category_path: string;
  amount: number;
  floor_amount: number | null;
  rate_bp: number;
  available: number;
  image_url: string | null;
};

/**
 * One batch of feed rows: active variants with a price in the channel's currency of active products
 * the channel lists for everyone, by SKU after `after`. Three statements: the variants (with stock
 * over the channel's active locations and their image), then the price lists and entries that can
 * touch them (findPriceLists); the engine resolves each in-process.
 */
export async function findFeedBatch(
  db: Executor,
  channel: FeedChannel,
  reference: FeedReference,
  options: FeedOptions & { after: string | null; limit: number },
): Promise<{ rows: FeedRow[]; last: string | null }> {
  const { at, origin } = options;
  const stock = channel.locationIds.length
    ? sql`coalesce((select sum(greatest(sl.on_hand - sl.reserved, 0)) from stock_levels sl join locations l on l.id = sl.location_id
        where sl.variant_id = v.id and l.active and sl.location_id in ${channel.locationIds}), 0)::int`
    : sql`0`;
  const variants = await db.execute<VariantRow>(sql`
    select v.id, v.sku, v.gtin, v.mpn, v.options, p.id as product_id, p.slug,
      ${translatedSql(sql`p.name`, sql`p.translations`, 'name', reference.locale)} as name,
      ${translatedSql(sql`p.description`, sql`p.translations`, 'description', reference.locale)} as description,
      b.name as brand,
      c.path as category_path, vp.amount, vp.floor_amount, tc.rate_bp, ${stock} as available,
      (select m.url from media m left join variants mv on mv.id = m.variant_id where m.product_id = p.id
        order by coalesce(m.variant_id = v.id, false) desc, coalesce(mv.options->>'color' = v.options->>'color', false) desc, m.position, m.id
        limit 1) as image_url
    from variants v
    join products p on p.id = v.product_id
    join categories c on c.id = p.category_id
    join tax_classes tc on tc.code = p.tax_class_code
    join variant_prices vp on vp.variant_id = v.id and vp.currency = ${channel.currency}
    left join brands b on b.id = p.brand_id
    where v.active and p.status = 'active' and ${assortedSql(productRow('p'), { channelId: channel.id, audienceKeys: [] })}
      ${options.after === null ? sql`` : sql`and v.sku > ${options.after}`}
    order by v.sku
    limit ${options.limit}`);
  if (variants.length === 0) return { rows: [], last: null };

  const priced: PricedVariant[] = variants.map((v) => ({
    variantId: v.id,
    productId: v.product_id,
    categoryPath: v.category_path,
    basePrice: Number(v.amount),
    floorPrice: v.floor_amount === null ? null : Number(v.floor_amount),
    vatRateBp: Number(v.rate_bp),
  }));
  const lists = await findPriceLists(db, channel, priced, { audience: ANONYMOUS_AUDIENCE, at });
  const listsById = new Map(lists.map((l) => [l.id, l]));

  // Feeds carry prices with VAT (what marketplaces and Google Merchant expect in the EU), even for a
  // channel configured to show net prices; marketplace channels are gross anyway.
  const gross = { ...channel, pricesIncludeVat: true };
  const rows = variants.map((v, i): FeedRow => {
    const price = priceVariant(gross, ANONYMOUS_AUDIENCE, priced[i]!, lists, 1, at);
    // The channel's regular price is the list price, or what a list that raises it says (never a "sale").
    const regular = price.reduced ? price.base : price.unit;
    const applied = price.reduced && price.applied ? listsById.get(price.applied.listId) : undefined;
    return {
      id: v.sku,
      item_group_id: v.slug,
      title: variantTitle(v.name, optionLabels(v.options, reference), reference.optionOrder),
      description: v.description,
      link: productLink(origin, v.slug, v.sku),
      image_link: v.image_url ? absoluteUrl(origin, v.image_url) : null,
      price: formatFeedMoney(regular.amount, regular.currency),
      sale_price: price.reduced ? formatFeedMoney(price.unit.amount, price.unit.currency) : null,
      sale_price_effective_date: applied ? saleEffectiveDate(applied.validFrom, applied.validUntil, at) : null,
      availability: Number(v.available) > 0 ? 'in_stock' : 'out_of_stock',
      brand: v.brand,
      gtin: v.gtin,
      mpn: v.mpn,
      condition: 'new',
      product_type: productType(v.category_path, reference.categoryNames),
    };
  });
  return { rows, last: variants[variants.length - 1]!.sku };
}

/** The feed's rows batch by batch; nothing for an inactive channel. */
export async function* feedBatches(
  db: Executor,
  channel: FeedChannel,
  options: FeedOptions,
): AsyncGenerator<FeedRow[], void, undefined> {
  if (!channel.active) return;
  const limit = options.batchSize ?? FEED_BATCH_SIZE;
  const reference = await loadFeedReference(db, channel.locale);
  let after: string | null = null;
  for (;;) {
    const batch = await findFeedBatch(db, channel, reference, { ...options, after, limit });
    if (batch.rows.length > 0) yield batch.rows;
    if (batch.rows.length < limit) return;
    after = batch.last;
  }
}

/**
 * The feed as a byte stream: a batch is read only when the reader wants more (pull), so memory
 * holds about one batch however large the catalogue. Cancelling (the client went away) stops
 * before the next batch. An error after the first bytes can only abort the response.
 */
export function feedStream(
  db: Executor,
  channel: FeedChannel,
  format: FeedFormat,
  options: FeedOptions,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let batches: AsyncGenerator<FeedRow[], void, undefined> | null = null;
  let first = true;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!batches) {
          batches = feedBatches(db, channel, options);
          controller.enqueue(encoder.encode(format === 'csv' ? csvHeader() : jsonHead(channel.code, options.at)));
          return;
        }
        try {
          const next = await batches.next();
          if (cancelled) return;
          if (next.done) {
            if (format === 'json') controller.enqueue(encoder.encode(JSON_TAIL));
            controller.close();
            return;
          }
          controller.enqueue(encoder.encode(renderBatch(format, next.value, first)));
          first = false;
        } catch (error) {
          if (cancelled) return;
          console.error(`Feed ${channel.code}.${format} failed while streaming`, error);
          controller.error(error);
        }
      },
      async cancel() {
        cancelled = true;
        await batches?.return();
      },
    },
    { highWaterMark: 1 },
  );
}
