// How a typed query becomes what the database searches for (docs/search.md): words, their typo
// corrections, compound parts, synonyms and the compounds they end. Pure: the dictionary facts come in.

/** At most this many words of a query are read; the rest of a pasted paragraph is ignored. */
export const MAX_QUERY_WORDS = 8;
/** Compound parts are at least this long ("rad" is, "e" is not). */
const MIN_PART = 3;
/** German linking elements between compound parts: Arbeit-s-hose, Kette-n-schloss, Kind-er-sitz. */
const LINKERS = ['s', 'es', 'n', 'en', 'er'];
/** Alternatives per word, so that a word with many synonyms and compounds stays one cheap query. */
const MAX_ALTERNATIVES = 24;

/** The lower-case words of a query: split at anything but letters and digits, as the dictionary is. */
export function searchWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && word.length <= 60);
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/**
 * A query that names an article rather than describes it: a SKU ("VO-000087-BK-M") or an EAN/GTIN.
 * Letters, digits and dashes, with at least one digit and four characters.
 */
export function articleCode(query: string): string | null {
  const code = query.trim().toUpperCase();
  return /^[A-Z0-9][A-Z0-9-]{3,39}$/.test(code) && /\d/.test(code) ? code : null;
}

/** How many edits a word may be away from a dictionary term and still count as a typo of it. */
export function typoBudget(word: string): number {
  if (word.length < 4 || /\d/.test(word)) return 0;
  return word.length < 6 ? 1 : 2;
}

/**
 * The word with two neighbouring letters swapped ("bkie" -> "bike"): a single slip of the fingers that
 * Levenshtein counts as two edits, too many for a short word's budget. Asked of the dictionary directly.
 */
export function transpositions(word: string): string[] {
  if (word.length < 3 || /\d/.test(word)) return [];
  const swapped = new Set<string>();
  for (let i = 0; i + 1 < word.length; i += 1)
    if (word[i] !== word[i + 1]) swapped.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return [...swapped];
}

/** The first and last parts a word could be split into, for the dictionary to say which exist. */
export function compoundPieces(word: string): string[] {
  const pieces = new Set<string>();
  for (let at = MIN_PART; at <= word.length - MIN_PART; at += 1) {
    const head = word.slice(at);
    const modifier = word.slice(0, at);
    pieces.add(head).add(modifier);
    for (const linker of LINKERS)
      if (modifier.endsWith(linker) && modifier.length - linker.length >= MIN_PART)
        pieces.add(modifier.slice(0, -linker.length));
  }
  return [...pieces];
}

/**
 * A compound read as two known words ("fahrradschloss" -> fahrrad + schloss, "mountainbike" ->
 * mountain + bike, "kettenschloss" -> kette + schloss); null when no split into known words exists. The
 * longest known head wins: German compounds name the thing last.
 */
export function splitCompound(word: string, known: ReadonlySet<string>): [string, string] | null {
  for (let at = MIN_PART; at <= word.length - MIN_PART; at += 1) {
    const head = word.slice(at);
    if (!known.has(head)) continue;
    const modifier = word.slice(0, at);
    if (known.has(modifier)) return [modifier, head];
    for (const linker of LINKERS) {
      const stem = modifier.slice(0, -linker.length);
      if (modifier.endsWith(linker) && stem.length >= MIN_PART && known.has(stem)) return [stem, head];
    }
  }
  return null;
}

/** What the dictionary knows about a query's words (lib/search/search-terms.reads.ts). */
export type TermFacts = {
  /** The words, pieces and phrases asked about that are dictionary terms or synonyms. */
  known: ReadonlySet<string>;
  /** Per unknown word: dictionary terms within its typo budget, closest first. */
  corrections: ReadonlyMap<string, readonly string[]>;
  /** Per word: dictionary compounds that end in it ("schloss" -> "bügelschloss"). */
  heads: ReadonlyMap<string, readonly string[]>;
  /** While typing: per word, dictionary terms that start with it ("fahr" -> "fahrrad"). */
  completions?: ReadonlyMap<string, readonly string[]>;
  /** Synonym groups that hold any word, piece, phrase, correction or completion asked about. */
  synonymGroups: readonly (readonly string[])[];
};

/** One way to match a unit of the query: all its words must be in the product's vector (the last one as a prefix when `prefix`). */
export type Alternative = { words: string[]; prefix?: boolean };

/** A word of the query (or a two-word phrase a synonym group names) and everything that may stand for it. */
export type SearchUnit = { text: string; alternatives: Alternative[] };

export type SearchPlan = {
  units: SearchUnit[];
  /** Set when the query may be a SKU or EAN/GTIN. */
  code: string | null;
};

/** The dictionary questions for a query: its words, their compound pieces, and its two-word phrases. */
export function termQuestions(words: readonly string[]): { words: string[]; lookups: string[]; budgets: number[] } {
  const lookups = new Set<string>(words);
  for (const word of words) for (const piece of [...compoundPieces(word), ...transpositions(word)]) lookups.add(piece);
  for (let i = 0; i + 1 < words.length; i += 1) lookups.add(`${words[i]} ${words[i + 1]}`);
  return { words: [...words], lookups: [...lookups], budgets: words.map(typoBudget) };
}

/** Known words one swap away first, then the dictionary's closest terms. */
function correctionsOf(word: string, facts: Pick<TermFacts, 'known' | 'corrections'>): string[] {
  const swapped = transpositions(word).filter((candidate) => facts.known.has(candidate));
  return [...new Set([...swapped, ...(facts.corrections.get(word) ?? [])])];
}

function synonymsOf(term: string, groups: TermFacts['synonymGroups']): string[] {
  return groups.filter((group) => group.includes(term)).flatMap((group) => group.filter((other) => other !== term));
}

const wordsOf = (phrase: string) => phrase.split(' ').filter(Boolean);

/**
 * The search plan: per word (or synonym phrase) the alternatives that match it. A product matches a
 * query when every unit has an alternative in it. `prefixLast` (suggestions while typing) lets the last
 * word match as the start of a word too.
 */
export function planSearch(query: string, facts: TermFacts, options: { prefixLast?: boolean } = {}): SearchPlan {
  const words = searchWords(query);
  const units: SearchUnit[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const next = words[i + 1];
    const phrase = next ? `${word} ${next}` : null;
    // "mountain bike" -> "mtb": a phrase a synonym group names is one unit.
    if (phrase && synonymsOf(phrase, facts.synonymGroups).length > 0) {
      const last = i + 1 === words.length - 1;
      units.push({
        text: phrase,
        alternatives: dedupe([
          { words: [word, next!], prefix: options.prefixLast && last },
          ...synonymsOf(phrase, facts.synonymGroups).map((s) => ({ words: wordsOf(s) })),
        ]),
      });
      i += 1;
      continue;
    }
    units.push({
      text: word,
      alternatives: wordAlternatives(word, facts, options.prefixLast && i === words.length - 1),
    });
  }
  return { units, code: articleCode(query) };
}

function wordAlternatives(word: string, facts: TermFacts, prefix = false): Alternative[] {
  const alternatives: Alternative[] = [{ words: [word], prefix }];
  const withSynonyms = (term: string) => [term, ...synonymsOf(term, facts.synonymGroups)];
  for (const synonym of synonymsOf(word, facts.synonymGroups)) alternatives.push({ words: wordsOf(synonym) });
  if (!facts.known.has(word)) {
    for (const correction of correctionsOf(word, facts))
      for (const term of withSynonyms(correction)) alternatives.push({ words: wordsOf(term) });
    const parts = splitCompound(word, facts.known);
    if (parts) {
      const [modifier, head] = parts;
      for (const m of withSynonyms(modifier))
        for (const h of withSynonyms(head)) alternatives.push({ words: [...wordsOf(m), ...wordsOf(h)] });
    }
  }
  for (const compound of facts.heads.get(word) ?? []) alternatives.push({ words: [compound] });
  if (prefix)
    for (const completion of facts.completions?.get(word) ?? [])
      for (const term of withSynonyms(completion)) alternatives.push({ words: wordsOf(term) });
  return dedupe(alternatives).slice(0, MAX_ALTERNATIVES);
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>();
  return alternatives.filter((alternative) => {
    const key = `${alternative.words.join(' ')}${alternative.prefix ? '*' : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "Did you mean …": the query with each unknown word replaced by its closest dictionary term; null
 * when no word changes.
 */
export function correctedQuery(query: string, facts: Pick<TermFacts, 'known' | 'corrections'>): string | null {
  const words = searchWords(query);
  let changed = false;
  const corrected = words.map((word) => {
    if (facts.known.has(word)) return word;
    const best = correctionsOf(word, facts)[0];
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? corrected.join(' ') : null;
}

/** Every distinct word a plan may match, for naming categories and brands in suggestions. */
export function planTerms(plan: SearchPlan): string[] {
  return [...new Set(plan.units.flatMap((unit) => unit.alternatives.flatMap((a) => a.words)))];
}
