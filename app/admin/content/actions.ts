'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { CONTENT_TAG } from '@/lib/content/cached-content.reads';
import { contentPageInput } from '@/lib/content/content-pages.schemas';
import { saveContentPage } from '@/lib/content/content-pages.writes';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';

export const saveContentPageAction = validatedAction('content:write', contentPageInput, async (input, actor) => {
  await saveContentPage(getDb(), actor, input);
  updateTag(CONTENT_TAG);
  revalidatePath('/admin/content');
  return { ok: true, message: 'saved' };
});
