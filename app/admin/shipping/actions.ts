'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { SHIPPING_TAG } from '@/lib/shipping/cached-shipping.reads';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { shippingRateInput } from '@/lib/shipping/shipping.schemas';
import { saveShippingRate } from '@/lib/shipping/shipping.writes';

/** Carts and the checkout read the rates live; product pages' cached notes are invalidated by tag. */
export const saveShippingRateAction = validatedAction('shipping:write', shippingRateInput, async (input, actor) => {
  await saveShippingRate(getDb(), actor, input);
  updateTag(SHIPPING_TAG);
  revalidatePath('/admin/shipping');
  return { ok: true, message: 'saved' };
});
