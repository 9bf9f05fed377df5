'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { CATALOG_TAG } from '@/lib/catalog/cached-catalog.reads';
import { getDb } from '@/lib/platform/db';
import { synonymGroupId, synonymGroupInput } from '@/lib/search/synonyms.schemas';
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from '@/lib/search/synonyms.writes';

/** Searches read synonyms per query: dropping the cached listings and suggestions applies a change at once. */
function synonymsChanged() {
  updateTag(CATALOG_TAG);
  revalidatePath('/admin/search/synonyms');
}

export const createSynonymGroupAction = validatedAction('catalog:write', synonymGroupInput, async (input, actor) => {
  await createSynonymGroup(getDb(), actor!, input);
  synonymsChanged();
  return { ok: true, message: 'created' };
});

export const updateSynonymGroupAction = validatedAction(
  'catalog:write',
  synonymGroupId.extend(synonymGroupInput.shape),
  async (input, actor) => {
    await updateSynonymGroup(getDb(), actor!, input.groupId, input);
    synonymsChanged();
    return { ok: true, message: 'saved' };
  },
);

export const deleteSynonymGroupAction = validatedAction('catalog:write', synonymGroupId, async (input, actor) => {
  await deleteSynonymGroup(getDb(), actor!, input.groupId);
  synonymsChanged();
  return { ok: true, message: 'deleted' };
});
