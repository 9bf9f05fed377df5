import { describe, expect, it } from 'vitest';
import { isPlausiblePhone, maskPhone, parseCustomerQuery, phoneCandidates } from './customer-lookup.rules';

/** The digits Postgres keeps of a stored phone (customer_profiles.phone_digits). */
const stored = (phone: string) => phone.replace(/\D/g, '');

describe('parseCustomerQuery', () => {
  it.each([
    [
      'an e-mail, lower-cased and trimmed',
      '  Chris@Example.COM ',
      { email: 'chris@example.com', customerNumber: null },
    ],
    ['a customer number', '100001', { email: null, customerNumber: 100001 }],
    ['a short number is only a customer number', '12', { email: null, customerNumber: 12, phoneDigits: [] }],
  ])('%s', (_name, text, expected) => {
    expect(parseCustomerQuery(text)).toMatchObject(expected);
  });

  it('looks a six-digit number up as a customer number and as a phone number', () => {
    const query = parseCustomerQuery('100001');
    expect(query?.customerNumber).toBe(100001);
    expect(query?.phoneDigits).toContain('100001');
  });

  it.each([
    ['a formatted phone number is no customer number', '030 1234567', null],
    ['a leading zero is no customer number', '0100001', null],
  ])('%s', (_name, text, customerNumber) => {
    expect(parseCustomerQuery(text)?.customerNumber).toBe(customerNumber);
    expect(parseCustomerQuery(text)?.phoneDigits.length).toBeGreaterThan(0);
  });

  it.each([['Müller'], ['+49'], [''], ['   '], ['robert; drop table']])('finds nothing to search in “%s”', (text) => {
    expect(parseCustomerQuery(text)).toBeNull();
  });
});

describe('phoneCandidates: a number matches however it was stored and however it is typed', () => {
  const berlin = ['030 1234567', '+49 30 1234567', '0049 30 1234567', '+49 (0)30 1234567', '+49-30-123 45 67'];
  const typed = [
    '030 1234567',
    '030/123 45 67',
    '(030) 123-4567',
    '+49 30 1234567',
    '+4930 1234567',
    '0049 30 1234567',
    '+49 (0)30 1234567',
    '30 1234567',
    '49 30 1234567',
  ];
  for (const storedAs of berlin)
    it.each(typed)(`stored as “${storedAs}”, typed as “%s”`, (query) => {
      expect(phoneCandidates(query)).toContain(stored(storedAs));
    });

  it.each([
    ['a mobile number', '0171 2345678', '+49 171 2345678'],
    ['an Austrian number with +', '+43 1 5551234', '+43 1 5551234'],
    ['an Austrian number with 00', '+43 1 5551234', '0043 1 5551234'],
  ])('%s', (_name, storedAs, query) => {
    expect(phoneCandidates(query)).toContain(stored(storedAs));
  });

  it.each([
    ['another area code', '040 1234567', '030 1234567'],
    ['a German national number is not the Austrian one', '+43 1 5551234', '01 5551234'],
    ['a local number without its area code', '030 1234567', '1234567'],
  ])('does not match %s', (_name, storedAs, query) => {
    expect(phoneCandidates(query)).not.toContain(stored(storedAs));
  });

  it.each([['12345'], ['+49 30'], ['1234567890123456789']])('has nothing for “%s”', (query) => {
    expect(phoneCandidates(query)).toEqual([]);
  });

  it('stays a short list of exact values (an index lookup each)', () => {
    expect(phoneCandidates('4930 1234567').length).toBeLessThanOrEqual(12);
  });
});

describe('isPlausiblePhone', () => {
  it.each([
    ['030 1234567', true],
    ['+49 (0)30 123-45-67', true],
    ['0171/2345678', true],
    ['12345', false],
    ['call me', false],
    ['030 1234567 ext. 5', false],
    ['+49 1234 5678 9012 3456', false],
  ])('%s → %s', (text, plausible) => {
    expect(isPlausiblePhone(text)).toBe(plausible);
  });
});

describe('maskPhone', () => {
  it.each([
    ['+49 30 1234567', '+•• •• ••••567'],
    ['0171/2345678', '••••/••••678'],
    ['123', '123'],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
