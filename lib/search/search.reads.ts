import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  correctedQuery,
  planSearch,
  searchWords,
  termQuestions,
  type SearchPlan,
  type TermFacts,
} from './search-query.rules';

/** Compounds a word may end, per word: enough for the common ones without growing the query. */
const MAX_HEADS = 12;
const MAX_CORRECTIONS = 2;

/**
 * One round trip to the term dictionary for a query's words: which words, compound pieces and phrases
 * are known, the closest terms to each unknown word (Levenshtein within its typo budget plus
 * `extraBudget`), the compounds each word ends, and the synonym groups of all of them. Words are
 * compared folded (`search_fold`, migration 0021: "strasse" is "straße", "schluessel" is "schlüssel");
 * corrections, compounds and completions come back as the dictionary spells them.
 */
export async function findTermFacts(
  db: Executor,
  query: string,
  options: { extraBudget?: number; completeLast?: boolean } = {},
): Promise<TermFacts> {
  const words = searchWords(query);
  if (words.length === 0) return { known: new Set(), corrections: new Map(), heads: new Map(), synonymGroups: [] };
  // While typing, the last word may be the start of a term (from three letters on).
  const last = options.completeLast && words.at(-1)!.length >= 3 ? words.at(-1)! : null;
  const questions = termQuestions(words);
  const budgets = questions.budgets.map((b) => (b > 0 ? b + (options.extraBudget ?? 0) : 0));
  const rows = await db.execute<{
    kind: 'known' | 'fix' | 'head' | 'complete' | 'group';
    word: string | null;
    terms: string[];
  }>(sql`
    with input as (
      select word, search_fold(word) as folded, budget from unnest(${textArray(words)}, ${sql`array[${sql.join(
        budgets.map((b) => sql`${b}`),
        sql`, `,
      )}]::int[]`}) as i(word, budget)
    ),
    lookups as (select unnest(${textArray(questions.lookups)}) as term),
    known as (
      select l.term from lookups l where exists (select 1 from search_terms t where t.folded = search_fold(l.term))
        or exists (select 1 from search_synonym_groups g where g.terms @> array[l.term])
    ),
    fixes as (
      select i.word, f.term, f.distance from input i
      cross join lateral (
        select t.term, levenshtein_less_equal(i.folded, t.folded, i.budget) as distance
        from search_terms t
        where length(t.folded) between length(i.folded) - i.budget and length(i.folded) + i.budget
          and t.folded <> i.folded
          and levenshtein_less_equal(i.folded, t.folded, i.budget) <= i.budget
          -- Two edits only with the same first letter: "bycicle" -> "bicycle", not "bicycle" -> "cycle".
          and (left(t.folded, 1) = left(i.folded, 1) or levenshtein_less_equal(i.folded, t.folded, 1) <= 1)
        order by 2, similarity(i.word, t.term) desc, t.term
        limit ${MAX_CORRECTIONS}
      ) f
      where i.budget > 0 and not exists (select 1 from known k where k.term = i.word)
    ),
    -- Only the closest: "fahrad" is "fahrrad" (one edit), not also "faltrad" (two).
    closest as (
      select word, term, distance from (
        select f.*, min(distance) over (partition by word) as best from fixes f
      ) ranked where distance = best
    ),
    completions as (
      select ${last}::text as word, t.term from search_terms t
      where ${last}::text is not null and t.folded like search_fold(${last}::text) || '%'
        and t.folded <> search_fold(${last}::text)
      order by length(t.term), t.term
      limit ${MAX_HEADS}
    ),
    heads as (
      select i.word, h.term from input i
      cross join lateral (
        select t.term from search_terms t
        where length(i.word) >= 4 and t.folded like '%' || i.folded and t.folded <> i.folded
        order by length(t.term), t.term
        limit ${MAX_HEADS}
      ) h
    )
    select 'known' as kind, null as word, array_agg(term) as terms from known
    union all
    select 'fix', word, array_agg(term order by distance, term) from closest group by word
    union all
    select 'head', word, array_agg(term order by length(term), term) from heads group by word
    union all
    select 'complete', word, array_agg(term order by length(term), term) from completions group by word
    union all
    select 'group', null, g.terms from search_synonym_groups g
      where g.terms && (array(select term from lookups) || array(select term from closest)
        || array(select term from completions))
  `);
  const corrections = new Map<string, string[]>();
  const heads = new Map<string, string[]>();
  const completions = new Map<string, string[]>();
  const synonymGroups: string[][] = [];
  let known: string[] = [];
  for (const row of rows) {
    if (row.kind === 'known') known = row.terms ?? [];
    else if (row.kind === 'fix') corrections.set(row.word!, row.terms);
    else if (row.kind === 'head') heads.set(row.word!, row.terms);
    else if (row.kind === 'complete') completions.set(row.word!, row.terms);
    else synonymGroups.push(row.terms);
  }
  return { known: new Set(known), corrections, heads, completions, synonymGroups };
}

/** The plan for a query (lib/search/search-query.rules.ts), after one dictionary round trip. */
export async function prepareSearch(
  db: Executor,
  query: string,
  options: { prefixLast?: boolean } = {},
): Promise<SearchPlan> {
  return planSearch(query, await findTermFacts(db, query, { completeLast: options.prefixLast }), options);
}

/** The plan as the jsonb search_plan_query() (migration 0017) turns into one tsquery. */
export function searchQuerySql(plan: SearchPlan): SQL {
  const units = plan.units.map((unit) =>
    unit.alternatives.map((alternative) => ({ w: alternative.words, p: Boolean(alternative.prefix) })),
  );
  // A scalar subquery is computed once per statement; the bare call with a bound parameter would run the
  // plpgsql function for every row a generic plan tests (7,000 rows for a two-letter prefix).
  return sql`(select search_plan_query(${JSON.stringify(units)}::jsonb))`;
}

/**
 * Products (`products` rows) a plan matches: full text over names, categories, brand and descriptions
 * in every locale, or the SKU/EAN the query names. A union of index lookups: an OR in one WHERE would
 * test every row.
 */
export function searchMatchSql(plan: SearchPlan, productId: SQL): SQL {
  const branches: SQL[] = [];
  if (plan.units.length)
    branches.push(sql`select s.id from products s where s.search_vector @@ ${searchQuerySql(plan)}`);
  if (plan.code) {
    branches.push(sql`select v.product_id from variants v where v.sku = ${plan.code} or v.gtin = ${plan.code}`);
    branches.push(sql`select v.product_id from variants v where v.sku like ${`${plan.code}%`}`);
  }
  if (branches.length === 0) return sql`false`;
  return sql`${productId} in (${sql.join(branches, sql` union `)})`;
}

/**
 * Relevance of a matching product (alias p, its category c): a SKU/EAN hit first; then products in a
 * category whose name matches the whole query ("Fahrrad" -> Bikes), more so a top-level one, before
 * those that only name it;
 * then ts_rank with name (A) above category and brand (B) far above description (D); and a nudge for
 * names that resemble the typed text.
 */
export function searchRankSql(plan: SearchPlan, query: string): SQL {
  const code = plan.code
    ? sql`(case when exists (select 1 from variants v where v.product_id = p.id and (v.sku = ${plan.code} or v.gtin = ${plan.code} or v.sku like ${`${plan.code}%`})) then 10 else 0 end)`
    : sql`0`;
  const categories = (condition: SQL) =>
    sql`(case when (c.path || '/') like any (array(select mc.path || '/%' from categories mc
      where mc.search_vector @@ ${searchQuerySql(plan)} and ${condition})) then 1 else 0 end)`;
  const text = plan.units.length
    ? sql`(ts_rank('{0.05, 0.1, 0.8, 1.0}', p.search_vector, ${searchQuerySql(plan)})
      + ${categories(sql`true`)} + 0.5 * ${categories(sql`mc.depth = 1`)})`
    : sql`0`;
  return sql`(${code} + ${text} + 0.1 * word_similarity(${query}, p.name))`;
}

function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/**
 * "Did you mean …" for a query that found nothing: each word that is no dictionary term replaced by
 * the closest term, allowing one edit more than the search itself does; null when nothing changes.
 */
export async function findCorrectedQuery(db: Executor, query: string): Promise<string | null> {
  return correctedQuery(query, await findTermFacts(db, query, { extraBudget: 1 }));
}
