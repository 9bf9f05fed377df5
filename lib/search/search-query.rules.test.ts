import { describe, expect, it } from 'vitest';
import {
  articleCode,
  compoundPieces,
  correctedQuery,
  planSearch,
  searchWords,
  splitCompound,
  transpositions,
  typoBudget,
  type TermFacts,
} from './search-query.rules';

const facts = (overrides: Partial<TermFacts> = {}): TermFacts => ({
  known: new Set(),
  corrections: new Map(),
  heads: new Map(),
  synonymGroups: [],
  ...overrides,
});

describe('searchWords', () => {
  it.each([
    ['Trekking Bike', ['trekking', 'bike']],
    ['  E-Bike, 28"  ', ['e', 'bike', '28']],
    ['Fahrradschloß Größe', ['fahrradschloß', 'größe']],
    ['bike bike', ['bike']],
    ['', []],
    ['a b c d e f g h i j', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
  ])('%j -> %j', (query, words) => expect(searchWords(query)).toEqual(words));
});

describe('articleCode', () => {
  it.each([
    ['VO-000087-BK-M', 'VO-000087-BK-M'],
    ['vo-000087', 'VO-000087'],
    ['4006381333931', '4006381333931'],
    ['bike', null],
    ['E5', null],
    ['trekking bike 28', null],
  ])('%j -> %j', (query, code) => expect(articleCode(query)).toBe(code));
});

describe('typoBudget', () => {
  it.each([
    ['rad', 0],
    ['zelt', 1],
    ['helmt', 1],
    ['fahrad', 2],
    ['bycicle', 2],
    ['000087', 0],
  ])('%s may be %i edits off', (word, budget) => expect(typoBudget(word)).toBe(budget));
});

describe('compound splitting', () => {
  const known = new Set(['fahrrad', 'schloss', 'mountain', 'bike', 'kette', 'kinder', 'sitz']);
  it.each([
    ['fahrradschloss', ['fahrrad', 'schloss']],
    ['mountainbike', ['mountain', 'bike']],
    ['kettenschloss', ['kette', 'schloss']],
    ['kindersitz', ['kinder', 'sitz']],
    ['schloss', null],
    ['fahrradzelt', null],
  ])('%s -> %j', (word, parts) => expect(splitCompound(word, known)).toEqual(parts));

  it('asks the dictionary about every head and modifier, with linking elements dropped', () => {
    const pieces = compoundPieces('kettenschloss');
    expect(pieces).toEqual(expect.arrayContaining(['kette', 'ketten', 'schloss', 'kett']));
    expect(pieces.every((piece) => piece.length >= 3)).toBe(true);
  });
});

describe('planSearch', () => {
  it('keeps the typed word and adds synonyms, corrections with their synonyms, and compounds it ends', () => {
    const plan = planSearch(
      'fahrad schloss',
      facts({
        known: new Set(['schloss']),
        corrections: new Map([['fahrad', ['fahrrad']]]),
        heads: new Map([['schloss', ['bügelschloss']]]),
        synonymGroups: [
          ['bicycle', 'bike', 'fahrrad'],
          ['lock', 'schloss'],
        ],
      }),
    );
    expect(plan.units.map((u) => u.alternatives.map((a) => a.words.join(' ')))).toEqual([
      ['fahrad', 'fahrrad', 'bicycle', 'bike'],
      ['schloss', 'lock', 'bügelschloss'],
    ]);
    expect(plan.code).toBeNull();
  });

  it('splits an unknown compound into known words and their synonyms', () => {
    const plan = planSearch(
      'Fahrradschloss',
      facts({ known: new Set(['fahrrad', 'schloss']), synonymGroups: [['lock', 'schloss']] }),
    );
    expect(plan.units[0]!.alternatives.map((a) => a.words)).toEqual([
      ['fahrradschloss'],
      ['fahrrad', 'schloss'],
      ['fahrrad', 'lock'],
    ]);
  });

  it('does not correct or split a word the dictionary knows', () => {
    const plan = planSearch(
      'bike',
      facts({ known: new Set(['bike', 'bi']), corrections: new Map([['bike', ['bikes']]]) }),
    );
    expect(plan.units[0]!.alternatives).toEqual([{ words: ['bike'], prefix: false }]);
  });

  it('reads a two-word phrase a synonym group names as one unit', () => {
    const plan = planSearch('mountain bike', facts({ synonymGroups: [['mountain bike', 'mtb']] }));
    expect(plan.units).toHaveLength(1);
    expect(plan.units[0]!.alternatives.map((a) => a.words)).toEqual([['mountain', 'bike'], ['mtb']]);
  });

  it('lets only the last word match as a prefix while typing', () => {
    const plan = planSearch('trekking fah', facts(), { prefixLast: true });
    expect(plan.units.map((u) => u.alternatives[0]!.prefix)).toEqual([false, true]);
  });

  it("completes the last word while typing, with the completions' synonyms", () => {
    const plan = planSearch(
      'fahr',
      facts({ completions: new Map([['fahr', ['fahrrad']]]), synonymGroups: [['bike', 'fahrrad']] }),
      { prefixLast: true },
    );
    expect(plan.units[0]!.alternatives).toEqual([
      { words: ['fahr'], prefix: true },
      { words: ['fahrrad'] },
      { words: ['bike'] },
    ]);
    expect(planSearch('fahr', facts({ completions: new Map([['fahr', ['fahrrad']]]) })).units[0]!.alternatives).toEqual(
      [{ words: ['fahr'], prefix: false }],
    );
  });

  it('marks a SKU or EAN query', () => {
    expect(planSearch('VO-000087-BK-M', facts()).code).toBe('VO-000087-BK-M');
  });
});

describe('correctedQuery', () => {
  it('replaces unknown words by their closest term, and is null when nothing changes', () => {
    const corrections = new Map([['bycicle', ['bicycle']]]);
    expect(correctedQuery('Bycicle helmet', { known: new Set(['helmet']), corrections })).toBe('bicycle helmet');
    expect(correctedQuery('helmet', { known: new Set(['helmet']), corrections })).toBeNull();
    expect(correctedQuery('xyzzy', { known: new Set(), corrections })).toBeNull();
  });
});

describe('transpositions', () => {
  it('swaps each pair of neighbouring letters once, and leaves short words and numbers alone', () => {
    expect(transpositions('bkie')).toEqual(['kbie', 'bike', 'bkei']);
    expect(transpositions('ab')).toEqual([]);
    expect(transpositions('a12b')).toEqual([]);
  });

  it('corrects a swap the dictionary knows, in the plan and in "did you mean"', () => {
    const known = new Set(['bike']);
    expect(planSearch('bkie', facts({ known })).units[0]!.alternatives.map((a) => a.words)).toEqual([
      ['bkie'],
      ['bike'],
    ]);
    expect(correctedQuery('bkie', { known, corrections: new Map() })).toBe('bike');
  });
});
