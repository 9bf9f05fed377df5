import { describe, expect, it } from 'vitest';
import { de } from './messages/de';
import { en } from './messages/en';
import { createTranslator, isLocale } from './translate';

describe('message catalogues', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('createTranslator', () => {
  it('interpolates variables and leaves unknown placeholders alone', () => {
    const t = createTranslator('en');
    expect(t('listing.page', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(t('listing.page', { page: 2 })).toBe('Page 2 of {pages}');
  });

  it('switches language', () => {
    expect(createTranslator('de')('nav.cart')).toBe('Warenkorb');
  });

  it('recognises supported locales only', () => {
    expect(isLocale('de')).toBe(true);
    expect(isLocale('fr')).toBe(false);
  });
});
