// CSV import and export of price-list entries. One header line, then one entry per line:
//   target_kind,target,min_quantity,adjustment,value
//   category,bikes/city-kids-bikes,1,percent,12.5
//   variant,BIK-00012-M-RED,10,fixed,499.00
//   all,,100,percent,10
// Values use the same notation as the form: percent as "12.5", amounts as "12.50" (comma or point).
import { z } from 'zod';
import { parseCsv } from '@/lib/platform/csv.rules';
import { priceEntryInput, type PriceEntryInput } from './pricing.schemas';

export const CSV_HEADER = ['target_kind', 'target', 'min_quantity', 'adjustment', 'value'] as const;
export const MAX_CSV_ROWS = 20_000;

export type CsvLineError = { line: number; message: string };

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
    return { entries: [], errors: [{ line, message: 'A quote is not closed or stands inside a field' }] };
  }
  const errors: CsvLineError[] = [];
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (!header || CSV_HEADER.some((name, i) => header[i] !== name)) {
    return { entries: [], errors: [{ line: 1, message: `The first line must be the header ${CSV_HEADER.join(',')}` }] };
  }
  const body = rows
    .slice(1)
    .map((cells, i) => ({ line: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (body.length === 0) return { entries: [], errors: [{ line: 2, message: 'The file has no entries' }] };
  if (body.length > MAX_CSV_ROWS)
    return { entries: [], errors: [{ line: MAX_CSV_ROWS + 2, message: `At most ${MAX_CSV_ROWS} entries per file` }] };
  const entries: Array<{ line: number; entry: PriceEntryInput }> = [];
  for (const { line, cells } of body) {
    if (cells.length !== CSV_HEADER.length) {
      errors.push({ line, message: `Expected ${CSV_HEADER.length} fields, found ${cells.length}` });
      continue;
    }
    const [targetKind, target, minQuantity, adjustmentKind, value] = cells.map((c) => c.trim());
    const parsed = priceEntryInput.safeParse({ targetKind, target, minQuantity, adjustmentKind, value });
    if (parsed.success) entries.push({ line, entry: parsed.data });
    else {
      const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
      for (const [field, messages] of Object.entries(fields))
        errors.push({ line, message: `${field}: ${messages?.[0] ?? 'invalid'}` });
    }
  }
  return { entries, errors };
}
