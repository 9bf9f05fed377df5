import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { searchSynonymGroups } from '@/db/schema';

export type SynonymGroup = { id: string; terms: string[]; updatedAt: Date };

const columns = {
  id: searchSynonymGroups.id,
  terms: searchSynonymGroups.terms,
  updatedAt: searchSynonymGroups.updatedAt,
};

/** Every synonym group, in the order of its first term. */
export async function listSynonymGroups(db: Executor): Promise<SynonymGroup[]> {
  const rows = await db.select(columns).from(searchSynonymGroups).orderBy(asc(searchSynonymGroups.createdAt));
  return rows.sort((a, b) => (a.terms[0] ?? '').localeCompare(b.terms[0] ?? ''));
}

export async function findSynonymGroup(db: Executor, id: string): Promise<SynonymGroup | null> {
  const [row] = await db.select(columns).from(searchSynonymGroups).where(eq(searchSynonymGroups.id, id));
  return row ?? null;
}
