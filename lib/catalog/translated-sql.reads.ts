// SQL for catalogue text in a visitor's language: the translation when there is one, else the
// catalogue-language column (lib/catalog/translations.rules.ts holds the same rule for rows read whole).
import { sql, type SQL } from 'drizzle-orm';
import { NAME_COLLATION } from '@/db/schema';
import { catalogLocale } from './translations.rules';
import { isLocale, type Locale } from '@/lib/platform/i18n/locales';

/** The language of the catalogue's plain columns (CATALOG_LOCALE, docs/i18n.md). */
export const CATALOG_LOCALE: Locale = catalogLocale(process.env.CATALOG_LOCALE);

/**
 * `coalesce(nullif(<translations> -> '<locale>' ->> '<field>', ''), <column>)`; the column itself for
 * the catalogue language. The locale and field are written as literals, not parameters, so that the
 * planner matches the expression indexes on translated product names (migration 0020); both come
 * from fixed lists, never from the request text.
 */
export function translatedSql(
  column: SQL,
  translations: SQL,
  field: 'name' | 'description' | 'alt' | 'value',
  locale: Locale,
): SQL {
  if (!isLocale(locale)) throw new Error(`Unknown locale ${String(locale)}`);
  if (locale === CATALOG_LOCALE) return column;
  return sql`coalesce(nullif((${translations} -> ${sql.raw(`'${locale}'`)}) ->> ${sql.raw(`'${field}'`)}, ''), ${column})`;
}

/**
 * A name to sort by: in NAME_COLLATION, where "Ä" sorts with "A" (the database's own collation may put
 * it after "Z"). On a product name (translatedSql or the column) it matches the listing's name indexes.
 */
export function nameSortSql(name: SQL): SQL {
  return sql`(${name} collate ${sql.raw(`"${NAME_COLLATION}"`)})`;
}

/**
 * The label of an option value in `locale` (option_types.translations -> locale -> values -> value),
 * else `fallback` (default: the value itself).
 */
export function optionValueLabelSql(value: SQL, translations: SQL, locale: Locale, fallback: SQL = value): SQL {
  if (!isLocale(locale)) throw new Error(`Unknown locale ${String(locale)}`);
  if (locale === CATALOG_LOCALE) return value;
  return sql`coalesce(nullif(${translations} -> ${sql.raw(`'${locale}'`)} -> 'values' ->> ${value}, ''), ${fallback})`;
}
