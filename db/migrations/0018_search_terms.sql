-- Search vocabulary (docs/search.md): synonym groups, the term dictionary kept by triggers, and search
-- vectors over every locale's names (products: also the category path and descriptions; categories).
CREATE TABLE "search_synonym_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"terms" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
CREATE INDEX "search_synonym_groups_terms_idx" ON "search_synonym_groups" USING gin ("terms");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_terms_length_idx" ON "search_terms" USING btree (length("term"));--> statement-breakpoint
CREATE INDEX "variants_sku_pattern_idx" ON "variants" USING btree ("sku" text_pattern_ops);--> statement-breakpoint
-- Typo distance for search terms (fuzzystrmatch ships with PostgreSQL like pg_trgm).
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
--> statement-breakpoint
-- The searchable words of a text: lower case, split at anything but letters and digits, two letters or more.
CREATE OR REPLACE FUNCTION search_words(input text) RETURNS SETOF text AS $$
  SELECT DISTINCT w FROM regexp_split_to_table(lower(coalesce(input, '')), '[^[:alnum:]]+') AS w WHERE length(w) >= 2 AND length(w) <= 60;
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- Every locale's name in a translations column ({"de": {"name": …}}), as one text.
CREATE OR REPLACE FUNCTION translated_names(translations jsonb) RETURNS text AS $$
  SELECT coalesce(string_agg(value->>'name', ' '), '') FROM jsonb_each(coalesce(translations, '{}'::jsonb));
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION translated_descriptions(translations jsonb) RETURNS text AS $$
  SELECT coalesce(string_agg(value->>'description', ' '), '') FROM jsonb_each(coalesce(translations, '{}'::jsonb));
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION add_search_terms(input text) RETURNS void AS $$
  INSERT INTO search_terms (term) SELECT w FROM search_words(input) AS w ON CONFLICT DO NOTHING;
$$ LANGUAGE sql;
--> statement-breakpoint
-- The whole dictionary from scratch: drops words nothing uses any more (a renamed product's old name).
CREATE OR REPLACE FUNCTION rebuild_search_terms() RETURNS void AS $$
  WITH words AS (
    SELECT search_words(name || ' ' || translated_names(translations)) AS term FROM products
    UNION SELECT search_words(name || ' ' || translated_names(translations)) FROM categories
    UNION SELECT search_words(name) FROM brands
    UNION SELECT search_words(array_to_string(terms, ' ')) FROM search_synonym_groups
  ), gone AS (
    DELETE FROM search_terms t WHERE NOT EXISTS (SELECT 1 FROM words w WHERE w.term = t.term)
  )
  INSERT INTO search_terms (term) SELECT term FROM words ON CONFLICT DO NOTHING;
$$ LANGUAGE sql;
--> statement-breakpoint
-- New words join the dictionary in the statement that brings them (once per statement for bulk loads;
-- updates that leave the names alone, like the listing read model's, add nothing).
CREATE OR REPLACE FUNCTION search_terms_from_rows() RETURNS trigger AS $$
BEGIN
  IF TG_TABLE_NAME = 'search_synonym_groups' THEN
    PERFORM add_search_terms(string_agg(array_to_string(terms, ' '), ' ')) FROM new_rows;
  ELSIF TG_TABLE_NAME = 'brands' THEN
    PERFORM add_search_terms(string_agg(name, ' ')) FROM new_rows;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM add_search_terms(string_agg(name || ' ' || translated_names(translations), ' ')) FROM new_rows;
  ELSE
    PERFORM add_search_terms(string_agg(n.name || ' ' || translated_names(n.translations), ' '))
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.name IS DISTINCT FROM o.name OR n.translations IS DISTINCT FROM o.translations;
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER products_search_terms_insert AFTER INSERT ON products
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_from_rows();
--> statement-breakpoint
CREATE TRIGGER products_search_terms_update AFTER UPDATE ON products
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_from_rows();
--> statement-breakpoint
CREATE TRIGGER categories_search_terms_insert AFTER INSERT ON categories
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_from_rows();
--> statement-breakpoint
CREATE TRIGGER categories_search_terms_update AFTER UPDATE ON categories
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_from_rows();
--> statement-breakpoint
CREATE TRIGGER brands_search_terms_insert AFTER INSERT ON brands
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_from_rows();
--> statement-breakpoint
CREATE TRIGGER brands_search_terms_update AFTER UPDATE ON brands
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_from_rows();
--> statement-breakpoint
CREATE TRIGGER search_synonym_groups_terms_insert AFTER INSERT ON search_synonym_groups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_from_rows();
--> statement-breakpoint
CREATE TRIGGER search_synonym_groups_terms_update AFTER UPDATE ON search_synonym_groups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_terms_from_rows();
--> statement-breakpoint
-- The search vector now also holds every locale's name (A), the category and its parents in every
-- locale and the brand (B), and every locale's description (D): name and category matches outrank
-- description matches in ts_rank.
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
  NEW.search_vector :=
    setweight(to_tsvector('english', names), 'A') ||
    setweight(to_tsvector('german', names), 'A') ||
    setweight(to_tsvector('simple', coalesce(brand_name, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(category_names, '')), 'B') ||
    setweight(to_tsvector('german', coalesce(category_names, '')), 'B') ||
    setweight(to_tsvector('english', descriptions), 'D') ||
    setweight(to_tsvector('german', descriptions), 'D');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS products_search_vector_trigger ON products;
--> statement-breakpoint
CREATE TRIGGER products_search_vector_trigger
  BEFORE INSERT OR UPDATE OF name, description, brand_id, category_id, translations ON products
  FOR EACH ROW EXECUTE FUNCTION products_search_vector_update();
--> statement-breakpoint
-- A renamed category or brand renews the vectors of the products it holds (and of the subtree's).
CREATE OR REPLACE FUNCTION products_search_vector_refresh() RETURNS trigger AS $$
BEGIN
  IF TG_TABLE_NAME = 'brands' THEN
    UPDATE products p SET brand_id = p.brand_id
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE p.brand_id = n.id AND n.name IS DISTINCT FROM o.name;
  ELSE
    UPDATE products p SET category_id = p.category_id
      FROM categories c, new_rows n JOIN old_rows o ON o.id = n.id
      WHERE c.id = p.category_id AND (c.path = n.path OR c.path LIKE n.path || '/%')
        AND (n.name IS DISTINCT FROM o.name OR n.translations IS DISTINCT FROM o.translations);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER categories_search_vector_refresh AFTER UPDATE ON categories
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION products_search_vector_refresh();
--> statement-breakpoint
CREATE TRIGGER brands_search_vector_refresh AFTER UPDATE ON brands
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION products_search_vector_refresh();
--> statement-breakpoint
-- A category's names in every locale, stemmed in English and German: searches find the categories that
-- match a query once and boost the products in them.
CREATE OR REPLACE FUNCTION categories_search_vector_update() RETURNS trigger AS $$
DECLARE
  names text := coalesce(NEW.name, '') || ' ' || translated_names(NEW.translations);
BEGIN
  NEW.search_vector := to_tsvector('english', names) || to_tsvector('german', names);
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER categories_search_vector_trigger
  BEFORE INSERT OR UPDATE OF name, translations ON categories
  FOR EACH ROW EXECUTE FUNCTION categories_search_vector_update();
--> statement-breakpoint
UPDATE categories SET name = name;
--> statement-breakpoint
UPDATE products SET category_id = category_id;
--> statement-breakpoint
SELECT rebuild_search_terms();
--> statement-breakpoint
-- One word of a search plan as a tsquery: stemmed in English or German, or as a prefix while typing. A
-- word one of the languages drops as a stop word ("the", "und") matches everything (an empty query).
CREATE OR REPLACE FUNCTION search_word_query(word text, prefix boolean) RETURNS tsquery AS $$
  SELECT CASE
    WHEN prefix THEN to_tsquery('simple', quote_literal(word) || ':*')
    WHEN numnode(plainto_tsquery('english', word)) = 0 OR numnode(plainto_tsquery('german', word)) = 0 THEN ''::tsquery
    ELSE plainto_tsquery('english', word) || plainto_tsquery('german', word)
  END;
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- A search plan (lib/search/search-query.rules.ts) as one tsquery: every unit must match, each by any
-- of its alternatives, an alternative by all of its words: [[{"w": ["mountain", "bike"], "p": false}, …], …].
CREATE OR REPLACE FUNCTION search_plan_query(units jsonb) RETURNS tsquery AS $$
DECLARE
  result tsquery := '';
  unit jsonb;
  alternative jsonb;
  unit_query tsquery;
  alternative_query tsquery;
  word text;
  position bigint;
BEGIN
  FOR unit IN SELECT value FROM jsonb_array_elements(units) LOOP
    unit_query := '';
    FOR alternative IN SELECT value FROM jsonb_array_elements(unit) LOOP
      alternative_query := '';
      FOR word, position IN SELECT value, ordinality FROM jsonb_array_elements_text(alternative->'w') WITH ORDINALITY LOOP
        alternative_query := alternative_query && search_word_query(word,
          coalesce((alternative->>'p')::boolean, false) AND position = jsonb_array_length(alternative->'w'));
      END LOOP;
      unit_query := unit_query || alternative_query;
    END LOOP;
    result := result && unit_query;
  END LOOP;
  RETURN result;
END
$$ LANGUAGE plpgsql IMMUTABLE;
