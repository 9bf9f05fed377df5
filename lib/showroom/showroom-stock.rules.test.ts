import { describe, expect, it } from 'vitest';
import { summariseShowroomStock, type StockAtLocation } from './showroom-stock.rules';

const at = (code: string, kind: 'store' | 'warehouse', quantity: number): StockAtLocation => ({
  locationId: `id-${code}`,
  locationCode: code,
  locationName: `Loc ${code}`,
  kind,
  quantity,
});
const here = { id: 'id-BER', name: 'Loc BER' };

describe('summariseShowroomStock', () => {
  const stock = [at('MUC', 'store', 1), at('WH1', 'warehouse', 40), at('BER', 'store', 3), at('HAM', 'store', 0)];

  it('splits stock into here, other stores (by name) and warehouses', () => {
    const summary = summariseShowroomStock(stock, here, ['id-BER', 'id-WH1']);
    expect(summary.here).toEqual({ locationName: 'Loc BER', quantity: 3 });
    expect(summary.otherStores.map((s) => [s.locationCode, s.quantity])).toEqual([
      ['HAM', 0],
      ['MUC', 1],
    ]);
    expect(summary.warehouses.map((s) => s.locationCode)).toEqual(['WH1']);
  });

  it.each([
    ['the most one web location holds', ['id-BER', 'id-WH1'], 40],
    ['only the web shop’s own locations count', ['id-BER', 'id-MUC'], 3],
    ['nothing when the web shop has no location', [], 0],
  ])('online: %s', (_name, online, expected) => {
    expect(summariseShowroomStock(stock, here, online).online).toBe(expected);
  });

  it('shows 0 here when the store has no stock row', () => {
    expect(summariseShowroomStock([at('WH1', 'warehouse', 5)], here, []).here.quantity).toBe(0);
  });
});
