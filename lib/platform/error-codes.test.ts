import { describe, expect, it } from 'vitest';
import { icuArguments } from '@/lib/testing/icu-arguments';
import { z } from 'zod';
import { declaredParams, ERROR_CODES, errorTypeUri, type ErrorCode } from './error-codes';
import { AppError, fieldMessage } from './errors';
import { errorText, fieldErrorsOf, fieldErrorTexts, issueText, type Translate } from './error-text';
import { catalogues, translatorFor } from './i18n/messages';

const codes = Object.keys(ERROR_CODES) as ErrorCode[];
const LOCALES = ['en', 'de'] as const;
const translate = (locale: (typeof LOCALES)[number]) => translatorFor(locale) as unknown as Translate;

function messageOf(locale: (typeof LOCALES)[number], code: string): string | undefined {
  let node: unknown = catalogues[locale].errors;
  for (const part of code.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

describe('error codes', () => {
  it.each(codes)('%s has an English and a German message using only its declared parameters', (code) => {
    for (const locale of LOCALES) {
      const message = messageOf(locale, code);
      expect(message, `${locale} errors.${code}`).toBeTypeOf('string');
      expect(icuArguments(message!), `${locale} errors.${code}`).toEqual([...declaredParams(code)].sort());
    }
  });

  it.each(codes)('%s formats with its declared parameters in both languages', (code) => {
    const params = Object.fromEntries(declaredParams(code).map((name) => [name, 3]));
    for (const locale of LOCALES) {
      const text = translate(locale)(`errors.${code}`, params);
      expect(text, `${locale} ${code}`).not.toMatch(/[{}]/);
      expect(text, `${locale} ${code}`).not.toContain(code);
    }
  });

  it('maps every code to an HTTP error status and a type URI naming it', () => {
    for (const code of codes) {
      expect(ERROR_CODES[code].status).toBeGreaterThanOrEqual(400);
      expect(errorTypeUri(code)).toMatch(new RegExp(`/x-error-codes/${code.replace('.', '\\.')}$`));
    }
  });

  it('are dotted lower-case names', () => {
    for (const code of codes) expect(code).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });
});

describe('error text at the edge', () => {
  it('says a typed error in the visitor’s language, at its field', () => {
    const error = new AppError('stock.insufficient', {
      field: 'quantity',
      params: { product: 'Trail Bike', sku: 'BIK-1', available: 2, place: 'store', store: 'Berlin Mitte' },
    });
    expect(errorText(translate('en'), error)).toBe(
      'Not enough stock of Trail Bike (BIK-1) at Berlin Mitte: only 2 available.',
    );
    expect(errorText(translate('de'), error)).toBe(
      'Nicht genug Bestand von Trail Bike (BIK-1) in Berlin Mitte: nur noch 2 verfügbar.',
    );
    expect(fieldErrorTexts(translate('de'), error)).toEqual({
      quantity: ['Nicht genug Bestand von Trail Bike (BIK-1) in Berlin Mitte: nur noch 2 verfügbar.'],
    });
  });

  it('turns zod issues into field messages: the schema’s own key, else one for zod’s issue code', () => {
    const schema = z.object({
      name: z.string().min(2, fieldMessage('name_required')),
      email: z.email(),
      password: z.string().min(12),
      count: z.coerce.number().int(),
      missing: z.string(),
    });
    const parsed = schema.safeParse({ name: 'x', email: 'no', password: 'short', count: '1.5' }, { reportInput: true });
    const errors = fieldErrorsOf(parsed.error!);
    expect(errors).toEqual({
      name: [{ code: 'field.name_required', params: { minimum: 2, origin: 'string' } }],
      email: [{ code: 'field.email' }],
      password: [{ code: 'field.too_small', params: { minimum: 12, origin: 'string' } }],
      count: [{ code: 'field.type', params: { expected: 'int' } }],
      missing: [{ code: 'field.required' }],
    });
    const de = translate('de');
    expect(issueText(de, errors.password![0]!)).toBe('Verwenden Sie mindestens 12 Zeichen.');
    expect(issueText(de, errors.missing![0]!)).toBe('Bitte füllen Sie dieses Feld aus.');
    expect(issueText(translate('en'), errors.email![0]!)).toBe('Enter a valid email address.');
  });
});
