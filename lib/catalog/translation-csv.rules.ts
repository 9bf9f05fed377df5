// CSV export and import of catalogue translations, one file per locale (docs/i18n.md). One header line,
// then one text per line:
//   type,key,field,source,de
//   product,havel-5-havelrad,name,Havel 5,Havel 5
//   category,bikes/trekking-bikes,description,Fully equipped …,Voll ausgestattete …
//   option_value,color:Midnight Blue,label,Midnight Blue,Mitternachtsblau
// `source` is the catalogue-language text, for the translator's eyes only (ignored on import). An empty
// translation removes it, so the catalogue-language text shows again.
import { parseCsv } from '@/lib/platform/csv.rules';
import type { FieldIssue } from '@/lib/platform/errors';

/** What can be translated, and which fields of it. */
export const TRANSLATION_FIELDS = {
  product: ['name', 'description'],
  category: ['name', 'description'],
  attribute: ['name'],
  option: ['name'],
  /** key `<option code>:<value>`, e.g. `color:Midnight Blue` */
  option_value: ['label'],
  /** key `<product slug>:<attribute code>` */
  product_attribute: ['value'],
  /** key `<product slug>:<image position>` */
  media: ['alt'],
} as const;
export type TranslationType = keyof typeof TRANSLATION_FIELDS;
export const TRANSLATION_TYPES = Object.keys(TRANSLATION_FIELDS) as TranslationType[];

export const MAX_TRANSLATION_ROWS = 200_000;
/** Longest text accepted (descriptions included). */
export const MAX_TRANSLATION_LENGTH = 10_000;

export function translationCsvHeader(locale: string): string[] {
  return ['type', 'key', 'field', 'source', locale];
}

export type TranslationRow = { type: TranslationType; key: string; field: string; source: string; text: string };
export type TranslationCsvError = FieldIssue & { at: { line: number; column?: string } };

const lineError = (
  line: number,
  code: FieldIssue['code'],
  params?: FieldIssue['params'],
  column?: string,
): TranslationCsvError => ({ code, ...(params ? { params } : {}), at: { line, ...(column ? { column } : {}) } });

function isType(value: string): value is TranslationType {
  return (TRANSLATION_TYPES as string[]).includes(value);
}

/** Splits a compound key (`color:Midnight Blue`) at its first colon; null when either part is empty. */
export function splitKey(key: string): [string, string] | null {
  const at = key.indexOf(':');
  if (at <= 0 || at === key.length - 1) return null;
  return [key.slice(0, at), key.slice(at + 1)];
}

/**
 * Reads a translation file for `locale`: its rows, or every problem with its line number. Checks the
 * shape only (known type and field, a key, a text of acceptable length); whether each key exists is
 * for the import to check against the catalogue.
 */
export function parseTranslationCsv(
  text: string,
  locale: string,
): { rows: Array<{ line: number; row: TranslationRow }>; errors: TranslationCsvError[] } {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    const line = typeof error === 'object' && error && 'lines' in error ? Number(error.lines) : 1;
    return { rows: [], errors: [lineError(line, 'field.csv_quote')] };
  }
  const expected = translationCsvHeader(locale);
  const header = records[0]?.map((h) => h.trim().toLowerCase());
  if (!header || header.length !== expected.length || expected.some((name, i) => header[i] !== name))
    return { rows: [], errors: [lineError(1, 'field.csv_header', { header: expected.join(',') })] };
  const body = records
    .slice(1)
    .map((cells, i) => ({ line: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (body.length === 0) return { rows: [], errors: [lineError(2, 'field.csv_empty')] };
  if (body.length > MAX_TRANSLATION_ROWS)
    return {
      rows: [],
      errors: [lineError(MAX_TRANSLATION_ROWS + 2, 'field.csv_too_many', { max: MAX_TRANSLATION_ROWS })],
    };

  const rows: Array<{ line: number; row: TranslationRow }> = [];
  const errors: TranslationCsvError[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of body) {
    if (cells.length !== expected.length) {
      errors.push(lineError(line, 'field.csv_field_count', { expected: expected.length, found: cells.length }));
      continue;
    }
    const [rawType, rawKey, rawField, source, translation] = cells as [string, string, string, string, string];
    const type = rawType.trim();
    const key = rawKey.trim();
    const field = rawField.trim();
    if (!isType(type)) {
      errors.push(lineError(line, 'field.translation_type', { types: TRANSLATION_TYPES.join(', ') }, 'type'));
      continue;
    }
    if (!(TRANSLATION_FIELDS[type] as readonly string[]).includes(field)) {
      errors.push(lineError(line, 'field.translation_field', { fields: TRANSLATION_FIELDS[type].join(', ') }, 'field'));
      continue;
    }
    const compound = type === 'option_value' || type === 'product_attribute' || type === 'media';
    if (key === '' || (compound && !splitKey(key))) {
      errors.push(lineError(line, 'field.translation_key', undefined, 'key'));
      continue;
    }
    if (type === 'media' && !/^\d+$/.test(splitKey(key)![1])) {
      errors.push(lineError(line, 'field.translation_key', undefined, 'key'));
      continue;
    }
    if (translation.length > MAX_TRANSLATION_LENGTH) {
      errors.push(lineError(line, 'field.translation_too_long', { max: MAX_TRANSLATION_LENGTH }, locale));
      continue;
    }
    const identity = `${type}\u0000${key}\u0000${field}`;
    const first = seen.get(identity);
    if (first !== undefined) {
      errors.push(lineError(line, 'field.translation_duplicate', { line: first }, 'key'));
      continue;
    }
    seen.set(identity, line);
    rows.push({ line, row: { type, key, field, source, text: translation.trim() } });
  }
  return { rows, errors };
}
