'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { CATALOG_TAG } from '@/lib/catalog/cached-catalog.reads';
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { setProductStatus } from '@/lib/catalog/set-product-status.writes';
import { saveProductTranslation } from '@/lib/catalog/catalog-translations.writes';
import { textTranslationInput } from '@/lib/catalog/catalog-translations.schemas';

const statusInput = z.object({
  productId: z.uuid(fieldMessage('unknown_product')),
  status: z.enum(['draft', 'active', 'archived'], fieldMessage('product_status')),
});

export const setProductStatusAction = validatedAction('catalog:write', statusInput, async (input, actor) => {
  await setProductStatus(getDb(), actor, input);
  updateTag(CATALOG_TAG);
  revalidatePath(`/admin/products/${input.productId}`);
  // The message is the saved status code; the form shows it in the visitor's language.
  return { ok: true, message: input.status };
});

const productTranslationInput = textTranslationInput.extend({ productId: z.uuid(fieldMessage('unknown_product')) });

/** Saves the product's name and description in one language (empty: the catalogue-language text shows). */
export const saveProductTranslationAction = validatedAction(
  'catalog:write',
  productTranslationInput,
  async (input, actor) => {
    const { changed } = await saveProductTranslation(getDb(), actor, input);
    updateTag(CATALOG_TAG);
    revalidatePath(`/admin/products/${input.productId}`);
    return { ok: true, message: changed ? 'saved' : 'unchanged' };
  },
);
