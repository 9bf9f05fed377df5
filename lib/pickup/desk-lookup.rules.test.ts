import { describe, expect, it } from 'vitest';
import { parseDeskLookup } from './desk-lookup.rules';

describe('parseDeskLookup', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['042917', { kind: 'code_or_number', code: '042917', number: 42917 }],
    [' 042 917 ', { kind: 'code_or_number', code: '042917', number: 42917 }],
    ['100234', { kind: 'code_or_number', code: '100234', number: 100234 }],
    ['#10023', { kind: 'number', number: 10023 }],
    ['10023', { kind: 'number', number: 10023 }],
    ['7', { kind: 'number', number: 7 }],
    ['1234567', { kind: 'number', number: 1234567 }],
    ['99999999999999999999', { kind: 'text', pattern: '%99999999999999999999%' }],
    ['x', { kind: 'too_short' }],
    ['Chris', { kind: 'text', pattern: '%Chris%' }],
    ['customer@example.com', { kind: 'text', pattern: '%customer@example.com%' }],
    ['100%_off\\', { kind: 'text', pattern: '%100\\%\\_off\\\\%' }],
  ])('%j', (raw, expected) => {
    expect(parseDeskLookup(raw)).toEqual(expected);
  });

  it('reads at most 120 characters', () => {
    expect(parseDeskLookup('a'.repeat(500))).toEqual({ kind: 'text', pattern: `%${'a'.repeat(120)}%` });
  });
});
