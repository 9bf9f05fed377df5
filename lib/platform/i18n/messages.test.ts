import { describe, expect, it } from 'vitest';
import { icuArguments } from '@/lib/testing/icu-arguments';
import { catalogues, pickMessages, translatorFor } from './messages';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const en = new Map(leaves(catalogues.en as unknown as Tree));
const de = new Map(leaves(catalogues.de as unknown as Tree));

describe('message catalogues', () => {
  it('have the same keys in English and German', () => {
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('use the same arguments in both languages', () => {
    for (const [key, message] of en) expect(icuArguments(de.get(key)!), key).toEqual(icuArguments(message));
  });

  it('are valid ICU messages that format with their arguments', () => {
    for (const locale of ['en', 'de'] as const) {
      const translator = translatorFor(locale);
      const t = translator as unknown as (key: string, values?: Record<string, unknown>) => string;
      const markup = translator.markup as unknown as (key: string, values?: Record<string, unknown>) => string;
      for (const [key, message] of locale === 'en' ? en : de) {
        const values = Object.fromEntries(icuArguments(message).map((name) => [name, 2]));
        // Rich-text tags (<link>…</link>) are formatted by their own functions, as t.rich does in components.
        const tags = [...message.matchAll(/<(\w+)>/g)].map((m) => m[1]!);
        const text = tags.length
          ? markup(key, { ...values, ...Object.fromEntries(tags.map((tag) => [tag, (chunks: string) => chunks])) })
          : t(key, values);
        expect(text, `${locale} ${key}`).not.toContain('{');
        expect(text, `${locale} ${key}`).not.toBe(key);
      }
    }
  });

  it('say plurals right', () => {
    const t = translatorFor('de');
    expect(t('listing.results', { count: 1 })).toBe('1 Produkt');
    expect(t('listing.results', { count: 1234 })).toBe('1.234 Produkte');
    expect(translatorFor('en')('cart.badge', { count: 1 })).toBe('1 item');
  });

  it('send only the named namespaces to the browser', () => {
    expect(Object.keys(pickMessages(catalogues.en, ['cart', 'ui'])).sort()).toEqual(['cart', 'ui']);
  });
});
