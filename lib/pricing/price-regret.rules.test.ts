import { describe, expect, it } from 'vitest';
import {
  assessPriceRegret,
  dropBp,
  findLoweredPrices,
  isRegretful,
  type ContextPrice,
  type RecentPurchase,
} from './price-regret.rules';

const settings = { windowDays: 14, thresholdBp: 1000 };

let n = 0;
function purchase(overrides: Partial<RecentPurchase> = {}): RecentPurchase {
  n += 1;
  return {
    orderId: `o${n}`,
    orderNumber: 10_000 + n,
    orderLineId: `l${n}`,
    userId: 'u1',
    email: 'chris@example.com',
    variantId: 'v1',
    sku: 'SKU-1',
    productName: 'Pannier',
    quantity: 1,
    paidGross: 10_000,
    credited: 0,
    ...overrides,
  };
}

const price = (context: string, variantId: string, gross: number, channelName = 'Web shop'): ContextPrice => ({
  context,
  variantId,
  gross,
  channelName,
});

describe('isRegretful and dropBp', () => {
  it.each([
    // paid, now, threshold, regretful, drop
    [10_000, 9_000, 1000, false, 1000], // exactly the threshold: not more than it
    [10_000, 8_999, 1000, true, 1001],
    [10_000, 10_000, 1000, false, 0],
    [10_000, 11_000, 1000, false, -1000],
    [10_000, 0, 1000, true, 10_000],
    [999, 899, 1000, true, 1001], // odd cents: 100/999 = 10.01 %
    [0, 0, 1000, false, 0], // a free item cannot get cheaper
    [10_000, 9_999, 0, true, 1], // threshold 0: every drop
  ])('paid %i, now %i, threshold %i bp → regretful %s, drop %i bp', (paid, now, threshold, regretful, drop) => {
    expect(isRegretful(paid, now, threshold)).toBe(regretful);
    expect(dropBp(paid, now)).toBe(drop);
  });
});

describe('findLoweredPrices', () => {
  it('keeps, per variant, the lowest new price among contexts the change lowered', () => {
    const before = [price('web', 'v1', 10_000), price('b2b', 'v1', 9_000, 'B2B'), price('web', 'v2', 5_000)];
    const after = [price('web', 'v1', 8_000), price('b2b', 'v1', 8_500, 'B2B'), price('web', 'v2', 5_000)];
    const lowered = findLoweredPrices(before, after);
    expect([...lowered.values()]).toEqual([{ variantId: 'v1', gross: 8_000, channelName: 'Web shop' }]);
  });

  it('ignores contexts where the change raised the price, even when another context is already cheaper', () => {
    const before = [price('web', 'v1', 8_000), price('showroom', 'v1', 10_000, 'Showroom')];
    const after = [price('web', 'v1', 9_000), price('showroom', 'v1', 9_500, 'Showroom')];
    expect(findLoweredPrices(before, after).get('v1')).toEqual({
      variantId: 'v1',
      gross: 9_500,
      channelName: 'Showroom',
    });
  });

  it('ignores contexts it has no earlier price for', () => {
    expect(findLoweredPrices([], [price('web', 'v1', 1)]).size).toBe(0);
  });
});

describe('assessPriceRegret', () => {
  const lowered = new Map([['v1', { variantId: 'v1', gross: 8_000, channelName: 'Web shop' }]]);

  it('finds nothing without lowered prices or recent purchases', () => {
    expect(assessPriceRegret([purchase()], new Map(), settings, 'EUR').impact).toMatchObject({
      variants: [],
      orders: 0,
      customers: 0,
      creditTotal: 0,
    });
    expect(assessPriceRegret([], lowered, settings, 'EUR').lines).toEqual([]);
  });

  it('counts orders and customers, guests by email, and credits only accounts', () => {
    const purchases = [
      purchase({ quantity: 2 }), // owed 2 × 20.00
      purchase({ userId: 'u2', email: 'dana@example.com', paidGross: 9_500 }), // owed 15.00
      purchase({ userId: null, email: 'Guest@Example.net' }), // a guest: counted, no credit
      purchase({ userId: null, email: 'guest@example.net' }), // the same guest again
      purchase({ userId: 'u3', paidGross: 8_800 }), // 9.09 % drop: below the threshold
      purchase({ variantId: 'v9', sku: 'SKU-9' }), // not lowered
    ];
    const { impact, lines } = assessPriceRegret(purchases, lowered, settings, 'EUR');
    expect(lines.map((l) => l.credit)).toEqual([4_000, 1_500, 0, 0]);
    expect(impact).toEqual({
      windowDays: 14,
      thresholdBp: 1000,
      currency: 'EUR',
      variants: [
        {
          variantId: 'v1',
          sku: 'SKU-1',
          productName: 'Pannier',
          newPrice: 8_000,
          channelName: 'Web shop',
          highestPaid: 10_000,
          dropBp: 2000,
          orders: 4,
          customers: 3,
        },
      ],
      orders: 4,
      customers: 3,
      creditTotal: 5_500,
      creditCustomers: 2,
    });
  });

  it('subtracts credit already granted for a line, and never goes negative', () => {
    const { lines, impact } = assessPriceRegret(
      [purchase({ credited: 1_500 }), purchase({ credited: 3_000 })],
      lowered,
      settings,
      'EUR',
    );
    expect(lines.map((l) => l.credit)).toEqual([500, 0]);
    expect(impact).toMatchObject({ creditTotal: 500, creditCustomers: 1, orders: 2 });
  });

  it('sorts variants by the largest drop first', () => {
    const two = new Map([...lowered, ['v2', { variantId: 'v2', gross: 5_000, channelName: 'B2B' }]]);
    const { impact } = assessPriceRegret(
      [purchase(), purchase({ variantId: 'v2', sku: 'SKU-2', paidGross: 10_000 })],
      two,
      settings,
      'EUR',
    );
    expect(impact.variants.map((v) => [v.sku, v.dropBp])).toEqual([
      ['SKU-2', 5000],
      ['SKU-1', 2000],
    ]);
  });

  it('honours the threshold setting', () => {
    const strict = assessPriceRegret(
      [purchase({ paidGross: 8_800 })],
      lowered,
      { windowDays: 14, thresholdBp: 500 },
      'EUR',
    );
    expect(strict.impact.orders).toBe(1);
  });
});
