import { describe, expect, test } from 'vitest';
import {
  productShippingNote,
  quoteShipping,
  shippingVatRate,
  type ShippingLine,
  type ShippingRate,
} from './shipping.rules';

const delivery: ShippingRate = {
  method: 'delivery',
  flatAmount: 495,
  freeFromAmount: 5000,
  bulkyTag: 'bulky',
  bulkySurchargeAmount: 3900,
};
const line = (lineAmount: number, quantity = 1, tags: string[] = [], vatRateBp = 1900): ShippingLine => ({
  lineAmount,
  quantity,
  tags,
  vatRateBp,
});

describe('quoteShipping', () => {
  test.each([
    ['below the threshold: flat rate', [line(4999)], 495, false, 0],
    ['exactly at the threshold: free', [line(5000)], 0, true, 0],
    ['above the threshold across lines', [line(2500), line(2500)], 0, true, 0],
    ['bulky unit below the threshold', [line(1000, 1, ['bulky'])], 495 + 3900, false, 1],
    ['bulky units above the threshold keep their surcharge', [line(300000, 2, ['bulky'])], 2 * 3900, true, 2],
    ['another tag is not bulky', [line(1000, 3, ['clearance'])], 495, false, 0],
  ])('%s', (_name, lines, amount, flatWaived, bulkyUnits) => {
    const quote = quoteShipping('delivery', delivery, lines);
    expect(quote).toMatchObject({ amount, flatWaived, bulkyUnits, freeFromAmount: 5000 });
  });

  test('pickup is free, even for bulky goods and with a rate at hand', () => {
    expect(quoteShipping('pickup', delivery, [line(100, 1, ['bulky'])])).toMatchObject({ amount: 0, bulkyUnits: 0 });
  });

  test('a method without a rate is free', () => {
    expect(quoteShipping('ship_to_store', null, [line(100)]).amount).toBe(0);
  });

  test('no threshold: never waived; no bulky tag: no surcharge', () => {
    const rate: ShippingRate = { ...delivery, freeFromAmount: null, bulkyTag: null };
    expect(quoteShipping('delivery', rate, [line(1_000_000, 5, ['bulky'])])).toMatchObject({
      amount: 495,
      flatWaived: false,
      bulkyUnits: 0,
    });
  });

  test('an empty cart costs nothing to ship', () => {
    expect(quoteShipping('delivery', delivery, []).amount).toBe(0);
  });

  test('a threshold of zero makes every order free of the flat rate', () => {
    expect(quoteShipping('delivery', { ...delivery, freeFromAmount: 0 }, [line(1)]).amount).toBe(0);
  });
});

describe('shippingVatRate', () => {
  test.each([
    [[], 0],
    [[{ vatRateBp: 1900 }], 1900],
    [[{ vatRateBp: 700 }, { vatRateBp: 1900 }], 1900],
    [[{ vatRateBp: 700 }], 700],
  ])('%j → %i', (lines, rate) => expect(shippingVatRate(lines)).toBe(rate));
});

describe('productShippingNote', () => {
  test.each([
    ['no rate: free', null, [], { kind: 'free' }],
    ['flat rate with threshold', delivery, [], { kind: 'plus', freeFromAmount: 5000, bulkySurchargeAmount: 0 }],
    [
      'bulky product names its surcharge',
      delivery,
      ['bulky'],
      { kind: 'plus', freeFromAmount: 5000, bulkySurchargeAmount: 3900 },
    ],
    ['zero flat rate: free', { ...delivery, flatAmount: 0 }, [], { kind: 'free' }],
    [
      'zero flat rate but bulky: plus',
      { ...delivery, flatAmount: 0 },
      ['bulky'],
      { kind: 'plus', freeFromAmount: 5000, bulkySurchargeAmount: 3900 },
    ],
    ['threshold of zero: free', { ...delivery, freeFromAmount: 0 }, [], { kind: 'free' }],
  ] as const)('%s', (_name, rate, tags, note) => {
    expect(productShippingNote(rate, tags)).toEqual(note);
  });
});
