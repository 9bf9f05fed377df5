import { describe, expect, it } from 'vitest';
import {
  catalogLocale,
  pickOptionValueLabel,
  pickText,
  translationLocales,
  withOptionValueLabel,
  withText,
} from './translations.rules';

describe('pickText', () => {
  const translations = { de: { name: 'Fahrradhelm', description: '   ' }, fr: {} };
  it.each([
    ['de', 'name', 'Fahrradhelm'], // translated
    ['de', 'description', 'A helmet'], // blank translation: fallback
    ['en', 'name', 'Bike helmet'], // the catalogue language itself
    ['fr', 'name', 'Bike helmet'], // locale without that field
    ['it', 'name', 'Bike helmet'], // locale without translations
  ])('%s %s gives %s', (locale, field, expected) => {
    const fallback = field === 'name' ? 'Bike helmet' : 'A helmet';
    expect(pickText(fallback, translations, locale, field)).toBe(expected);
  });

  it('falls back without any translations', () => {
    expect(pickText('Tent', null, 'de', 'name')).toBe('Tent');
    expect(pickText('Tent', {}, 'de', 'name')).toBe('Tent');
  });

  it('ignores a value that is not text', () => {
    expect(pickText('Tent', { de: { name: 42 } }, 'de', 'name')).toBe('Tent');
  });
});

describe('pickOptionValueLabel', () => {
  const colour = { de: { name: 'Farbe', values: { 'Midnight Blue': 'Mitternachtsblau', Black: '' } } };
  it.each([
    ['Midnight Blue', 'de', 'Mitternachtsblau'],
    ['Black', 'de', 'Black'], // empty label: the value
    ['Sand', 'de', 'Sand'], // no label
    ['Midnight Blue', 'en', 'Midnight Blue'],
  ])('%s in %s is %s', (value, locale, expected) => {
    expect(pickOptionValueLabel(value, colour, locale)).toBe(expected);
  });

  it('copes with a locale without value labels', () => {
    expect(pickOptionValueLabel('Red', { de: { name: 'Farbe' } }, 'de')).toBe('Red');
    expect(pickOptionValueLabel('Red', undefined, 'de')).toBe('Red');
  });
});

describe('withText', () => {
  it('sets a field and keeps the others', () => {
    const before = { de: { name: 'Zelt' } };
    const after = withText(before, 'de', 'description', '  Ein Zelt.  ');
    expect(after).toEqual({ de: { name: 'Zelt', description: 'Ein Zelt.' } });
    expect(before).toEqual({ de: { name: 'Zelt' } }); // not mutated
  });

  it('removes an emptied field and then an empty locale', () => {
    expect(withText({ de: { name: 'Zelt', description: 'x' } }, 'de', 'name', ' ')).toEqual({
      de: { description: 'x' },
    });
    expect(withText({ de: { name: 'Zelt' } }, 'de', 'name', '')).toEqual({});
  });
});

describe('withOptionValueLabel', () => {
  it('adds, replaces and removes value labels', () => {
    const start: Record<string, { name?: string; values?: Record<string, string> }> = { de: { name: 'Farbe' } };
    const one = withOptionValueLabel(start, 'de', 'Black', 'Schwarz');
    expect(one).toEqual({ de: { name: 'Farbe', values: { Black: 'Schwarz' } } });
    const two = withOptionValueLabel(one, 'de', 'Black', 'Tiefschwarz');
    expect(two.de?.values).toEqual({ Black: 'Tiefschwarz' });
    expect(withOptionValueLabel(two, 'de', 'Black', '')).toEqual({ de: { name: 'Farbe' } });
    expect(withOptionValueLabel({ de: { values: { Red: 'Rot' } } }, 'de', 'Red', '')).toEqual({});
  });
});

describe('catalogLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['de', 'de'],
    [' en ', 'en'],
  ])('%s gives %s', (setting, expected) => {
    expect(catalogLocale(setting)).toBe(expected);
  });

  it('refuses an unsupported language', () => {
    expect(() => catalogLocale('fr')).toThrow(/CATALOG_LOCALE/);
  });

  it('translates into the other UI languages', () => {
    expect(translationLocales('en')).toEqual(['de']);
    expect(translationLocales('de')).toEqual(['en']);
  });
});
