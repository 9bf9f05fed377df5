'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { CATALOG_TAG } from '@/lib/catalog/cached-catalog.reads';
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { setProductStatus } from '@/lib/catalog/set-product-status.writes';

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
