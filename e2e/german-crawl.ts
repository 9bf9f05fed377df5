// What the German crawl (german-ui.spec.ts) counts as an English UI string, and what it leaves alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';

// Read as files: Playwright's loader on Node 20 does not import JSON modules without an import attribute.
const catalogue = (locale: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../lib/platform/i18n/messages/${locale}.json`), 'utf8'));
const de = catalogue('de');
const en = catalogue('en');

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));
}

/**
 * English messages whose German text differs, reduced to their fixed words (ICU arguments cut out):
 * "Your order #{number}" gives "Your order #". Pieces shorter than 4 letters say too little.
 */
export function englishMessagePieces(): string[] {
  const german = new Set(leaves(de as Tree));
  const pieces = leaves(en as Tree)
    .filter((message) => !german.has(message))
    .flatMap(fixedPieces)
    .map((piece) => piece.trim())
    .filter((piece) => /[A-Za-z]{4,}/.test(piece) && !german.has(piece));
  return [...new Set(pieces)].sort((a, b) => b.length - a.length);
}

/** A message's fixed text between its arguments: each outermost `{…}` (plural and select branches too) is cut. */
function fixedPieces(message: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of message) {
    if (char === '{') {
      if (depth === 0) {
        pieces.push(current);
        current = '';
      }
      depth += 1;
    } else if (char === '}') depth -= 1;
    else if (depth === 0) current += char;
  }
  return [...pieces, current];
}

/** Common English words that German UI text never contains (words German shares, like "Name", are left out). */
export const ENGLISH_WORDS = new Set(
  (
    'the and of your you with for to is are not this that from by at on or be been has have were ' +
    'can cannot please add added save saved cancel delete remove removed edit create update search sign ' +
    'cart checkout order orders price prices quantity subtotal store stores settings products product ' +
    'channels back next previous page sort choose enter show hide more less only left stock available ' +
    'delivery pickup home account sign-in email password new all none yes no here there when where which ' +
    'who what why how into out about items item customer customers list lists rule rules credit credits'
  ).split(' '),
);

/** Names, brands and words that are the same in both languages or are ours, shown as they are. */
export const ALLOWED = [
  'Velo & Outdoor',
  'OpenAPI',
  // German too ("Open-Source-Omnichannel-Commerce-Demo" in the footer), not the English status "Open".
  'Open-Source',
  'API',
  'SKU',
  'EAN',
  'GTIN',
  'E-Mail',
  'Click & Collect',
  'Click & collect',
  'English',
  'EN',
  'DE',
];

// Shown as typed by the people who use the shop, not UI text. Outbox messages are left out on purpose:
// they are written in the buyer's language, so an English one on a German page is a finding.
const DATA_EXCLUDED_TABLES = new Set(['notification_outbox', 'login_throttle', 'checkout_requests']);

/** Every text stored in the database (catalogue, stores, people, price lists, audit …): data, not UI. */
export async function databaseStrings(databaseUrl: string): Promise<string[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const columns = await sql<Array<{ table: string; column: string; type: string }>>`
      select table_name as table, column_name as column, data_type as type
      from information_schema.columns
      where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'ARRAY')`;
    const values = new Set<string>();
    for (const { table, column, type } of columns) {
      if (DATA_EXCLUDED_TABLES.has(table)) continue;
      const rows =
        type === 'jsonb'
          ? await sql.unsafe(
              `select distinct v #>> '{}' as v from "${table}", jsonb_path_query("${table}"."${column}", 'strict $.**') v where jsonb_typeof(v) = 'string'`,
            )
          : type === 'ARRAY'
            ? await sql.unsafe(`select distinct unnest("${column}")::text as v from "${table}"`)
            : await sql.unsafe(`select distinct "${column}"::text as v from "${table}" where "${column}" is not null`);
      for (const row of rows) if (typeof row.v === 'string' && row.v.trim().length > 1) values.add(row.v.trim());
    }
    return [...values].sort((a, b) => b.length - a.length);
  } finally {
    await sql.end();
  }
}

/** The English left in a page's texts once data and allowed names are cut out. */
export function findEnglish(
  texts: string[],
  data: string[],
  pieces: string[],
): Array<{ text: string; english: string }> {
  const findings: Array<{ text: string; english: string }> = [];
  const whole = new Set(data);
  const parts = [...data.filter((value) => value.length >= 4), ...ALLOWED];
  for (const original of texts) {
    const trimmed = original.replace(/\s+/g, ' ').trim();
    if (whole.has(trimmed) || isJson(trimmed)) continue;
    let text = ` ${trimmed} `;
    for (const value of parts) if (text.includes(value)) text = cutWord(text, value);
    const piece = pieces.find((p) => containsWord(text, p));
    if (piece) {
      findings.push({ text: original, english: piece });
      continue;
    }
    const word = text
      .toLowerCase()
      .split(/[^a-zäöüß_-]+/)
      // snake_case names (CSV columns, codes) are identifiers, not words
      .find((w) => !w.includes('_') && ENGLISH_WORDS.has(w));
    if (word) findings.push({ text: original, english: word });
  }
  return findings;
}

const LETTER = /[\p{L}\p{N}]/u;

/** The text with every occurrence of `value` that stands as whole words cut out. */
function cutWord(text: string, value: string): string {
  let out = '';
  let from = 0;
  let at = text.indexOf(value);
  while (at !== -1) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + value.length] ?? ' ';
    if (LETTER.test(before) || LETTER.test(after)) {
      at = text.indexOf(value, at + 1);
      continue;
    }
    out += `${text.slice(from, at)} ¦ `;
    from = at + value.length;
    at = text.indexOf(value, from);
  }
  return out + text.slice(from);
}

/** Whether `value` stands in the text as whole words (not "Variant" inside "Variante"). */
function containsWord(text: string, value: string): boolean {
  return cutWord(text, value) !== text;
}

/** A stored record shown as JSON (the audit log's before and after): data, worded by the back-office issue. */
function isJson(text: string): boolean {
  if (!/^[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
