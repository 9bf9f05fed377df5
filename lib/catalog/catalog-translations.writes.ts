import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { categories, products } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { recordAudit } from '@/lib/platform/audit.writes';
import { AppError, type FieldIssue } from '@/lib/platform/errors';
import type { Locale } from '@/lib/platform/i18n/locales';
import { parseTranslationCsv, splitKey, type TranslationCsvError, type TranslationRow } from './translation-csv.rules';
import { withOptionValueLabel, withText, type RowTranslations } from './translations.rules';

export type TextTranslationInput = { locale: Locale; name: string; description: string };

/**
 * Saves the name and description of a product or category in one locale (empty fields fall back to
 * the catalogue language); audited with before/after. Unknown row: `notFound`.
 */
async function saveTexts(
  db: Database,
  actor: Actor | null,
  target: { table: typeof products | typeof categories; id: string; entityType: 'product' | 'category' },
  input: TextTranslationInput,
): Promise<{ changed: boolean }> {
  requirePermission(actor, 'catalog:write');
  const { table } = target;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ translations: table.translations })
      .from(table)
      .where(eq(table.id, target.id))
      .for('update');
    if (!row) throw new AppError(target.entityType === 'product' ? 'product.not_found' : 'category.not_found');
    const before = row.translations as RowTranslations;
    const after = withText(
      withText(before, input.locale, 'name', input.name),
      input.locale,
      'description',
      input.description,
    );
    if (JSON.stringify(before[input.locale] ?? {}) === JSON.stringify(after[input.locale] ?? {}))
      return { changed: false };
    await tx.update(table).set({ translations: after }).where(eq(table.id, target.id));
    await recordAudit(tx, actor!, {
      action: `${target.entityType}.translation_saved`,
      entityType: target.entityType,
      entityId: target.id,
      before: { locale: input.locale, ...(before[input.locale] ?? {}) },
      after: { locale: input.locale, ...(after[input.locale] ?? {}) },
    });
    return { changed: true };
  });
}

export function saveProductTranslation(
  db: Database,
  actor: Actor | null,
  input: TextTranslationInput & { productId: string },
) {
  return saveTexts(db, actor, { table: products, id: input.productId, entityType: 'product' }, input);
}

export function saveCategoryTranslation(
  db: Database,
  actor: Actor | null,
  input: TextTranslationInput & { categoryId: string },
) {
  return saveTexts(db, actor, { table: categories, id: input.categoryId, entityType: 'category' }, input);
}

type Located = { line: number; row: TranslationRow };
/** A row to translate: its id (as the update names it) and its translations. */
type Target = { id: string; translations: RowTranslations };

/**
 * Imports a translation file for `locale` (lib/catalog/translation-csv.rules.ts): all or nothing. Any
 * invalid line or unknown key rejects the whole file with every problem and its line number (nothing
 * changes); otherwise every text is set in one transaction, one read and one write per table, and
 * the import is audited.
 */
export async function importTranslations(
  db: Database,
  actor: Actor | null,
  locale: Locale,
  csv: string,
): Promise<{ imported: number }> {
  requirePermission(actor, 'catalog:write');
  const { rows, errors } = parseTranslationCsv(csv, locale);
  const byType = (type: TranslationRow['type']) => rows.filter((r) => r.row.type === type);
  return db.transaction(async (tx) => {
    const [productRows, categoryRows, attributeRows, optionRows, valueRows, mediaRows] = await Promise.all([
      lockRows(tx, sql`products`, sql`slug`, keysOf(byType('product'))),
      lockRows(tx, sql`categories`, sql`path`, keysOf(byType('category'))),
      lockRows(tx, sql`attributes`, sql`code`, keysOf(byType('attribute')), sql`code`),
      lockRows(
        tx,
        sql`option_types`,
        sql`code`,
        [...keysOf(byType('option')), ...byType('option_value').map((r) => splitKey(r.row.key)![0])],
        sql`code`,
      ),
      lockCompound(
        tx,
        sql`select pa.product_id::text || ':' || pa.attribute_code as id, p.slug || ':' || pa.attribute_code as key, pa.translations
          from product_attributes pa join products p on p.id = pa.product_id`,
        byType('product_attribute'),
      ),
      lockCompound(
        tx,
        sql`select m.id::text as id, p.slug || ':' || m.position as key, m.translations
          from media m join products p on p.id = m.product_id`,
        byType('media'),
      ),
    ]);
    const optionValues = await existingOptionValues(tx, byType('option_value'));

    const problems: TranslationCsvError[] = [...errors];
    const changed = {
      products: new Map<string, Target>(),
      categories: new Map<string, Target>(),
      attributes: new Map<string, Target>(),
      options: new Map<string, Target>(),
      values: new Map<string, Target>(),
      media: new Map<string, Target>(),
    };
    const apply = (found: Map<string, Target>, into: Map<string, Target>, key: string, item: Located) => {
      const target = into.get(key) ?? found.get(key);
      if (!target) {
        problems.push({
          code: 'field.translation_unknown_key',
          params: { key },
          at: { line: item.line, column: 'key' },
        });
        return;
      }
      const { field, text } = item.row;
      const translations =
        item.row.type === 'option_value'
          ? withOptionValueLabel(target.translations, locale, splitKey(item.row.key)![1], text)
          : withText(target.translations, locale, field, text);
      into.set(key, { id: target.id, translations });
    };
    for (const item of rows) {
      const { type, key } = item.row;
      if (type === 'product') apply(productRows, changed.products, key, item);
      else if (type === 'category') apply(categoryRows, changed.categories, key, item);
      else if (type === 'attribute') apply(attributeRows, changed.attributes, key, item);
      else if (type === 'option') apply(optionRows, changed.options, key, item);
      else if (type === 'product_attribute') apply(valueRows, changed.values, key, item);
      else if (type === 'media') apply(mediaRows, changed.media, key, item);
      else {
        const [code, value] = splitKey(key)!;
        if (!optionValues.has(`${code}:${value}`))
          problems.push({
            code: 'field.translation_unknown_key',
            params: { key },
            at: { line: item.line, column: 'key' },
          });
        else apply(optionRows, changed.options, code, item);
      }
    }
    if (problems.length) {
      const sorted = problems.sort((a, b) => a.at.line - b.at.line);
      const shown: FieldIssue[] = sorted.slice(0, 50);
      if (sorted.length > 50) shown.push({ code: 'field.csv_more', params: { count: sorted.length - 50 } });
      throw new AppError('csv.invalid', { params: { count: sorted.length }, fieldErrors: { csv: shown } });
    }

    await writeTranslations(tx, sql`products`, sql`products.id`, sql`uuid`, changed.products);
    await writeTranslations(tx, sql`categories`, sql`categories.id`, sql`uuid`, changed.categories);
    await writeTranslations(tx, sql`attributes`, sql`attributes.code`, sql`text`, changed.attributes);
    await writeTranslations(tx, sql`option_types`, sql`option_types.code`, sql`text`, changed.options);
    await writeTranslations(
      tx,
      sql`product_attributes`,
      sql`product_attributes.product_id::text || ':' || product_attributes.attribute_code`,
      sql`text`,
      changed.values,
    );
    await writeTranslations(tx, sql`media`, sql`media.id`, sql`uuid`, changed.media);
    await recordAudit(tx, actor!, {
      action: 'catalog.translations_imported',
      entityType: 'catalog',
      entityId: locale,
      before: null,
      after: { locale, lines: rows.length },
    });
    return { imported: rows.length };
  });
}

const keysOf = (items: Located[]) => [...new Set(items.map((r) => r.row.key))];

/** The rows of `table` whose `keyColumn` is among `keys`, locked, by key. */
async function lockRows(
  tx: Executor,
  table: ReturnType<typeof sql>,
  keyColumn: ReturnType<typeof sql>,
  keys: string[],
  id = sql`id::text`,
) {
  if (keys.length === 0) return new Map<string, Target>();
  const rows = await tx.execute<{ id: string; key: string; translations: RowTranslations }>(
    sql`select ${id} as id, ${keyColumn} as key, translations from ${table}
      where ${keyColumn} = any(${sql`array[${sql.join(
        keys.map((k) => sql`${k}`),
        sql`, `,
      )}]::text[]`}) for update`,
  );
  return new Map(rows.map((r) => [r.key, { id: r.id, translations: r.translations }]));
}

/** Rows named by a compound key (`slug:code`, `slug:position`): the given select filtered to those keys. */
async function lockCompound(tx: Executor, select: ReturnType<typeof sql>, items: Located[]) {
  const keys = keysOf(items);
  if (keys.length === 0) return new Map<string, Target>();
  const rows = await tx.execute<{ id: string; key: string; translations: RowTranslations }>(
    sql`select * from (${select}) s where s.key = any(${sql`array[${sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    )}]::text[]`})`,
  );
  return new Map(rows.map((r) => [r.key, { id: r.id, translations: r.translations }]));
}

/** The `code:value` pairs among the option-value lines that some variant uses. */
async function existingOptionValues(tx: Executor, items: Located[]): Promise<Set<string>> {
  const keys = keysOf(items);
  if (keys.length === 0) return new Set();
  const rows = await tx.execute<{ key: string }>(sql`
    select distinct o.key || ':' || o.value as key
    from variants v cross join lateral jsonb_each_text(v.options) o
    where o.key || ':' || o.value = any(${sql`array[${sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    )}]::text[]`})`);
  return new Set(rows.map((r) => r.key));
}

/** One update per table: every changed row's translations from a JSON array of {id, translations}; `idExpression` names the row. */
async function writeTranslations(
  tx: Executor,
  table: ReturnType<typeof sql>,
  idExpression: ReturnType<typeof sql>,
  idType: ReturnType<typeof sql>,
  changed: Map<string, Target>,
) {
  if (changed.size === 0) return;
  const payload = JSON.stringify([...changed.values()].map((t) => ({ id: t.id, translations: t.translations })));
  await tx.execute(sql`
    update ${table} set translations = v.translations
    from jsonb_to_recordset(${payload}::jsonb) as v(id ${idType}, translations jsonb)
    where ${idExpression} = v.id`);
}
