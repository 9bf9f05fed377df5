'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/auth/validated-action';
import { getDb } from '@/lib/db';
import { updatePricingSettings } from '@/lib/services/settings';
import { pricingSettingsInput } from '@/lib/validation/settings';

export const updatePricingSettingsAction = validatedAction('pricing:write', pricingSettingsInput, async (input, actor) => {
  await updatePricingSettings(getDb(), actor, input);
  revalidatePath('/admin/settings');
  return { ok: true, message: 'saved' };
});
