import { describe, expect, it } from 'vitest';
import { berlinLocalToInstant } from '@/lib/platform/business-time.rules';
import {
  resolvePrice,
  type PriceAdjustment,
  type PriceContext,
  type PriceList,
  type PriceListEntry,
} from './pricing.rules';

const WEB = { id: 'web', currency: 'EUR', pricesIncludeVat: true };
const B2B = { id: 'b2b', currency: 'EUR', pricesIncludeVat: false };
const AT = new Date('2026-06-15T10:00:00Z');

function ctx(overrides: Partial<PriceContext> = {}): PriceContext {
  return {
    variantId: 'v1',
    productId: 'p1',
    categoryPath: 'bikes/city-bikes/dutch',
    channel: WEB,
    customerGroupIds: [],
    companyId: null,
    quantity: 1,
    at: AT,
    basePrice: { amount: 10_000, currency: 'EUR' },
    vatRateBp: 1900,
    floorPrice: null,
    ...overrides,
  };
}

let ids = 0;
function entry(
  adjustment: PriceAdjustment,
  target: PriceListEntry['target'] = { kind: 'all' },
  minQuantity = 1,
): PriceListEntry {
  return { id: `e${++ids}`, target, minQuantity, adjustment };
}
function list(name: string, entries: PriceListEntry[], overrides: Partial<PriceList> = {}): PriceList {
  return {
    id: name,
    name,
    priority: 0,
    active: true,
    validFrom: null,
    validUntil: null,
    channelIds: ['web', 'b2b'],
    customerGroupIds: [],
    companyId: null,
    currency: 'EUR',
    amountsIncludeVat: true,
    entries,
    ...overrides,
  };
}
const pct = (bp: number): PriceAdjustment => ({ kind: 'percent', bp });
const off = (amount: number): PriceAdjustment => ({ kind: 'amount', amount });
const fixed = (amount: number): PriceAdjustment => ({ kind: 'fixed', amount });

const tiers = (overrides: Partial<PriceList> = {}) =>
  list(
    'volume',
    [
      entry(pct(500), { kind: 'all' }, 10),
      entry(pct(1000), { kind: 'all' }, 50),
      entry(pct(1500), { kind: 'all' }, 100),
    ],
    overrides,
  );

type Row = [string, Partial<PriceContext>, PriceList[], number, string | null];

// [case, context overrides, lists, expected unit cents, expected list name or null]
const rows: Row[] = [
  // no applicable list
  ['no lists: base price', {}, [], 10_000, null],
  ['inactive list', {}, [list('off', [entry(pct(2000))], { active: false })], 10_000, null],
  ['list for another channel', {}, [list('b2b only', [entry(pct(2000))], { channelIds: ['b2b'] })], 10_000, null],
  ['list in another currency', {}, [list('chf', [entry(pct(2000))], { currency: 'CHF' })], 10_000, null],
  [
    'entry for another product',
    {},
    [list('other', [entry(pct(2000), { kind: 'product', productId: 'p2' })])],
    10_000,
    null,
  ],
  [
    'entry for a sibling category',
    {},
    [list('tents', [entry(pct(2000), { kind: 'category', path: 'outdoor' })])],
    10_000,
    null,
  ],
  [
    'category prefix is not a parent',
    { categoryPath: 'bikes-sale/x' },
    [list('bikes', [entry(pct(2000), { kind: 'category', path: 'bikes' })])],
    10_000,
    null,
  ],
  // percent vs amount vs fixed
  ['20 % off', {}, [list('promo', [entry(pct(2000))])], 8_000, 'promo'],
  ['15.5 % off', {}, [list('promo', [entry(pct(1550))])], 8_450, 'promo'],
  ['12.34 € off', {}, [list('promo', [entry(off(1234))])], 8_766, 'promo'],
  ['fixed 79.99 €', {}, [list('promo', [entry(fixed(7_999))])], 7_999, 'promo'],
  [
    'fixed price above the base (a surcharge list)',
    {},
    [list('marketplace', [entry(fixed(10_500))])],
    10_500,
    'marketplace',
  ],
  ['amount larger than the price stops at zero', {}, [list('giveaway', [entry(off(20_000))])], 0, 'giveaway'],
  ['100 % off is zero', {}, [list('free', [entry(pct(10_000))])], 0, 'free'],
  // rounding of odd cents: half up per unit
  [
    '33.33 % of 9.99 € rounds half up (3.33 off)',
    { basePrice: { amount: 999, currency: 'EUR' } },
    [list('third', [entry(pct(3333))])],
    666,
    'third',
  ],
  [
    '15 % of 0.99 € = 14.85 ct, rounds to 15',
    { basePrice: { amount: 99, currency: 'EUR' } },
    [list('p', [entry(pct(1500))])],
    84,
    'p',
  ],
  [
    '5 % of 0.01 € = 0.05 ct, rounds to 0',
    { basePrice: { amount: 1, currency: 'EUR' } },
    [list('p', [entry(pct(500))])],
    1,
    'p',
  ],
  [
    '50 % of 0.01 € = 0.5 ct, rounds half up to 1',
    { basePrice: { amount: 1, currency: 'EUR' } },
    [list('p', [entry(pct(5000))])],
    0,
    'p',
  ],
  // specificity inside one list
  [
    'variant entry beats product entry',
    {},
    [
      list('l', [
        entry(pct(1000), { kind: 'product', productId: 'p1' }),
        entry(pct(500), { kind: 'variant', variantId: 'v1' }),
      ]),
    ],
    9_500,
    'l',
  ],
  [
    'product entry beats category entry',
    {},
    [
      list('l', [
        entry(pct(3000), { kind: 'category', path: 'bikes' }),
        entry(pct(1000), { kind: 'product', productId: 'p1' }),
      ]),
    ],
    9_000,
    'l',
  ],
  [
    'deeper category beats its ancestor',
    {},
    [
      list('l', [
        entry(pct(3000), { kind: 'category', path: 'bikes' }),
        entry(pct(1000), { kind: 'category', path: 'bikes/city-bikes' }),
      ]),
    ],
    9_000,
    'l',
  ],
  [
    'category entry includes descendants',
    {},
    [list('l', [entry(pct(1000), { kind: 'category', path: 'bikes' })])],
    9_000,
    'l',
  ],
  [
    'category entry for the exact category',
    {},
    [list('l', [entry(pct(1000), { kind: 'category', path: 'bikes/city-bikes/dutch' })])],
    9_000,
    'l',
  ],
  // quantity tiers
  ['quantity 9: below the first tier', { quantity: 9 }, [tiers()], 10_000, null],
  ['quantity 10: first tier', { quantity: 10 }, [tiers()], 9_500, 'volume'],
  ['quantity 49: still first tier', { quantity: 49 }, [tiers()], 9_500, 'volume'],
  ['quantity 50: second tier', { quantity: 50 }, [tiers()], 9_000, 'volume'],
  ['quantity 99: second tier', { quantity: 99 }, [tiers()], 9_000, 'volume'],
  ['quantity 100: top tier', { quantity: 100 }, [tiers()], 8_500, 'volume'],
  ['quantity 5000: top tier', { quantity: 5000 }, [tiers()], 8_500, 'volume'],
  [
    'variant tier unreachable: falls back to the reachable product entry',
    { quantity: 5 },
    [
      list('l', [
        entry(pct(500), { kind: 'product', productId: 'p1' }),
        entry(pct(2000), { kind: 'variant', variantId: 'v1' }, 10),
      ]),
    ],
    9_500,
    'l',
  ],
  // priority and equal priority
  [
    'higher priority wins even when dearer',
    {},
    [list('promo', [entry(pct(3000))], { priority: 10 }), list('contract', [entry(pct(1000))], { priority: 20 })],
    9_000,
    'contract',
  ],
  [
    'equal priority: the cheaper wins',
    {},
    [list('a', [entry(pct(1000))], { priority: 5 }), list('b', [entry(pct(1500))], { priority: 5 })],
    8_500,
    'b',
  ],
  // groups and companies
  [
    'group list for a non-member',
    {},
    [list('regulars', [entry(pct(1000))], { customerGroupIds: ['regulars'] })],
    10_000,
    null,
  ],
  [
    'group list for a member',
    { customerGroupIds: ['regulars'] },
    [list('regulars', [entry(pct(1000))], { customerGroupIds: ['regulars'] })],
    9_000,
    'regulars',
  ],
  [
    'member of several groups gets the best',
    { customerGroupIds: ['regulars', 'trade'] },
    [
      list('regulars', [entry(pct(1000))], { customerGroupIds: ['regulars'] }),
      list('trade', [entry(pct(1800))], { customerGroupIds: ['trade'] }),
    ],
    8_200,
    'trade',
  ],
  [
    'company contract for another company',
    { companyId: 'globex' },
    [list('acme contract', [entry(pct(2500))], { companyId: 'acme' })],
    10_000,
    null,
  ],
  [
    'company contract beats the channel list by priority',
    { companyId: 'acme' },
    [
      list('web promo', [entry(pct(3000))], { priority: 10 }),
      list('acme contract', [entry(pct(2000))], { companyId: 'acme', priority: 100 }),
    ],
    8_000,
    'acme contract',
  ],
  [
    'company contract at equal priority loses to a cheaper channel list',
    { companyId: 'acme' },
    [list('web promo', [entry(pct(3000))]), list('acme contract', [entry(pct(2000))], { companyId: 'acme' })],
    7_000,
    'web promo',
  ],
  // windows
  [
    'window not started',
    {},
    [list('summer', [entry(pct(2000))], { validFrom: new Date('2026-07-01T00:00:00Z') })],
    10_000,
    null,
  ],
  [
    'window ended (until is exclusive)',
    { at: new Date('2026-06-15T10:00:00Z') },
    [list('flash', [entry(pct(2000))], { validUntil: new Date('2026-06-15T10:00:00Z') })],
    10_000,
    null,
  ],
  [
    'inside the window',
    {},
    [
      list('june', [entry(pct(2000))], {
        validFrom: new Date('2026-06-01T00:00:00Z'),
        validUntil: new Date('2026-07-01T00:00:00Z'),
      }),
    ],
    8_000,
    'june',
  ],
  [
    'overlapping windows: both valid, priority decides',
    {},
    [
      list('june', [entry(pct(1000))], { validFrom: new Date('2026-06-01T00:00:00Z'), priority: 1 }),
      list('mid-june', [entry(pct(500))], { validFrom: new Date('2026-06-10T00:00:00Z'), priority: 2 }),
    ],
    9_500,
    'mid-june',
  ],
  [
    'overlapping windows: the later one ended, the earlier still runs',
    {},
    [
      list('june', [entry(pct(1000))], { validUntil: new Date('2026-07-01T00:00:00Z'), priority: 1 }),
      list('weekend', [entry(pct(500))], { validUntil: new Date('2026-06-14T22:00:00Z'), priority: 2 }),
    ],
    9_000,
    'june',
  ],
  [
    'midnight Berlin on the spring DST day: 23:59 the day before (CET) is outside',
    { at: new Date('2026-03-28T22:59:00Z') },
    [list('spring', [entry(pct(1000))], { validFrom: berlinLocalToInstant('2026-03-29') })],
    10_000,
    null,
  ],
  [
    'midnight Berlin on the spring DST day: 00:00 CET is inside',
    { at: new Date('2026-03-28T23:00:00Z') },
    [list('spring', [entry(pct(1000))], { validFrom: berlinLocalToInstant('2026-03-29') })],
    9_000,
    'spring',
  ],
  [
    'midnight Berlin on the autumn DST day: 23:59 CEST the day before is outside',
    { at: new Date('2026-10-24T21:59:00Z') },
    [list('autumn', [entry(pct(1000))], { validFrom: berlinLocalToInstant('2026-10-25') })],
    10_000,
    null,
  ],
  [
    'midnight Berlin on the autumn DST day: 00:00 CEST is inside',
    { at: new Date('2026-10-24T22:00:00Z') },
    [list('autumn', [entry(pct(1000))], { validFrom: berlinLocalToInstant('2026-10-25') })],
    9_000,
    'autumn',
  ],
  // floor price
  [
    'floor price stops a deep reduction',
    { floorPrice: 7_000 },
    [list('clearance', [entry(pct(5000))])],
    7_000,
    'clearance',
  ],
  [
    'floor price below the reduced price changes nothing',
    { floorPrice: 4_000 },
    [list('clearance', [entry(pct(5000))])],
    5_000,
    'clearance',
  ],
  ['floor price without a list leaves the base price', { floorPrice: 12_000 }, [], 10_000, null],
  // net channel (B2B): base converted to net, net amounts used as they are
  ['b2b shows the net base price (100 € gross at 19 %)', { channel: B2B }, [], 8_403, null],
  ['b2b 10 % off the net price', { channel: B2B }, [list('trade', [entry(pct(1000))])], 7_563, 'trade'],
  [
    'b2b fixed net contract price',
    { channel: B2B },
    [list('contract', [entry(fixed(7_000))], { amountsIncludeVat: false })],
    7_000,
    'contract',
  ],
  [
    'b2b fixed gross price is converted to net',
    { channel: B2B },
    [list('gross list', [entry(fixed(11_900))])],
    10_000,
    'gross list',
  ],
  [
    'web fixed net price is converted to gross at 7 %',
    { vatRateBp: 700 },
    [list('net list', [entry(fixed(1_001))], { amountsIncludeVat: false })],
    1_071,
    'net list',
  ],
  [
    'b2b floor price is compared net',
    { channel: B2B, floorPrice: 5_950 },
    [list('clearance', [entry(pct(5000))])],
    5_000,
    'clearance',
  ],
];

describe('resolvePrice', () => {
  it.each(rows)('%s', (_name, overrides, lists, expectedUnit, expectedList) => {
    const result = resolvePrice(ctx(overrides), lists);
    expect(result.unit.amount).toBe(expectedUnit);
    expect(result.applied?.listName ?? null).toBe(expectedList);
    expect(result.trace).toHaveLength(lists.length);
    expect(result.trace.filter((s) => s.outcome === 'applied')).toHaveLength(expectedList ? 1 : 0);
  });

  it('has at least 40 table rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it('returns base price, VAT flag, line total and a reason for every candidate', () => {
    const result = resolvePrice(ctx({ quantity: 3, customerGroupIds: ['regulars'] }), [
      list('promo', [entry(pct(2000))], { priority: 1 }),
      list('regulars', [entry(pct(1000))], { priority: 5, customerGroupIds: ['regulars'] }),
      list('b2b only', [entry(pct(5000))], { channelIds: ['b2b'] }),
      list('tents', [entry(pct(5000), { kind: 'category', path: 'outdoor' })]),
    ]);
    expect(result).toMatchObject({
      unit: { amount: 9_000, currency: 'EUR' },
      base: { amount: 10_000 },
      lineTotal: { amount: 27_000 },
      includesVat: true,
      reduced: true,
    });
    expect(result.trace.map((s) => [s.listName, s.outcome, s.reasons.map((r) => r.code)])).toEqual([
      ['promo', 'dropped', ['adjustment', 'lowerPriority']],
      ['regulars', 'applied', ['adjustment']],
      ['b2b only', 'dropped', ['otherChannel']],
      ['tents', 'dropped', ['noEntry']],
    ]);
    expect(result.trace[0]!.reasons[1]).toEqual({ code: 'lowerPriority', winner: 'regulars' });
  });

  it('says when the floor price raised the result', () => {
    const result = resolvePrice(ctx({ floorPrice: 9_500 }), [list('deep', [entry(pct(5000))])]);
    expect(result.floorApplied).toBe(true);
    expect(result.trace[0]!.reasons.at(-1)).toEqual({ code: 'raisedToFloor' });
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses quantity %s', (quantity) => {
    expect(() => resolvePrice(ctx({ quantity }), [])).toThrow(RangeError);
  });
});
