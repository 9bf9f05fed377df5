import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, parseCsv } from './csv.rules';

describe('csv', () => {
  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['\uFEFFa,b\n', [['a', 'b']]],
    ['"x, y","say ""hi""",z\n', [['x, y', 'say "hi"', 'z']]],
    ['"two\nlines",b\n', [['two\nlines', 'b']]],
    ['a\nb,c,d\n', [['a'], ['b', 'c', 'd']]],
    ['a,,\n', [['a', '', '']]],
    ['', []],
  ])('parses %j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('refuses a quote in the middle of an unquoted field', () => {
    expect(() => parseCsv('ab"c,d\n')).toThrow();
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    [12.5, '12.5'],
    [null, ''],
    [undefined, ''],
  ])('quotes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('ends a record with CRLF', () => {
    expect(csvRecord(['a', null, 'b,c'])).toBe('a,,"b,c"\r\n');
  });

  it('writes what it reads back unchanged', () => {
    const rows = [
      ['sku', 'name, with comma', 'he said "yes"'],
      ['x', '', 'multi\nline'],
    ];
    expect(parseCsv(rows.map(csvRecord).join(''))).toEqual(rows);
  });
});
