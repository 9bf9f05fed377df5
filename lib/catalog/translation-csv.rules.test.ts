import { describe, expect, it } from 'vitest';
import { parseTranslationCsv, splitKey, translationCsvHeader } from './translation-csv.rules';

const HEADER = translationCsvHeader('de').join(',');

describe('parseTranslationCsv', () => {
  it('reads rows, trims translations and ignores blank lines and the source column', () => {
    const csv = `${HEADER}\r\nproduct,tent-1,name,Tent,  Zelt  \r\n\r\noption_value,color:Midnight Blue,label,whatever,Mitternachtsblau\r\nproduct,tent-1,description,"A tent, light",""\r\n`;
    const { rows, errors } = parseTranslationCsv(csv, 'de');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, row: { type: 'product', key: 'tent-1', field: 'name', source: 'Tent', text: 'Zelt' } },
      {
        line: 4,
        row: {
          type: 'option_value',
          key: 'color:Midnight Blue',
          field: 'label',
          source: 'whatever',
          text: 'Mitternachtsblau',
        },
      },
      { line: 5, row: { type: 'product', key: 'tent-1', field: 'description', source: 'A tent, light', text: '' } },
    ]);
  });

  it.each([
    ['colour,x,name,,Farbe', 'field.translation_type', 'type'],
    ['product,x,alt,,Bild', 'field.translation_field', 'field'],
    ['product,,name,,Name', 'field.translation_key', 'key'],
    ['option_value,color,label,,Rot', 'field.translation_key', 'key'],
    ['media,tent-1:first,alt,,Bild', 'field.translation_key', 'key'],
    ['product_attribute,:weight,value,,1', 'field.translation_key', 'key'],
    ['product,x,name', 'field.csv_field_count', undefined],
    [`product,x,description,,${'a'.repeat(10_001)}`, 'field.translation_too_long', 'de'],
  ])('%s is refused with %s', (line, code, column) => {
    const { rows, errors } = parseTranslationCsv(`${HEADER}\n${line}\n`, 'de');
    expect(rows).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code, at: column ? { line: 2, column } : { line: 2 } })]);
  });

  it('names the first line of a repeated text', () => {
    const { errors } = parseTranslationCsv(`${HEADER}\ncategory,a,name,,A\ncategory,a,name,,B\n`, 'de');
    expect(errors).toEqual([
      { code: 'field.translation_duplicate', params: { line: 2 }, at: { line: 3, column: 'key' } },
    ]);
  });

  it.each([
    ['type,key,field,source,en\nproduct,x,name,,y', 'field.csv_header'], // a file for another language
    ['type,key,field,source\nproduct,x,name,', 'field.csv_header'],
    [`${HEADER}\n`, 'field.csv_empty'],
    [`${HEADER}\nproduct,"x,name,,y`, 'field.csv_quote'],
  ])('refuses a broken file: %j', (csv, code) => {
    expect(parseTranslationCsv(csv, 'de').errors).toEqual([expect.objectContaining({ code })]);
  });
});

describe('splitKey', () => {
  it.each([
    ['color:Midnight Blue', ['color', 'Midnight Blue']],
    ['size:S/M', ['size', 'S/M']],
    ['slug:a:b', ['slug', 'a:b']],
    ['color', null],
    [':x', null],
    ['x:', null],
  ] as const)('%s', (key, expected) => {
    expect(splitKey(key)).toEqual(expected);
  });
});
