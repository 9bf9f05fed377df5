// Server-rendered markup for component tests in the node environment (no DOM): render an element to
// HTML and read its opening tags' attributes, which is what the wiring under test (ids, aria-*) is.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export type Tag = { name: string; attrs: Record<string, string> };

const openingTag = /<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g;
const attribute = /([^\s=/>]+)(?:="([^"]*)")?/g;

const unescape = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/**
 * Every opening tag of the HTML in document order, with its attributes: names in lower case as HTML reads
 * them (React writes `colSpan`), a boolean one with the value "".
 */
export function tagsOf(html: string): Tag[] {
  return [...html.matchAll(openingTag)].map(([, name, rest]) => ({
    name: name!.toLowerCase(),
    attrs: Object.fromEntries(
      [...rest!.matchAll(attribute)].map(([, key, value]) => [key!.toLowerCase(), unescape(value ?? '')]),
    ),
  }));
}

/** Renders an element as React does on the server and returns its HTML with its parsed opening tags. */
export function render(element: ReactElement) {
  const html = renderToStaticMarkup(element);
  const tags = tagsOf(html);
  const find = (test: (tag: Tag) => boolean) => tags.filter(test);
  /** The one tag with this id; throws when there is none or more than one. */
  const byId = (id: string) =>
    only(
      find((tag) => tag.attrs.id === id),
      `#${id}`,
    );
  /** The one tag of this name (and role, when given). */
  const one = (name: string, role?: string) =>
    only(
      find((tag) => tag.name === name && (role === undefined || tag.attrs.role === role)),
      role ? `${name}[role=${role}]` : name,
    );
  /** The text inside the element with this id (tags stripped); it must not nest a tag of its own name. */
  const textOf = (id: string) => {
    const start = html.search(new RegExp(`id="${id}"`));
    if (start < 0) throw new Error(`no element #${id}`);
    const open = html.lastIndexOf('<', start);
    const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(open))![1]!;
    const close = html.indexOf(`</${name}>`, start);
    return html
      .slice(html.indexOf('>', start) + 1, close)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  };
  return { html, tags, find, byId, one, textOf };
}

function only(tags: Tag[], what: string): Tag {
  if (tags.length !== 1) throw new Error(`expected one ${what}, found ${tags.length}`);
  return tags[0]!;
}
