import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, products, type TextTranslations } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { RowTranslations } from './translations.rules';
import type { TranslationRow } from './translation-csv.rules';
import { listAuditEntries } from './admin-catalog.reads';

const text = (translations: RowTranslations | null, locale: string, field: string): string => {
  const value = translations?.[locale]?.[field];
  return typeof value === 'string' ? value : '';
};

/**
 * Every translatable text of the catalogue with its translation in `locale` (empty where there is
 * none), in the order of the CSV export: products, categories, attributes, options and their values,
 * product attribute values, image texts. Six statements, whatever the catalogue size.
 */
export async function listTranslationRows(
  db: Executor,
  actor: Actor | null,
  locale: Locale,
): Promise<TranslationRow[]> {
  requirePermission(actor, 'catalog:read');
  const [productRows, categoryRows, attributeRows, optionRows, valueRows, mediaRows] = await Promise.all([
    db.execute<{ slug: string; name: string; description: string; translations: RowTranslations }>(
      sql`select slug, name, description, translations from products order by slug`,
    ),
    db.execute<{ path: string; name: string; description: string; translations: RowTranslations }>(
      sql`select path, name, description, translations from categories order by path`,
    ),
    db.execute<{ code: string; name: string; translations: RowTranslations }>(
      sql`select code, name, translations from attributes order by code`,
    ),
    db.execute<{ code: string; name: string; translations: RowTranslations; values: string[] }>(sql`
      select o.code, o.name, o.translations,
        array(select distinct v.options ->> o.code from variants v where v.options ? o.code order by 1) as values
      from option_types o order by o.position, o.code`),
    db.execute<{ slug: string; code: string; value: string; translations: RowTranslations }>(sql`
      select p.slug, pa.attribute_code as code, pa.value, pa.translations
      from product_attributes pa join products p on p.id = pa.product_id order by p.slug, pa.attribute_code`),
    db.execute<{ slug: string; position: number; alt: string; translations: RowTranslations }>(sql`
      select p.slug, m.position, m.alt, m.translations
      from media m join products p on p.id = m.product_id order by p.slug, m.position`),
  ]);
  const rows: TranslationRow[] = [];
  for (const p of productRows) {
    rows.push({
      type: 'product',
      key: p.slug,
      field: 'name',
      source: p.name,
      text: text(p.translations, locale, 'name'),
    });
    rows.push({
      type: 'product',
      key: p.slug,
      field: 'description',
      source: p.description,
      text: text(p.translations, locale, 'description'),
    });
  }
  for (const c of categoryRows) {
    rows.push({
      type: 'category',
      key: c.path,
      field: 'name',
      source: c.name,
      text: text(c.translations, locale, 'name'),
    });
    rows.push({
      type: 'category',
      key: c.path,
      field: 'description',
      source: c.description,
      text: text(c.translations, locale, 'description'),
    });
  }
  for (const a of attributeRows)
    rows.push({
      type: 'attribute',
      key: a.code,
      field: 'name',
      source: a.name,
      text: text(a.translations, locale, 'name'),
    });
  for (const o of optionRows) {
    rows.push({
      type: 'option',
      key: o.code,
      field: 'name',
      source: o.name,
      text: text(o.translations, locale, 'name'),
    });
    const labels = (o.translations?.[locale]?.values ?? {}) as Record<string, unknown>;
    for (const value of o.values) {
      const label = labels[value];
      rows.push({
        type: 'option_value',
        key: `${o.code}:${value}`,
        field: 'label',
        source: value,
        text: typeof label === 'string' ? label : '',
      });
    }
  }
  for (const v of valueRows)
    rows.push({
      type: 'product_attribute',
      key: `${v.slug}:${v.code}`,
      field: 'value',
      source: v.value,
      text: text(v.translations, locale, 'value'),
    });
  for (const m of mediaRows)
    rows.push({
      type: 'media',
      key: `${m.slug}:${m.position}`,
      field: 'alt',
      source: m.alt,
      text: text(m.translations, locale, 'alt'),
    });
  return rows;
}

export type AdminCategory = {
  id: string;
  path: string;
  name: string;
  description: string;
  depth: number;
  productCount: number;
  translations: TextTranslations;
};

/** The category tree as a flat list in path order, with product counts and translations. */
export async function listAdminCategories(db: Executor, actor: Actor | null): Promise<AdminCategory[]> {
  requirePermission(actor, 'catalog:read');
  const rows = await db.execute<{
    id: string;
    path: string;
    name: string;
    description: string;
    depth: number;
    product_count: number;
    translations: TextTranslations;
  }>(sql`
    select c.id, c.path, c.name, c.description, c.depth, c.translations,
      (select count(*)::int from products p where p.category_id = c.id) as product_count
    from categories c order by c.path`);
  return rows.map((r) => ({
    id: r.id,
    path: r.path,
    name: r.name,
    description: r.description,
    depth: r.depth,
    productCount: Number(r.product_count),
    translations: r.translations,
  }));
}

/** One category for its admin page, with its recent changes; null when unknown. */
export async function findAdminCategory(db: Executor, actor: Actor | null, id: string) {
  requirePermission(actor, 'catalog:read');
  const [[row], audit] = await Promise.all([
    db
      .select({
        id: categories.id,
        path: categories.path,
        name: categories.name,
        description: categories.description,
        translations: categories.translations,
      })
      .from(categories)
      .where(eq(categories.id, id)),
    listAuditEntries(db, actor, { entityType: 'category', entityId: id, limit: 20 }),
  ]);
  return row ? { ...row, audit } : null;
}

/** A product's translatable name and description with their translations, for its admin page. */
export async function findProductTexts(db: Executor, actor: Actor | null, id: string) {
  requirePermission(actor, 'catalog:read');
  const [row] = await db
    .select({ name: products.name, description: products.description, translations: products.translations })
    .from(products)
    .where(eq(products.id, id));
  return row ?? null;
}
