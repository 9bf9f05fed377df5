import { describe, expect, it } from 'vitest';
import { isLocale, negotiateLocale, resolveLocale } from './locales';

describe('negotiateLocale', () => {
  it.each([
    ['de-DE,de;q=0.9,en;q=0.8', 'de'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['en-US,en;q=0.9', 'en'],
    ['en-GB,de;q=0.5', 'en'],
    ['fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7', 'de'],
    ['fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7', 'en'],
    ['de;q=0.2,en;q=0.9', 'en'],
    ['*', 'en'],
    ['fr', null],
    ['', null],
    [undefined, null],
    ['not a header;;;', null],
  ] as const)('%s -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('resolveLocale', () => {
  it.each([
    ['de', 'en-US', 'de'],
    ['en', 'de-DE', 'en'],
    [undefined, 'de-DE,de;q=0.9', 'de'],
    ['xx', 'de-DE', 'de'],
    [undefined, undefined, 'en'],
    [undefined, 'fr', 'en'],
  ] as const)('cookie %s, Accept-Language %s -> %s', (cookie, header, expected) => {
    expect(resolveLocale(cookie, header)).toBe(expected);
  });

  it('recognises supported locales only', () => {
    expect(isLocale('de')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
