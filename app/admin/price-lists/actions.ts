'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { CATALOG_TAG } from '@/lib/catalog/cached-catalog.reads';
import { getDb } from '@/lib/platform/db';
import { recordPriceHistoryNow } from '@/lib/pricing/price-history.writes';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { BASE_CURRENCY } from '@/lib/platform/money.rules';
import {
  addPriceEntry,
  createPriceList,
  deletePriceEntry,
  deletePriceList,
  importPriceEntries,
  updatePriceList,
  type GuardedWrite,
} from '@/lib/pricing/price-lists.writes';
import { PriceRegretDetected } from '@/lib/pricing/price-regret.writes';
import type { PriceWriteData } from '@/lib/pricing/price-regret.rules';
import { priceEntryInput, priceListInput } from '@/lib/pricing/pricing.schemas';

const listId = z.object({ priceListId: z.uuid(fieldMessage('unknown_price_list')) });
/** The merchandiser's answer to a price-regret review; without one the guard reviews first. */
const regretDecision = z.object({ regretDecision: z.enum(['review', 'proceed', 'credit']).catch('review') });

/**
 * Runs a guarded price write: a change that lowers prices below what recent buyers paid comes back
 * as a review (nothing saved); otherwise the caches are dropped and the granted credit reported.
 */
async function guarded<R extends GuardedWrite>(
  id: string,
  write: () => Promise<R>,
  message: (result: R) => string,
): Promise<ActionState<PriceWriteData>> {
  try {
    const result = await write();
    pricesChanged(id);
    return {
      ok: true,
      message: message(result),
      data: result.credited > 0 ? { credited: { amount: result.credited, currency: BASE_CURRENCY } } : undefined,
    };
  } catch (error) {
    if (error instanceof PriceRegretDetected) return { ok: false, data: { regret: error.impact } };
    throw error;
  }
}

/**
 * Every price write changes what storefront and API show: drop the catalogue caches everywhere, and
 * record the new effective prices in the Omnibus history once the response is out.
 */
function pricesChanged(id?: string) {
  updateTag(CATALOG_TAG);
  after(() =>
    recordPriceHistoryNow(getDb()).then(
      () => undefined,
      (error: unknown) => console.error('Recording the price history failed', error),
    ),
  );
  revalidatePath('/admin/price-lists');
  if (id) revalidatePath(`/admin/price-lists/${id}`);
}

export const createPriceListAction = validatedAction('pricing:write', priceListInput, async (input, actor) => {
  const id = await createPriceList(getDb(), actor, input);
  pricesChanged(id);
  redirect(`/admin/price-lists/${id}`);
});

export const updatePriceListAction = validatedAction(
  'pricing:write',
  z.intersection(listId.extend(regretDecision.shape), priceListInput),
  async (input, actor) =>
    guarded(
      input.priceListId,
      () => updatePriceList(getDb(), actor, input.priceListId, input, input.regretDecision),
      () => 'saved',
    ),
);

export const deletePriceListAction = validatedAction('pricing:write', listId, async (input, actor) => {
  await deletePriceList(getDb(), actor, input.priceListId);
  pricesChanged();
  redirect('/admin/price-lists?deleted=1');
});

export const addPriceEntryAction = validatedAction(
  'pricing:write',
  z.intersection(listId.extend(regretDecision.shape), priceEntryInput),
  async (input, actor) =>
    guarded(
      input.priceListId,
      () => addPriceEntry(getDb(), actor, input.priceListId, input, input.regretDecision),
      () => 'added',
    ),
);

export const deletePriceEntryAction = validatedAction(
  'pricing:write',
  listId.extend({ entryId: z.uuid(fieldMessage('unknown_entry')) }),
  async (input, actor) => {
    await deletePriceEntry(getDb(), actor, input.priceListId, input.entryId);
    pricesChanged(input.priceListId);
    return { ok: true, message: 'deleted' };
  },
);

const importInput = listId.extend({
  ...regretDecision.shape,
  csv: z.string().min(1, fieldMessage('csv_required')).max(5_000_000, fieldMessage('csv_too_big')),
  mode: z.enum(['add', 'replace'], fieldMessage('import_mode')),
});

export const importPriceEntriesAction = validatedAction('pricing:write', importInput, async (input, actor) =>
  guarded(
    input.priceListId,
    () => importPriceEntries(getDb(), actor, input.priceListId, input.csv, input.mode, input.regretDecision),
    (result) => String(result.imported),
  ),
);
