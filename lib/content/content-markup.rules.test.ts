import { describe, expect, test } from 'vitest';
import { parseContentMarkup } from './content-markup.rules';

describe('parseContentMarkup', () => {
  test('headings, paragraphs with line breaks and lists', () => {
    const body = [
      '# Imprint',
      'Velo & Outdoor GmbH',
      'Musterstraße 1',
      '',
      '## Contact',
      '- Phone: 030 123',
      '- E-mail: info@example.com',
      '### Notes',
      '1. First',
      '2) Second',
    ].join('\n');
    expect(parseContentMarkup(body)).toEqual([
      { kind: 'heading', level: 2, text: 'Imprint' },
      { kind: 'paragraph', lines: ['Velo & Outdoor GmbH', 'Musterstraße 1'] },
      { kind: 'heading', level: 2, text: 'Contact' },
      { kind: 'list', ordered: false, items: ['Phone: 030 123', 'E-mail: info@example.com'] },
      { kind: 'heading', level: 3, text: 'Notes' },
      { kind: 'list', ordered: true, items: ['First', 'Second'] },
    ]);
  });

  test('HTML stays text: nothing is interpreted', () => {
    expect(parseContentMarkup('<script>alert(1)</script>\n<b>bold</b>')).toEqual([
      { kind: 'paragraph', lines: ['<script>alert(1)</script>', '<b>bold</b>'] },
    ]);
  });

  test('a change of list kind starts a new list; a paragraph line after a list starts a paragraph', () => {
    expect(parseContentMarkup('- a\n1. b\ntext')).toEqual([
      { kind: 'list', ordered: false, items: ['a'] },
      { kind: 'list', ordered: true, items: ['b'] },
      { kind: 'paragraph', lines: ['text'] },
    ]);
  });

  test.each([
    ['', []],
    ['\n\n  \n', []],
    ['#nospace', [{ kind: 'paragraph', lines: ['#nospace'] }]],
    ['#### four', [{ kind: 'paragraph', lines: ['#### four'] }]],
    ['a\r\nb', [{ kind: 'paragraph', lines: ['a', 'b'] }]],
  ])('%j', (body, blocks) => expect(parseContentMarkup(body)).toEqual(blocks));
});
