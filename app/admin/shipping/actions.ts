'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { shippingRateInput } from '@/lib/shipping/shipping.schemas';
import { saveShippingRate } from '@/lib/shipping/shipping.writes';

/** Carts, checkout and product pages read the rates live, so only the admin pages need revalidating. */
export const saveShippingRateAction = validatedAction('shipping:write', shippingRateInput, async (input, actor) => {
  await saveShippingRate(getDb(), actor, input);
  revalidatePath('/admin/shipping');
  return { ok: true, message: 'saved' };
});
