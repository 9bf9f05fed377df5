import { describe, expect, it } from 'vitest';
import { invoice, luhnValid, payAtPickup, paymentProvider, testCard } from './payment-providers.rules';

const amount = { amount: 12_990, currency: 'EUR' };

describe('payment providers', () => {
  it('pay at pickup is pending and only for pickup and ship-to-store', async () => {
    expect(await payAtPickup.authorize({ amount })).toEqual({ status: 'pending' });
    expect(payAtPickup.unavailableReason({ fulfilment: 'pickup', signedIn: false })).toBeNull();
    expect(payAtPickup.unavailableReason({ fulfilment: 'ship_to_store', signedIn: false })).toBeNull();
    expect(payAtPickup.unavailableReason({ fulfilment: 'delivery', signedIn: true })).toBe('payment.pickup_only');
  });

  it('invoice is authorized and only for signed-in customers', async () => {
    expect(await invoice.authorize({ amount })).toEqual({ status: 'authorized' });
    expect(invoice.unavailableReason({ fulfilment: 'delivery', signedIn: true })).toBeNull();
    expect(invoice.unavailableReason({ fulfilment: 'delivery', signedIn: false })).toBe('payment.invoice_sign_in');
  });

  it.each([
    ['4242 4242 4242 4242', { status: 'authorized' }],
    ['4242-4242-4242-4242', { status: 'authorized' }],
    ['4000 0000 0000 0002', { status: 'failed', error: 'payment.declined' }],
    ['4242 4242 4242 4241', { status: 'failed', error: 'payment.card_invalid' }],
    ['4242', { status: 'failed', error: 'payment.card_invalid' }],
    ['abcd efgh ijkl mnop', { status: 'failed', error: 'payment.card_invalid' }],
    ['', { status: 'failed', error: 'payment.card_missing' }],
  ])('test card %s', async (number, expected) => {
    expect(await testCard.authorize({ amount, card: { number } })).toEqual(expected);
  });

  it('test card without card details fails', async () => {
    expect(await testCard.authorize({ amount })).toEqual({ status: 'failed', error: 'payment.card_missing' });
  });

  it('Luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('looks providers up by code', () => {
    expect(paymentProvider('invoice').code).toBe('invoice');
    expect(paymentProvider('test_card').code).toBe('test_card');
    expect(paymentProvider('pay_at_pickup').code).toBe('pay_at_pickup');
  });
});
