import { describe, expect, it } from 'vitest';
import { parsePriceEntriesCsv } from './price-entries-csv.schemas';

describe('parsePriceEntriesCsv', () => {
  const header = 'target_kind,target,min_quantity,adjustment,value\n';

  it('reads valid entries with their line numbers (BOM and blank lines tolerated)', () => {
    const result = parsePriceEntriesCsv(
      `\uFEFF${header}category,bikes,1,percent,12.5\n\nvariant,SKU-1,10,fixed,"1299,00"\nall,,100,amount,5\n`,
    );
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.line, e.entry.targetKind, e.entry.value])).toEqual([
      [2, 'category', 1250],
      [4, 'variant', 129_900],
      [5, 'all', 500],
    ]);
  });

  it('reports every bad line with its number and reason', () => {
    const result = parsePriceEntriesCsv(
      `${header}category,bikes,1,percent,120\nproduct,,1,fixed,10\nall,,0,amount,5\nall,,1,percent\nsomething,x,1,percent,5\n`,
    );
    expect(result.errors.map((e) => e.at.line)).toEqual([2, 3, 4, 5, 6]);
    expect(result.errors.map((e) => [e.at.column, e.code])).toEqual([
      ['value', 'field.percent'],
      ['target', 'field.price_target'],
      ['minQuantity', 'field.too_small'],
      [undefined, 'field.csv_field_count'],
      ['targetKind', 'field.target_kind'],
    ]);
    expect(result.errors[3]!.params).toEqual({ expected: 5, found: 4 });
  });

  it('refuses a file without the header or without entries', () => {
    expect(parsePriceEntriesCsv('kind,target\nall,,1,percent,5').errors).toEqual([
      {
        code: 'field.csv_header',
        params: { header: 'target_kind,target,min_quantity,adjustment,value' },
        at: { line: 1 },
      },
    ]);
    expect(parsePriceEntriesCsv(header).errors).toEqual([{ code: 'field.csv_empty', at: { line: 2 } }]);
  });
});
