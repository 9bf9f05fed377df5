// Marketplace and comparison feeds (Google Merchant style): the pure formatting. Rows come from
import { csvRecord } from '@/lib/platform/csv.rules';
// ./feed.ts; the route (app/api/v1/feeds/[file]/route.ts) streams what these functions render.

export type FeedFormat = 'csv' | 'json';

/** One variant in a feed. Optional fields are null when unknown; CSV renders them empty. */
export type FeedRow = {
  id: string;
  item_group_id: string;
  title: string;
  description: string;
  link: string;
  image_link: string | null;
  price: string;
  sale_price: string | null;
  sale_price_effective_date: string | null;
  availability: 'in_stock' | 'out_of_stock';
  brand: string | null;
  gtin: string | null;
  mpn: string | null;
  condition: 'new';
  product_type: string;
};

/** The columns in feed order (CSV header and JSON keys). */
export const FEED_COLUMNS = [
  'id',
  'item_group_id',
  'title',
  'description',
  'link',
  'image_link',
  'price',
  'sale_price',
  'sale_price_effective_date',
  'availability',
  'brand',
  'gtin',
  'mpn',
  'condition',
  'product_type',
] as const satisfies ReadonlyArray<keyof FeedRow>;

const FILE = /^([A-Za-z0-9][A-Za-z0-9_-]{0,99})\.(csv|json)$/;

/** `<channel>.csv` or `<channel>.json` from the path segment; null for anything else. */
export function parseFeedFile(segment: string): { channelCode: string; format: FeedFormat } | null {
  const match = FILE.exec(segment);
  return match ? { channelCode: match[1]!, format: match[2] as FeedFormat } : null;
}

/**
 * Integer cents as Google Merchant wants money: "129.99 EUR". No floating point: the whole units and
 * the cents come from integer division and remainder.
 */
export function formatFeedMoney(amount: number, currency: string): string {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`Money amount must be an integer number of cents, got ${amount}`);
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const units = Math.trunc(abs / 100);
  const cents = abs % 100;
  return `${sign}${units}.${cents < 10 ? '0' : ''}${cents} ${currency}`;
}

/** An instant in ISO 8601 to the second, UTC ("2027-01-02T00:00:00Z"). */
export function isoInstant(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

const OPEN_END = '9999-12-31T23:59:59Z';

/**
 * sale_price_effective_date as an ISO 8601 interval "start/end" from a price list's window
 * (validFrom inclusive, validUntil exclusive). Empty (null) when the list is open-ended on both
 * sides: the sale applies until the feed says otherwise. Google needs both ends, so an open side is
 * filled in: an open start with the instant the feed was priced at (the list applies then), an
 * open end with 9999-12-31T23:59:59Z (no planned end).
 */
export function saleEffectiveDate(validFrom: Date | null, validUntil: Date | null, pricedAt: Date): string | null {
  if (!validFrom && !validUntil) return null;
  return `${isoInstant(validFrom ?? pricedAt)}/${validUntil ? isoInstant(validUntil) : OPEN_END}`;
}
/**
 * A variant's title: the product name and its option values in option-type order, e.g.
 * "Horizont Pannier 20 L – Black" or "Trekking 500 – Blue / M". Option codes missing from `order`
 * come last, alphabetically.
 */
export function variantTitle(
  productName: string,
  options: Record<string, string>,
  order: readonly string[] = [],
): string {
  const rank = (code: string) => {
    const i = order.indexOf(code);
    return i === -1 ? order.length : i;
  };
  const values = Object.keys(options)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((code) => options[code]?.trim())
    .filter((v): v is string => Boolean(v));
  return values.length ? `${productName} – ${values.join(' / ')}` : productName;
}

/** product_type: the category names from the root to the product's category, "Bikes > E-bikes > City". */
export function productType(categoryPath: string, namesByPath: ReadonlyMap<string, string>): string {
  const parts = categoryPath.split('/');
  const names: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const path = parts.slice(0, i).join('/');
    names.push(namesByPath.get(path) ?? parts[i - 1]!);
  }
  return names.join(' > ');
}

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The public origin of a request, for absolute links: the proxy's X-Forwarded-Host/-Proto, else the
 * Host header, else the URL (Next builds request.url from its own hostname and port, not from Host).
 * A malformed host is ignored.
 */
export function requestOrigin(url: string, headers: { get(name: string): string | null }): string {
  const own = new URL(url);
  const first = (name: string) => headers.get(name)?.split(',')[0]?.trim() || undefined;
  const host = [first('x-forwarded-host'), first('host')].find((h) => h !== undefined && HOST.test(h)) ?? own.host;
  const forwardedProto = first('x-forwarded-proto')?.toLowerCase();
  const proto = forwardedProto === 'http' || forwardedProto === 'https' ? `${forwardedProto}:` : own.protocol;
  return `${proto}//${host}`;
}

/** An absolute URL on the origin for a possibly relative one (media URLs may be "/media/…"). */
export function absoluteUrl(origin: string, url: string): string {
  return new URL(url, `${origin}/`).href;
}

/** The storefront page of a variant: the product page preselects it with `?variant=<sku>`. */
export function productLink(origin: string, slug: string, sku: string): string {
  return `${origin}/p/${encodeURIComponent(slug)}?variant=${encodeURIComponent(sku)}`;
}

export const csvHeader = (): string => csvRecord(FEED_COLUMNS);

export const csvRow = (row: FeedRow): string => csvRecord(FEED_COLUMNS.map((c) => row[c]));

/** The JSON document is written in pieces: head, items separated by commas, tail. */
export function jsonHead(channelCode: string, generatedAt: Date): string {
  return `{"channel":${JSON.stringify(channelCode)},"generatedAt":${JSON.stringify(generatedAt.toISOString())},"items":[`;
}

export function jsonItem(row: FeedRow, first: boolean): string {
  const ordered = Object.fromEntries(FEED_COLUMNS.map((c) => [c, row[c]]));
  return `${first ? '' : ','}${JSON.stringify(ordered)}`;
}

export const JSON_TAIL = ']}';

/** Renders a batch of rows; `first` says whether nothing was written before it (JSON commas). */
export function renderBatch(format: FeedFormat, rows: readonly FeedRow[], first: boolean): string {
  if (format === 'csv') return rows.map(csvRow).join('');
  return rows.map((row, i) => jsonItem(row, first && i === 0)).join('');
}
