import { describe, expect, it } from 'vitest';
import type { AppError } from '@/lib/platform/errors';
import { errorText, type Translate } from '@/lib/platform/error-text';
import { translatorFor } from '@/lib/platform/i18n/messages';
import {
  assertTransition,
  canTransition,
  nextStatuses,
  ORDER_STATUSES,
  RESERVING_STATUSES,
  stockEffect,
  type OrderStatus,
  type StockEffect,
  pickupStage,
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
      expect(() => assertTransition(from, to)).toThrow(
        expect.objectContaining({ code: 'order.transition_invalid', status: 409, params: { from, to } }),
      );
    } else {
      expect(() => assertTransition(from, to)).not.toThrow();
    }
  });

  it('names both statuses in the refusal, in the reader’s language', () => {
    const refusal = (() => {
      try {
        assertTransition('placed', 'collected');
      } catch (error) {
        return error as AppError;
      }
    })()!;
    expect(refusal).toMatchObject({ code: 'order.transition_invalid', params: { from: 'placed', to: 'collected' } });
    expect(errorText(translatorFor('en') as unknown as Translate, refusal)).toBe(
      'An order that is placed cannot become collected.',
    );
    expect(errorText(translatorFor('de') as unknown as Translate, refusal)).toBe(
      'Eine Bestellung, die aufgegeben ist, kann nicht abgeholt werden.',
    );
  });

  it('checks the step fits the fulfilment', () => {
    expect(canTransition('picking', 'ready_for_pickup', 'pickup')).toBe(true);
    expect(canTransition('picking', 'ready_for_pickup', 'ship_to_store')).toBe(true);
    expect(canTransition('picking', 'ready_for_pickup', 'delivery')).toBe(false);
    expect(canTransition('confirmed', 'shipped', 'delivery')).toBe(true);
    expect(canTransition('confirmed', 'shipped', 'pickup')).toBe(false);
    expect(() => assertTransition('confirmed', 'shipped', 'pickup')).toThrow(
      expect.objectContaining({ code: 'order.transition_fulfilment', params: { fulfilment: 'pickup', to: 'shipped' } }),
    );
  });

  it('lists the reserving statuses and next steps', () => {
    expect(RESERVING_STATUSES).toEqual(['placed', 'confirmed', 'picking', 'ready_for_pickup']);
    expect(nextStatuses('confirmed')).toEqual(['picking', 'shipped', 'cancelled']);
  });
});

describe('pickupStage', () => {
  it.each([
    ['placed', 'preparing'],
    ['confirmed', 'preparing'],
    ['picking', 'preparing'],
    ['ready_for_pickup', 'ready'],
    ['collected', 'collected'],
    ['cancelled', 'closed'],
    ['returned', 'closed'],
  ] as const)('%s -> %s', (status, stage) => {
    expect(pickupStage(status)).toBe(stage);
  });
});
