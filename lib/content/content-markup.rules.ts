// The markdown-lite of content pages (imprint, terms …): headings, paragraphs with line breaks and
// lists, parsed into blocks that are rendered as React elements. Nothing typed is ever HTML: there is
// no inline markup and no raw HTML; angle brackets stay text (docs/decisions.md).

export type ContentBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[] };

const HEADING = /^(#{1,3})\s+(.+)$/;
const BULLET = /^[-*]\s+(.+)$/;
const NUMBERED = /^\d{1,3}[.)]\s+(.+)$/;

/**
 * Blocks of a body: "# " and "## " start a section heading, "### " a sub-heading; "- " or "* " lines
 * a bulleted list, "1. " lines a numbered one; other lines form paragraphs (a single line break stays
 * a line break, as in an address); blank lines separate blocks.
 */
export function parseContentMarkup(body: string): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  // The paragraph or list being filled; pushed when a blank line, heading or other kind ends it.
  let current: ContentBlock | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };
  const open = (): ContentBlock | null => current;
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length === 3 ? 3 : 2, text: heading[2]!.trim() });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      const list = open();
      if (list?.kind === 'list' && list.ordered === ordered) list.items.push(item[1]!.trim());
      else {
        flush();
        current = { kind: 'list', ordered, items: [item[1]!.trim()] };
      }
      continue;
    }
    const paragraph = open();
    if (paragraph?.kind === 'paragraph') paragraph.lines.push(line);
    else {
      flush();
      current = { kind: 'paragraph', lines: [line] };
    }
  }
  flush();
  return blocks;
}
