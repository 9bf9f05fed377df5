import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/platform/i18n/messages';
import { traceText } from './pricing-trace.rules';
import type { TraceReason } from './pricing.rules';

const en = translatorFor('en');
const de = translatorFor('de');
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('traceText', () => {
  it.each<[TraceReason[], string, string]>([
    [[{ code: 'noEntry' }], 'no entry for this product', 'kein Eintrag für dieses Produkt'],
    [
      [
        {
          code: 'adjustment',
          adjustment: { kind: 'percent', bp: 1250 },
          currency: 'EUR',
          target: 'all',
          minQuantity: 1,
        },
        { code: 'lowerPriority', winner: 'Regulars' },
      ],
      '12.5 % off (all); lower priority than "Regulars"',
      '12,5 % Rabatt (alle); niedrigere Priorität als „Regulars“',
    ],
    [
      [
        {
          code: 'adjustment',
          adjustment: { kind: 'fixed', amount: 49900 },
          currency: 'EUR',
          target: 'variant',
          minQuantity: 10,
        },
      ],
      'fixed price €499.00 (variant, from quantity 10)',
      'Festpreis 499,00 € (Variante, ab Menge 10)',
    ],
    [
      [{ code: 'notYetValid', from: new Date('2027-01-01T23:00:00Z') }],
      'not yet valid (from 2 Jan 2027, 00:00)',
      'noch nicht gültig (ab 02.01.2027, 00:00)',
    ],
    [[{ code: 'raisedToFloor' }], 'raised to the floor price', 'auf den Mindestpreis angehoben'],
  ])('%j', (reasons, english, german) => {
    expect(nbsp(traceText(en, 'en', reasons))).toBe(english);
    expect(nbsp(traceText(de, 'de', reasons))).toBe(german);
  });
});
