import 'server-only';
import { asc, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories } from '@/db/schema';
import type { Locale } from '@/lib/platform/i18n/locales';
import { CATALOG_LOCALE, nameSortSql, translatedSql } from './translated-sql.reads';

export type CategoryNode = {
  id: string;
  slug: string;
  name: string;
  description: string;
  path: string;
  depth: number;
  children: CategoryNode[];
};

/** The whole category tree in one query, names and descriptions in `locale`, ordered by position then name. */
export async function listCategoryTree(db: Executor, locale: Locale = CATALOG_LOCALE): Promise<CategoryNode[]> {
  const name = translatedSql(sql`${categories.name}`, sql`${categories.translations}`, 'name', locale);
  const rows = await db
    .select({
      id: categories.id,
      parentId: categories.parentId,
      slug: categories.slug,
      name: sql<string>`${name}`,
      description: sql<string>`${translatedSql(sql`${categories.description}`, sql`${categories.translations}`, 'description', locale)}`,
      path: categories.path,
      depth: categories.depth,
    })
    .from(categories)
    .orderBy(asc(categories.depth), asc(categories.position), asc(nameSortSql(name)));
  const byId = new Map<string, CategoryNode>();
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node: CategoryNode = {
      id: row.id,
      slug: row.slug,
      name: row.name,
      description: row.description,
      path: row.path,
      depth: row.depth,
      children: [],
    };
    byId.set(row.id, node);
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Finds a node by its full path; returns it with its ancestors (root first) for breadcrumbs. */
export function findCategoryInTree(
  tree: CategoryNode[],
  path: string,
): { node: CategoryNode; trail: CategoryNode[] } | null {
  const slugs = path.split('/');
  const trail: CategoryNode[] = [];
  let level = tree;
  for (let i = 0; i < slugs.length; i++) {
    const wanted = slugs.slice(0, i + 1).join('/');
    const next = level.find((n) => n.path === wanted);
    if (!next) return null;
    trail.push(next);
    level = next.children;
  }
  const node = trail[trail.length - 1];
  return node ? { node, trail } : null;
}

/** The tree without the categories that hold none of `paths` in themselves or below (pure). */
export function pruneCategoryTree(tree: CategoryNode[], paths: Iterable<string>): CategoryNode[] {
  const keep = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) keep.add(parts.slice(0, i).join('/'));
  }
  const prune = (nodes: CategoryNode[]): CategoryNode[] =>
    nodes.filter((n) => keep.has(n.path)).map((n) => ({ ...n, children: prune(n.children) }));
  return prune(tree);
}
