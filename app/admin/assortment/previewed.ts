// Shared by the channel and assortment actions: the preview round-trip and the cache drop after a write.
import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
import { z } from 'zod';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { CATALOG_TAG } from '@/lib/catalog/cached-catalog.reads';
import { AssortmentPreviewOnly, type AssortmentPreviewData } from '@/lib/assortment/assortment.writes';

/** The form's "Save change" button sends confirmed=1; anything else asks for the preview first. */
export const confirmation = z.object({ confirmed: z.preprocess((v) => v === '1', z.boolean()) });

/**
 * Every channel or assortment write changes what storefront and API show: drop the catalogue caches
 * everywhere and re-render the back-office pages that show channels and the matrix.
 */
export function channelsChanged(channelId?: string) {
  updateTag(CATALOG_TAG);
  revalidatePath('/admin/channels');
  revalidatePath('/admin/assortment');
  if (channelId) revalidatePath(`/admin/channels/${channelId}`);
}

/**
 * Runs a previewed write: unconfirmed, the service rolls back and its preview goes back to the form
 * (nothing saved); confirmed, the caches are dropped and `message` reported.
 */
export async function previewed(
  channelId: string,
  write: () => Promise<unknown>,
  message = 'saved',
): Promise<ActionState<AssortmentPreviewData>> {
  try {
    await write();
  } catch (error) {
    if (error instanceof AssortmentPreviewOnly) return { ok: false, data: { preview: error.preview } };
    throw error;
  }
  channelsChanged(channelId);
  return { ok: true, message };
}
