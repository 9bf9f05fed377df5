// CSV import and export of price-list entries. One header line, then one entry per line:
//   target_kind,target,min_quantity,adjustment,value
//   category,bikes/city-kids-bikes,1,percent,12.5
//   variant,BIK-00012-M-RED,10,fixed,499.00
//   all,,100,percent,10
// Values use the same notation as the form: percent as "12.5", amounts as "12.50" (comma or point).
import { parseCsv } from '@/lib/platform/csv.rules';
import type { FieldIssue } from '@/lib/platform/errors';
import { fieldIssueOf, ISSUE_PARSE_OPTIONS } from '@/lib/platform/error-text';
import { priceEntryInput, type PriceEntryInput } from './pricing.schemas';

export const CSV_HEADER = ['target_kind', 'target', 'min_quantity', 'adjustment', 'value'] as const;
export const MAX_CSV_ROWS = 20_000;

/** A problem of the file, placed at its line (and column): translated where it is shown. */
export type CsvLineError = FieldIssue & { at: { line: number; column?: string } };

const lineError = (line: number, code: FieldIssue['code'], params?: FieldIssue['params']): CsvLineError => ({
  code,
  ...(params ? { params } : {}),
  at: { line },
});

/** Reads the file into entries; every problem is reported with its line number. */
export function parsePriceEntriesCsv(text: string): {
  entries: Array<{ line: number; entry: PriceEntryInput }>;
  errors: CsvLineError[];
} {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    const line = typeof error === 'object' && error && 'lines' in error ? Number(error.lines) : 1;
    return { entries: [], errors: [lineError(line, 'field.csv_quote')] };
  }
  const errors: CsvLineError[] = [];
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (!header || CSV_HEADER.some((name, i) => header[i] !== name)) {
    return { entries: [], errors: [lineError(1, 'field.csv_header', { header: CSV_HEADER.join(',') })] };
  }
  const body = rows
    .slice(1)
    .map((cells, i) => ({ line: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (body.length === 0) return { entries: [], errors: [lineError(2, 'field.csv_empty')] };
  if (body.length > MAX_CSV_ROWS)
    return { entries: [], errors: [lineError(MAX_CSV_ROWS + 2, 'field.csv_too_many', { max: MAX_CSV_ROWS })] };
  const entries: Array<{ line: number; entry: PriceEntryInput }> = [];
  for (const { line, cells } of body) {
    if (cells.length !== CSV_HEADER.length) {
      errors.push(lineError(line, 'field.csv_field_count', { expected: CSV_HEADER.length, found: cells.length }));
      continue;
    }
    const [targetKind, target, minQuantity, adjustmentKind, value] = cells.map((c) => c.trim());
    const parsed = priceEntryInput.safeParse(
      { targetKind, target, minQuantity, adjustmentKind, value },
      ISSUE_PARSE_OPTIONS,
    );
    if (parsed.success) entries.push({ line, entry: parsed.data });
    else {
      const columns = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        if (columns.has(column)) continue; // the first problem of each column
        columns.add(column);
        errors.push({ ...fieldIssueOf(issue), at: { line, ...(column ? { column } : {}) } });
      }
    }
  }
  return { entries, errors };
}
