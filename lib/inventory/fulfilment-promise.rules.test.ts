import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '@/lib/pickup/pickup-slots.rules';
import {
  availabilitySettings,
  fulfillableQuantity,
  resolveAvailability,
  resolveFulfilmentPromise,
  type AnswerLine,
  type DeliveryPromise,
  type LocationStock,
  type PickupPromise,
  type PromiseStore,
} from './fulfilment-promise.rules';

const WEEK: OpeningHours = {
  '1': [['10:00', '19:00']],
  '2': [['10:00', '19:00']],
  '3': [['10:00', '19:00']],
  '4': [['10:00', '19:00']],
  '5': [['10:00', '19:00']],
  '6': [['10:00', '18:00']],
};
const berlin: PromiseStore = { code: 'BER', name: 'Berlin', timeZone: 'Europe/Berlin', openingHours: WEEK };
const sundayOpen: PromiseStore = { ...berlin, openingHours: { ...WEEK, '7': [['10:00', '16:00']] } };
const closedMondays: PromiseStore = { ...berlin, openingHours: { ...WEEK, '1': [] } };
const neverOpen: PromiseStore = { ...berlin, openingHours: {} };
const london: PromiseStore = { code: 'LON', name: 'London', timeZone: 'Europe/London', openingHours: WEEK };

const atStore: LocationStock[] = [
  { locationCode: 'BER', kind: 'store', quantity: 2 },
  { locationCode: 'LON', kind: 'store', quantity: 2 },
  { locationCode: 'WH1', kind: 'warehouse', quantity: 0 },
];
const onlyWarehouse: LocationStock[] = [
  { locationCode: 'BER', kind: 'store', quantity: 0 },
  { locationCode: 'WH1', kind: 'warehouse', quantity: 7 },
];
const otherStore: LocationStock[] = [
  { locationCode: 'BER', kind: 'store', quantity: 0 },
  { locationCode: 'HAM', kind: 'store', quantity: 1 },
  { locationCode: 'WH1', kind: 'warehouse', quantity: 0 },
];
const everywhere: LocationStock[] = [
  { locationCode: 'BER', kind: 'store', quantity: 5 },
  { locationCode: 'WH1', kind: 'warehouse', quantity: 5 },
];
const none: LocationStock[] = [
  { locationCode: 'BER', kind: 'store', quantity: 0 },
  { locationCode: 'WH1', kind: 'warehouse', quantity: 0 },
];

const WAREHOUSE = expect.objectContaining({ kind: 'delivery', minDays: 1, maxDays: 2 }) as DeliveryPromise;
const STORES = expect.objectContaining({ kind: 'delivery', minDays: 2, maxDays: 3 }) as DeliveryPromise;
const NO_DELIVERY: DeliveryPromise = { kind: 'unavailable', short: ['variant'] };

// 2026-11-23 is a Monday; Berlin is on CET (UTC+1) then. Clocks go forward on 2026-03-29 and back on 2026-10-25.
const rows: Array<[string, LocationStock[], PromiseStore | null, string, PickupPromise | null, DeliveryPromise]> = [
  [
    'in stock, Monday noon: today',
    atStore,
    berlin,
    '2026-11-23T11:00:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-11-23', day: 'today' },
    STORES,
  ],
  [
    'in stock, before opening: today',
    atStore,
    berlin,
    '2026-11-23T07:00:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-11-23', day: 'today' },
    STORES,
  ],
  [
    'ready a minute before closing (16:59 + 2h)',
    atStore,
    berlin,
    '2026-11-23T15:59:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-11-23', day: 'today' },
    STORES,
  ],
  [
    'too late for the lead time: tomorrow',
    atStore,
    berlin,
    '2026-11-23T16:01:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-11-24', day: 'tomorrow' },
    STORES,
  ],
  [
    'after midnight Berlin, still Monday in UTC: today is Tuesday',
    atStore,
    berlin,
    '2026-11-23T23:30:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-11-24', day: 'today' },
    STORES,
  ],
  [
    'Saturday late (closes 18:00), closed Sunday: Monday',
    atStore,
    berlin,
    '2026-11-28T15:30:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-11-30', day: 'later' },
    STORES,
  ],
  [
    'Sunday (closed): tomorrow, Monday',
    atStore,
    berlin,
    '2026-11-29T11:00:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-11-30', day: 'tomorrow' },
    STORES,
  ],
  [
    'Sunday in a store closed on Mondays: Tuesday',
    atStore,
    closedMondays,
    '2026-11-29T11:00:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-12-01', day: 'later' },
    STORES,
  ],
  [
    'spring forward Sunday 14:30 CEST: 16:30 is after closing, so Monday',
    atStore,
    sundayOpen,
    '2026-03-29T12:30:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-03-30', day: 'tomorrow' },
    STORES,
  ],
  [
    'fall back Sunday 13:45 CET: ready 15:45, before closing at 16:00',
    atStore,
    sundayOpen,
    '2026-10-25T12:45:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-10-25', day: 'today' },
    STORES,
  ],
  [
    'store in another zone: 17:30 London is too late',
    atStore,
    london,
    '2026-11-23T17:30:00Z',
    { kind: 'in_store', storeName: 'London', date: '2026-11-24', day: 'tomorrow' },
    STORES,
  ],
  [
    'store and warehouse: pickup today, delivery from the warehouse',
    everywhere,
    berlin,
    '2026-11-23T11:00:00Z',
    { kind: 'in_store', storeName: 'Berlin', date: '2026-11-23', day: 'today' },
    WAREHOUSE,
  ],
  [
    'warehouse only, Monday: transfer until Wednesday',
    onlyWarehouse,
    berlin,
    '2026-11-23T11:00:00Z',
    { kind: 'transfer', storeName: 'Berlin', date: '2026-11-25', sources: { variant: 'warehouse' } },
    WAREHOUSE,
  ],
  [
    'warehouse only, Friday: transfer until Tuesday',
    onlyWarehouse,
    berlin,
    '2026-11-27T11:00:00Z',
    { kind: 'transfer', storeName: 'Berlin', date: '2026-12-01', sources: { variant: 'warehouse' } },
    WAREHOUSE,
  ],
  [
    'warehouse only, Saturday: transfer until Tuesday',
    onlyWarehouse,
    berlin,
    '2026-11-28T11:00:00Z',
    { kind: 'transfer', storeName: 'Berlin', date: '2026-12-01', sources: { variant: 'warehouse' } },
    WAREHOUSE,
  ],
  [
    'warehouse only, Sunday: transfer until Tuesday',
    onlyWarehouse,
    berlin,
    '2026-11-29T11:00:00Z',
    { kind: 'transfer', storeName: 'Berlin', date: '2026-12-01', sources: { variant: 'warehouse' } },
    WAREHOUSE,
  ],
  [
    'warehouse only, Thursday, store closed Mondays: Tuesday',
    onlyWarehouse,
    closedMondays,
    '2026-11-26T11:00:00Z',
    { kind: 'transfer', storeName: 'Berlin', date: '2026-12-01', sources: { variant: 'warehouse' } },
    WAREHOUSE,
  ],
  [
    'only another store holds it: no pickup here, delivery from stores',
    otherStore,
    berlin,
    '2026-11-23T11:00:00Z',
    { kind: 'unavailable', storeName: 'Berlin', short: ['variant'] },
    STORES,
  ],
  [
    'nothing anywhere',
    none,
    berlin,
    '2026-11-23T11:00:00Z',
    { kind: 'unavailable', storeName: 'Berlin', short: ['variant'] },
    NO_DELIVERY,
  ],
  [
    'no stock rows at all',
    [],
    berlin,
    '2026-11-23T11:00:00Z',
    { kind: 'unavailable', storeName: 'Berlin', short: ['variant'] },
    NO_DELIVERY,
  ],
  [
    'in stock at a store without opening hours',
    atStore,
    neverOpen,
    '2026-11-23T11:00:00Z',
    { kind: 'unavailable', storeName: 'Berlin', short: [] },
    STORES,
  ],
  ['no store chosen: delivery only', everywhere, null, '2026-11-23T11:00:00Z', null, WAREHOUSE],
];

describe('resolveFulfilmentPromise', () => {
  it.each(rows)('%s', (_name, stock, store, now, pickup, delivery) => {
    expect(resolveFulfilmentPromise({ stock, store, now: new Date(now) })).toEqual({ pickup, delivery });
  });

  it('honours a custom lead time', () => {
    const result = resolveFulfilmentPromise({
      stock: atStore,
      store: berlin,
      now: new Date('2026-11-23T16:01:00Z'),
      settings: { transferBusinessDays: 2, leadMinutes: 30 },
    });
    expect(result.pickup).toEqual({ kind: 'in_store', storeName: 'Berlin', date: '2026-11-23', day: 'today' });
  });
});

const line = (key: string, quantity: number, stock: LocationStock[]): AnswerLine => ({ key, quantity, stock });
const MONDAY_NOON = new Date('2026-11-23T11:00:00Z');

describe('resolveAvailability for a cart', () => {
  const cases: Array<[string, AnswerLine[], PickupPromise, DeliveryPromise]> = [
    [
      'every line in the store: pickup today',
      [line('a', 2, atStore), line('b', 5, everywhere)],
      { kind: 'in_store', storeName: 'Berlin', date: '2026-11-23', day: 'today' },
      STORES,
    ],
    [
      'one line only in the warehouse: the whole cart from the arrival day, that line from the warehouse',
      [line('a', 2, atStore), line('b', 3, onlyWarehouse)],
      { kind: 'transfer', storeName: 'Berlin', date: '2026-11-25', sources: { a: 'store', b: 'warehouse' } },
      STORES,
    ],
    [
      'more than the store holds but the warehouse has enough: transfer',
      [line('a', 5, [...everywhere.slice(0, 1), { locationCode: 'WH1', kind: 'warehouse', quantity: 9 }])],
      { kind: 'in_store', storeName: 'Berlin', date: '2026-11-23', day: 'today' },
      WAREHOUSE,
    ],
    [
      'six wanted, store 5, warehouse 9: transfer from the warehouse',
      [line('a', 6, [...everywhere.slice(0, 1), { locationCode: 'WH1', kind: 'warehouse', quantity: 9 }])],
      { kind: 'transfer', storeName: 'Berlin', date: '2026-11-25', sources: { a: 'warehouse' } },
      WAREHOUSE,
    ],
    [
      'a line nowhere in full: not possible, and no delivery either',
      [line('a', 2, atStore), line('b', 8, onlyWarehouse)],
      { kind: 'unavailable', storeName: 'Berlin', short: ['b'] },
      { kind: 'unavailable', short: ['b'] },
    ],
  ];
  it.each(cases)('%s', (_name, lines, pickup, delivery) => {
    expect(resolveAvailability({ lines, store: berlin, now: MONDAY_NOON })).toEqual({ pickup, delivery });
  });

  it('counts delivery dates in business days', () => {
    const friday = new Date('2026-11-27T11:00:00Z');
    expect(resolveAvailability({ lines: [line('a', 1, everywhere)], store: null, now: friday }).delivery).toEqual({
      kind: 'delivery',
      minDays: 1,
      maxDays: 2,
      from: '2026-11-30',
      to: '2026-12-01',
    });
  });

  it('takes the transfer time from the settings', () => {
    const settings = { transferBusinessDays: 5, leadMinutes: 120 };
    const answer = resolveAvailability({
      lines: [line('a', 1, onlyWarehouse)],
      store: berlin,
      now: MONDAY_NOON,
      settings,
    });
    expect(answer.pickup).toMatchObject({ kind: 'transfer', date: '2026-11-30' });
  });
});

describe('fulfillableQuantity', () => {
  it.each([
    [[], 0],
    [none, 0],
    [atStore, 2],
    [onlyWarehouse, 7],
    [everywhere, 5],
  ] as Array<[LocationStock[], number]>)('%j → %i', (stock, expected) => {
    expect(fulfillableQuantity(stock)).toBe(expected);
  });
});

describe('availabilitySettings', () => {
  it('reads TRANSFER_BUSINESS_DAYS with a default of 2', () => {
    expect(availabilitySettings({}).transferBusinessDays).toBe(2);
    expect(availabilitySettings({ TRANSFER_BUSINESS_DAYS: ' ' }).transferBusinessDays).toBe(2);
    expect(availabilitySettings({ TRANSFER_BUSINESS_DAYS: '4' }).transferBusinessDays).toBe(4);
    expect(() => availabilitySettings({ TRANSFER_BUSINESS_DAYS: '1.5' })).toThrow(/TRANSFER_BUSINESS_DAYS/);
    expect(() => availabilitySettings({ TRANSFER_BUSINESS_DAYS: '-1' })).toThrow(/TRANSFER_BUSINESS_DAYS/);
  });
});
