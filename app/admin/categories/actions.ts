'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { z } from 'zod';
import { CATALOG_TAG } from '@/lib/catalog/cached-catalog.reads';
import { saveCategoryTranslation } from '@/lib/catalog/catalog-translations.writes';
import { textTranslationInput } from '@/lib/catalog/catalog-translations.schemas';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { fieldMessage } from '@/lib/platform/errors';

const categoryTranslationInput = textTranslationInput.extend({ categoryId: z.uuid(fieldMessage('unknown_category')) });

/** Saves the category's name and description in one language; the navigation shows it at once. */
export const saveCategoryTranslationAction = validatedAction(
  'catalog:write',
  categoryTranslationInput,
  async (input, actor) => {
    const { changed } = await saveCategoryTranslation(getDb(), actor, input);
    updateTag(CATALOG_TAG);
    revalidatePath(`/admin/categories/${input.categoryId}`);
    return { ok: true, message: changed ? 'saved' : 'unchanged' };
  },
);
