-- German spellings search alike (docs/search.md): "Straße" and "Strasse", "Schlüssel", "Schluessel" and
-- "Schlussel", "Größe" and "Grosse". search_fold() is applied to both sides: the German half of every
-- search vector, the words of a query, and the term dictionary (a generated column).
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
--> statement-breakpoint
-- Accents off (ß -> ss, ä -> a, é -> e; unaccent), lower case, and the umlauts' two-letter spelling
-- (ae, oe, ue) read as the plain vowel. Immutable as long as unaccent's rules file is left alone.
CREATE OR REPLACE FUNCTION search_fold(input text) RETURNS text AS $$
  SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce(input, ''))), '([aou])e', '\1', 'g');
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;
--> statement-breakpoint
DROP INDEX "search_terms_trgm_idx";--> statement-breakpoint
DROP INDEX "search_terms_length_idx";--> statement-breakpoint
ALTER TABLE "search_terms" ADD COLUMN "folded" text GENERATED ALWAYS AS (search_fold(term)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "search_terms_folded_idx" ON "search_terms" USING btree ("folded");--> statement-breakpoint
CREATE INDEX "search_terms_folded_trgm_idx" ON "search_terms" USING gin ("folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_terms_folded_length_idx" ON "search_terms" USING btree (length("folded"));
--> statement-breakpoint
CREATE OR REPLACE FUNCTION products_search_vector_update() RETURNS trigger AS $$
DECLARE
  brand_name text;
  category_names text;
  names text := coalesce(NEW.name, '') || ' ' || translated_names(NEW.translations);
  descriptions text := coalesce(NEW.description, '') || ' ' || translated_descriptions(NEW.translations);
BEGIN
  SELECT name INTO brand_name FROM brands WHERE id = NEW.brand_id;
  SELECT string_agg(a.name || ' ' || translated_names(a.translations), ' ') INTO category_names
    FROM categories c JOIN categories a ON c.path = a.path OR c.path LIKE a.path || '/%'
    WHERE c.id = NEW.category_id;
  -- English as written; German folded (search_fold), as search_word_query asks.
  NEW.search_vector :=
    setweight(to_tsvector('english', names), 'A') ||
    setweight(to_tsvector('german', search_fold(names)), 'A') ||
    setweight(to_tsvector('simple', coalesce(brand_name, '')), 'B') ||
    setweight(to_tsvector('german', search_fold(brand_name)), 'B') ||
    setweight(to_tsvector('english', coalesce(category_names, '')), 'B') ||
    setweight(to_tsvector('german', search_fold(category_names)), 'B') ||
    setweight(to_tsvector('english', descriptions), 'D') ||
    setweight(to_tsvector('german', search_fold(descriptions)), 'D');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION categories_search_vector_update() RETURNS trigger AS $$
DECLARE
  names text := coalesce(NEW.name, '') || ' ' || translated_names(NEW.translations);
BEGIN
  NEW.search_vector := to_tsvector('english', names) || to_tsvector('german', search_fold(names));
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- One word of a search plan: English as typed, German folded. While typing, the start of a word as
-- typed or folded and stemmed ("schlue" -> schlu*, "strasse" -> strass*). A stop word of either
-- language ("the", "und", "für") matches everything.
CREATE OR REPLACE FUNCTION search_word_query(word text, prefix boolean) RETURNS tsquery AS $$
  SELECT CASE
    WHEN prefix THEN to_tsquery('simple', quote_literal(word) || ':*')
      || to_tsquery('german', quote_literal(search_fold(word)) || ':*')
    WHEN numnode(plainto_tsquery('english', word)) = 0 OR numnode(plainto_tsquery('german', word)) = 0
      OR numnode(plainto_tsquery('german', search_fold(word))) = 0 THEN ''::tsquery
    ELSE plainto_tsquery('english', word) || plainto_tsquery('german', search_fold(word))
  END;
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
UPDATE categories SET name = name;
--> statement-breakpoint
UPDATE products SET category_id = category_id;
