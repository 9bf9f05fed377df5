// CSV (RFC 4180) reading and writing for imports, exports and feeds: the one place for it. Reading goes
// through csv-parse; writing quotes a field only when it must (a comma, quote, CR or LF), which feeds do
// per row while streaming, so a stringifier object per row would only add work.
import { parse } from 'csv-parse/sync';

/** The records of a CSV text (a leading byte-order mark is dropped); records may differ in length. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true, relax_quotes: false }) as string[][];
}

/** One CSV field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. Null is empty. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF line end. */
export function csvRecord(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
