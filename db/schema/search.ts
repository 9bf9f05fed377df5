// Search vocabulary (docs/search.md): merchandisers' synonym groups and the term dictionary that typo
// correction, compound splitting and suggestions look words up in.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Words that mean the same to a shopper ("bicycle", "bike", "fahrrad", "rad"): a search for one finds
 * the others. Terms are lower case, trimmed and may hold several words ("mountain bike"). Applied when
 * a query is read, so a change counts from the next search on.
 */
export const searchSynonymGroups = pgTable(
  'search_synonym_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    terms: text('terms').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('search_synonym_groups_terms_idx').using('gin', t.terms)],
);

/**
 * The distinct lower-case words of product names (every locale), category names (every locale), brand
 * names and synonym terms: a few thousand rows that typo correction and compound splitting search
 * instead of every description. Filled by triggers (migration 0018); `rebuild_search_terms()` drops
 * words no longer used. `folded` is the word as search compares it (`search_fold`, migration 0021:
 * "straße" and "strasse", "schlüssel", "schluessel" and "schlussel" are one word).
 */
export const searchTerms = pgTable(
  'search_terms',
  {
    term: text('term').primaryKey(),
    folded: text('folded')
      .notNull()
      .generatedAlwaysAs(sql`search_fold(term)`),
  },
  (t) => [
    index('search_terms_folded_idx').on(t.folded),
    index('search_terms_folded_trgm_idx').using('gin', sql`${t.folded} gin_trgm_ops`),
    index('search_terms_folded_length_idx').on(sql`length(${t.folded})`),
  ],
);
