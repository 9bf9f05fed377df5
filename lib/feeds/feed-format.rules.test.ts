import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  csvHeader,
  csvRow,
  FEED_COLUMNS,
  formatFeedMoney,
  jsonHead,
  jsonItem,
  JSON_TAIL,
  parseFeedFile,
  productLink,
  productType,
  renderBatch,
  requestOrigin,
  saleEffectiveDate,
  variantTitle,
  type FeedRow,
} from './feed-format.rules';

const row: FeedRow = {
  id: 'HZ-PAN-20-BLK',
  item_group_id: 'horizont-pannier-20-l',
  title: 'Horizont Pannier 20 L – Black',
  description: 'Waterproof, "roll-top", 20 L\nWith mount',
  link: 'https://shop.example/p/horizont-pannier-20-l?variant=HZ-PAN-20-BLK',
  image_link: 'https://shop.example/media/generated/bag/0.svg',
  price: '129.99 EUR',
  sale_price: null,
  sale_price_effective_date: null,
  availability: 'in_stock',
  brand: 'Horizont',
  gtin: '4006381333931',
  mpn: null,
  condition: 'new',
  product_type: 'Parts & accessories > Bags',
};

describe('parseFeedFile', () => {
  it('accepts <channel>.csv and <channel>.json only', () => {
    expect(parseFeedFile('marketplace.csv')).toEqual({ channelCode: 'marketplace', format: 'csv' });
    expect(parseFeedFile('market_place-2.json')).toEqual({ channelCode: 'market_place-2', format: 'json' });
    for (const bad of [
      'marketplace',
      'marketplace.xml',
      'marketplace.csv.gz',
      '.csv',
      'a b.csv',
      '../x.csv',
      'marketplace.CSV',
      `${'a'.repeat(101)}.csv`,
    ]) {
      expect(parseFeedFile(bad), bad).toBeNull();
    }
  });
});

describe('formatFeedMoney', () => {
  it('formats integer cents without floating point', () => {
    expect(formatFeedMoney(12999, 'EUR')).toBe('129.99 EUR');
    expect(formatFeedMoney(100, 'EUR')).toBe('1.00 EUR');
    expect(formatFeedMoney(5, 'EUR')).toBe('0.05 EUR');
    expect(formatFeedMoney(0, 'CHF')).toBe('0.00 CHF');
    expect(formatFeedMoney(-250, 'EUR')).toBe('-2.50 EUR');
    // Amounts where float division would show binary noise (0.1 + 0.2 style) stay exact.
    expect(formatFeedMoney(1_000_000_007, 'EUR')).toBe('10000000.07 EUR');
    expect(formatFeedMoney(Number.MAX_SAFE_INTEGER, 'EUR')).toBe('90071992547409.91 EUR');
  });

  it('refuses non-integer amounts', () => {
    expect(() => formatFeedMoney(1.5, 'EUR')).toThrow(RangeError);
    expect(() => formatFeedMoney(Number.NaN, 'EUR')).toThrow(RangeError);
  });
});

describe('saleEffectiveDate', () => {
  const at = new Date('2026-11-22T10:15:30.456Z');
  const from = new Date('2026-11-20T23:00:00Z');
  const until = new Date('2026-12-01T23:00:00.000Z');

  it('is empty without a window', () => {
    expect(saleEffectiveDate(null, null, at)).toBeNull();
  });

  it("is the list's window as an ISO 8601 interval", () => {
    expect(saleEffectiveDate(from, until, at)).toBe('2026-11-20T23:00:00Z/2026-12-01T23:00:00Z');
  });

  it('fills an open start with the pricing instant and an open end with the far future', () => {
    expect(saleEffectiveDate(null, until, at)).toBe('2026-11-22T10:15:30Z/2026-12-01T23:00:00Z');
    expect(saleEffectiveDate(from, null, at)).toBe('2026-11-20T23:00:00Z/9999-12-31T23:59:59Z');
  });
});

describe('variantTitle', () => {
  it('appends option values in option-type order', () => {
    expect(variantTitle('Horizont Pannier 20 L', { color: 'Black' }, ['color', 'size', 'frameSize'])).toBe(
      'Horizont Pannier 20 L – Black',
    );
    expect(variantTitle('Trekking 500', { frameSize: 'M', color: 'Blue' }, ['color', 'size', 'frameSize'])).toBe(
      'Trekking 500 – Blue / M',
    );
  });

  it('puts unknown options last (alphabetically) and skips empty values', () => {
    expect(
      variantTitle('Tent', { zipper: 'Left', color: 'Green', capacity: '2 P', size: ' ' }, ['color', 'size']),
    ).toBe('Tent – Green / 2 P / Left');
  });

  it('is the product name without options', () => {
    expect(variantTitle('Chain oil', {}, ['color'])).toBe('Chain oil');
  });
});

describe('productType', () => {
  it('joins category names from the root to the leaf', () => {
    const names = new Map([
      ['bikes', 'Bikes'],
      ['bikes/e-bikes', 'E-bikes'],
      ['bikes/e-bikes/city', 'City e-bikes'],
    ]);
    expect(productType('bikes/e-bikes/city', names)).toBe('Bikes > E-bikes > City e-bikes');
    expect(productType('bikes', names)).toBe('Bikes');
    expect(productType('bikes/unknown', names)).toBe('Bikes > unknown');
  });
});

describe('links', () => {
  it('makes media URLs absolute and keeps absolute ones', () => {
    expect(absoluteUrl('https://shop.example', '/media/generated/bike/205.svg')).toBe(
      'https://shop.example/media/generated/bike/205.svg',
    );
    expect(absoluteUrl('http://127.0.0.1:3000', 'media/x.svg')).toBe('http://127.0.0.1:3000/media/x.svg');
    expect(absoluteUrl('https://shop.example', 'https://cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg');
  });

  it('takes the public origin from the proxy headers, then Host, then the URL', () => {
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(requestOrigin('http://localhost:3000/api/v1/feeds/m.csv', headers({}))).toBe('http://localhost:3000');
    expect(requestOrigin('http://localhost:3000/x', headers({ host: '127.0.0.1:4000' }))).toBe('http://127.0.0.1:4000');
    expect(
      requestOrigin(
        'http://localhost:3000/x',
        headers({
          host: 'internal:3000',
          'x-forwarded-host': 'shop.example, proxy.local',
          'x-forwarded-proto': 'https',
        }),
      ),
    ).toBe('https://shop.example');
    expect(requestOrigin('http://localhost:3000/x', headers({ host: '[::1]:3000' }))).toBe('http://[::1]:3000');
    // Malformed values are ignored rather than written into every link.
    expect(
      requestOrigin(
        'http://localhost:3000/x',
        headers({ host: 'evil.example/path?', 'x-forwarded-proto': 'javascript' }),
      ),
    ).toBe('http://localhost:3000');
  });

  it('links the product page with the variant preselected', () => {
    expect(productLink('https://shop.example', 'trekking-500', 'TR 500/M')).toBe(
      'https://shop.example/p/trekking-500?variant=TR%20500%2FM',
    );
  });
});

describe('CSV (RFC 4180)', () => {
  it('ends every record with CRLF, the header with the columns', () => {
    expect(csvHeader()).toBe(`${FEED_COLUMNS.join(',')}\r\n`);
    expect(
      csvHeader().startsWith(
        'id,item_group_id,title,description,link,image_link,price,sale_price,sale_price_effective_date,availability,',
      ),
    ).toBe(true);
  });

  it('renders a row in column order', () => {
    expect(csvRow(row)).toBe(
      'HZ-PAN-20-BLK,horizont-pannier-20-l,Horizont Pannier 20 L – Black,"Waterproof, ""roll-top"", 20 L\nWith mount",https://shop.example/p/horizont-pannier-20-l?variant=HZ-PAN-20-BLK,https://shop.example/media/generated/bag/0.svg,129.99 EUR,,,in_stock,Horizont,4006381333931,,new,Parts & accessories > Bags\r\n',
    );
  });
});

describe('JSON pieces', () => {
  it('concatenate to one valid document', () => {
    const at = new Date('2026-11-22T10:00:00Z');
    const text =
      jsonHead('marketplace', at) +
      renderBatch('json', [row, { ...row, id: 'B' }], true) +
      renderBatch('json', [{ ...row, id: 'C' }], false) +
      JSON_TAIL;
    const doc = JSON.parse(text) as { channel: string; generatedAt: string; items: FeedRow[] };
    expect(doc.channel).toBe('marketplace');
    expect(doc.generatedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(doc.items.map((i) => i.id)).toEqual(['HZ-PAN-20-BLK', 'B', 'C']);
    expect(Object.keys(doc.items[0]!)).toEqual([...FEED_COLUMNS]);
    expect(doc.items[0]!.mpn).toBeNull();
  });

  it('is an empty item list without rows', () => {
    expect(JSON.parse(jsonHead('m', new Date(0)) + JSON_TAIL)).toEqual({
      channel: 'm',
      generatedAt: '1970-01-01T00:00:00.000Z',
      items: [],
    });
    expect(jsonItem(row, false).startsWith(',{')).toBe(true);
  });
});
