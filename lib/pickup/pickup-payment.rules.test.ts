import { describe, expect, it } from 'vitest';
import {
  handOverPaymentBlocker,
  paymentDueAtPickup,
  paymentMethodKey,
  terminalReference,
} from './pickup-payment.rules';

describe('paymentMethodKey', () => {
  it.each([
    ['pay_at_pickup', 'pay_at_pickup'],
    ['invoice', 'invoice'],
    ['test_card', 'test_card'],
    [null, 'none'],
    ['bitcoin', 'none'],
  ])('%s -> %s', (method, key) => {
    expect(paymentMethodKey(method)).toBe(key);
  });
});

describe('paymentDueAtPickup and handOverPaymentBlocker', () => {
  it.each([
    ['pay_at_pickup', 'pending', true],
    ['pay_at_pickup', 'failed', true],
    ['pay_at_pickup', null, true],
    ['pay_at_pickup', 'paid', false],
    ['invoice', 'authorized', false],
    ['test_card', 'authorized', false],
    [null, null, false],
  ])('%s / %s: due %s', (paymentMethod, paymentStatus, due) => {
    expect(paymentDueAtPickup({ paymentMethod, paymentStatus })).toBe(due);
    expect(handOverPaymentBlocker({ paymentMethod, paymentStatus })).toBe(due ? 'pickup.payment_due' : null);
  });
});

describe('terminalReference', () => {
  it.each([
    ['4711', '4711'],
    ['  TID 0815-4711 ', 'TID 0815-4711'],
    ['A1  B2', 'A1 B2'],
    ['R/2026.12.03-17', 'R/2026.12.03-17'],
    ['x'.repeat(40), 'x'.repeat(40)],
  ])('accepts %j as %j', (typed, stored) => {
    expect(terminalReference.parse(typed)).toBe(stored);
  });

  it.each(['', '   ', 'abc', ' ab ', 'x'.repeat(41), '-4711', '4711<script>', 'ref;drop', 'ä1234'])(
    'refuses %j',
    (typed) => {
      expect(terminalReference.safeParse(typed).success).toBe(false);
    },
  );
});
