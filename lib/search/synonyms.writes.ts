import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { searchSynonymGroups } from '@/db/schema';
import { recordAudit } from '@/lib/platform/audit.writes';
import { can, type Actor } from '@/lib/platform/auth/permissions.rules';
import { AppError } from '@/lib/platform/errors';
import type { SynonymGroupInput } from './synonyms.schemas';

/**
 * Merchandisers' synonym groups. Searches read them on every query, so a change counts from the next
 * search on; the caller drops the cached listings (CATALOG_TAG). Changing or deleting a group rebuilds
 * the term dictionary in the same transaction, so its old words stop being suggested.
 */
function requireWrite(actor: Actor) {
  if (!can(actor, 'catalog:write')) throw new AppError('auth.forbidden');
}

export async function createSynonymGroup(db: Executor, actor: Actor, input: SynonymGroupInput): Promise<string> {
  requireWrite(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(searchSynonymGroups)
      .values({ terms: input.terms })
      .returning({ id: searchSynonymGroups.id });
    await recordAudit(tx, actor, {
      action: 'search.synonyms.create',
      entityType: 'synonym_group',
      entityId: row!.id,
      before: null,
      after: { terms: input.terms },
    });
    return row!.id;
  });
}

export async function updateSynonymGroup(
  db: Executor,
  actor: Actor,
  id: string,
  input: SynonymGroupInput,
): Promise<void> {
  requireWrite(actor);
  await db.transaction(async (tx) => {
    const before = await lockGroup(tx, id);
    await tx
      .update(searchSynonymGroups)
      .set({ terms: input.terms, updatedAt: new Date() })
      .where(eq(searchSynonymGroups.id, id));
    await tx.execute(sql`select rebuild_search_terms()`);
    await recordAudit(tx, actor, {
      action: 'search.synonyms.update',
      entityType: 'synonym_group',
      entityId: id,
      before: { terms: before },
      after: { terms: input.terms },
    });
  });
}

export async function deleteSynonymGroup(db: Executor, actor: Actor, id: string): Promise<void> {
  requireWrite(actor);
  await db.transaction(async (tx) => {
    const before = await lockGroup(tx, id);
    await tx.delete(searchSynonymGroups).where(eq(searchSynonymGroups.id, id));
    await tx.execute(sql`select rebuild_search_terms()`);
    await recordAudit(tx, actor, {
      action: 'search.synonyms.delete',
      entityType: 'synonym_group',
      entityId: id,
      before: { terms: before },
      after: null,
    });
  });
}

async function lockGroup(tx: Executor, id: string): Promise<string[]> {
  const [row] = await tx
    .select({ terms: searchSynonymGroups.terms })
    .from(searchSynonymGroups)
    .where(eq(searchSynonymGroups.id, id))
    .for('update');
  if (!row) throw new AppError('synonym_group.not_found');
  return row.terms;
}
