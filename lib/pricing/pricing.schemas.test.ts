import { describe, expect, it } from 'vitest';
import { parsePercent, parseUnits, priceEntryInput, priceListInput } from './pricing.schemas';

describe('parseUnits / parsePercent', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12,50', 1250],
    ['0.01', 1],
    [' 7 ', 700],
    ['9999999.99', 999_999_999],
    ['12.505', null],
    ['-1', null],
    ['1e3', null],
    ['', null],
    ['12.', null],
  ])('units %s → %s', (text, cents) => {
    expect(parseUnits(text)).toBe(cents);
  });

  it.each([
    ['20', 2000],
    ['12.5', 1250],
    ['100', 10_000],
    ['100.01', null],
    ['0', 0],
  ])('percent %s → %s', (text, bp) => {
    expect(parsePercent(text)).toBe(bp);
  });
});

const CHANNEL = '11111111-1111-4111-8111-111111111111';

describe('priceListInput', () => {
  it('reads a complete form, Berlin times to instants', () => {
    const parsed = priceListInput.parse({
      name: 'Summer',
      priority: '20',
      channelIds: CHANNEL,
      validFrom: '2026-07-01T00:00',
      validUntil: '',
      active: 'on',
    });
    expect(parsed).toMatchObject({
      name: 'Summer',
      priority: 20,
      channelIds: [CHANNEL],
      customerGroupIds: [],
      companyId: null,
      validUntil: null,
      active: true,
      amountsIncludeVat: false,
    });
    expect(parsed.validFrom?.toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('names every bad field', () => {
    const result = priceListInput.safeParse({
      name: 'x',
      priority: '1.5',
      channelIds: [],
      companyId: 'acme',
      validFrom: 'tomorrow',
    });
    expect(result.success).toBe(false);
    expect(Object.keys(result.error!.flatten().fieldErrors).sort()).toEqual([
      'channelIds',
      'companyId',
      'name',
      'priority',
      'validFrom',
    ]);
  });

  it('refuses a window that ends before it starts', () => {
    const result = priceListInput.safeParse({
      name: 'Oops',
      priority: '0',
      channelIds: CHANNEL,
      validFrom: '2026-07-02',
      validUntil: '2026-07-01',
    });
    expect(result.error?.flatten().fieldErrors.validUntil).toEqual(['field.after_start']);
  });
});

describe('priceEntryInput', () => {
  it('turns percent into basis points and amounts into cents', () => {
    expect(
      priceEntryInput.parse({
        targetKind: 'category',
        target: 'bikes',
        minQuantity: '1',
        adjustmentKind: 'percent',
        value: '12.5',
      }),
    ).toMatchObject({ value: 1250 });
    expect(
      priceEntryInput.parse({ targetKind: 'all', minQuantity: '10', adjustmentKind: 'fixed', value: '99,90' }),
    ).toMatchObject({ value: 9990, target: '' });
  });

  it('requires a target unless the entry is for everything, and a valid value', () => {
    const result = priceEntryInput.safeParse({
      targetKind: 'product',
      target: '',
      minQuantity: '0',
      adjustmentKind: 'percent',
      value: '120',
    });
    expect(Object.keys(result.error!.flatten().fieldErrors).sort()).toEqual(['minQuantity']);
    const second = priceEntryInput.safeParse({
      targetKind: 'product',
      target: '',
      minQuantity: '1',
      adjustmentKind: 'percent',
      value: '120',
    });
    expect(Object.keys(second.error!.flatten().fieldErrors).sort()).toEqual(['target', 'value']);
  });
});
