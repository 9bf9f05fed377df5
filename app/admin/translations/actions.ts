'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { CATALOG_TAG } from '@/lib/catalog/cached-catalog.reads';
import { importTranslations } from '@/lib/catalog/catalog-translations.writes';
import { importTranslationsInput } from '@/lib/catalog/catalog-translations.schemas';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';

/** Imports a translation CSV for one language: all or nothing, with every problem and its line. */
export const importTranslationsAction = validatedAction(
  'catalog:write',
  importTranslationsInput,
  async (input, actor) => {
    const { imported } = await importTranslations(getDb(), actor, input.locale, input.csv);
    updateTag(CATALOG_TAG);
    revalidatePath('/admin', 'layout');
    return { ok: true, message: String(imported) };
  },
);
