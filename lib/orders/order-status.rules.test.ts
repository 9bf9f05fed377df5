import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  canTransition,
  nextStatuses,
  ORDER_STATUSES,
  RESERVING_STATUSES,
  stockEffect,
  type OrderStatus,
  type StockEffect,
} from './order-status.rules';

const ALLOWED: Record<OrderStatus, Partial<Record<OrderStatus, StockEffect>>> = {
  placed: { confirmed: 'none', cancelled: 'release' },
  confirmed: { picking: 'none', shipped: 'consume', cancelled: 'release' },
  picking: { ready_for_pickup: 'none', cancelled: 'release' },
  ready_for_pickup: { collected: 'consume', cancelled: 'release' },
  shipped: { delivered: 'none' },
  delivered: { returned: 'restock' },
  collected: { returned: 'restock' },
  cancelled: {},
  returned: {},
};

const pairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as const));

describe('order state machine', () => {
  it('covers all 81 pairs', () => expect(pairs).toHaveLength(81));

  it.each(pairs)('%s → %s', (from, to) => {
    const effect = ALLOWED[from][to];
    expect(canTransition(from, to)).toBe(effect !== undefined);
    expect(stockEffect(from, to)).toBe(effect ?? 'none');
    if (effect === undefined) {
      expect(() => assertTransition(from, to)).toThrow(expect.objectContaining({ code: 'conflict', status: 409 }));
    } else {
      expect(() => assertTransition(from, to)).not.toThrow();
    }
  });

  it('names both statuses and the options in the refusal', () => {
    expect(() => assertTransition('placed', 'collected')).toThrow(
      'An order that is placed cannot become collected. It can become: confirmed, cancelled.',
    );
    expect(() => assertTransition('cancelled', 'placed')).toThrow(
      'An order that is cancelled cannot become placed. It cannot change any more.',
    );
  });

  it('checks the step fits the fulfilment', () => {
    expect(canTransition('picking', 'ready_for_pickup', 'pickup')).toBe(true);
    expect(canTransition('picking', 'ready_for_pickup', 'ship_to_store')).toBe(true);
    expect(canTransition('picking', 'ready_for_pickup', 'delivery')).toBe(false);
    expect(canTransition('confirmed', 'shipped', 'delivery')).toBe(true);
    expect(canTransition('confirmed', 'shipped', 'pickup')).toBe(false);
    expect(() => assertTransition('confirmed', 'shipped', 'pickup')).toThrow('A pickup order cannot become shipped.');
  });

  it('lists the reserving statuses and next steps', () => {
    expect(RESERVING_STATUSES).toEqual(['placed', 'confirmed', 'picking', 'ready_for_pickup']);
    expect(nextStatuses('confirmed')).toEqual(['picking', 'shipped', 'cancelled']);
  });
});
