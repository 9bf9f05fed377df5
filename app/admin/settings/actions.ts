'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { updatePricingSettings } from '@/lib/pricing/pricing-settings.writes';
import { pricingSettingsInput } from '@/lib/pricing/pricing-settings.schemas';

export const updatePricingSettingsAction = validatedAction(
  'pricing:write',
  pricingSettingsInput,
  async (input, actor) => {
    await updatePricingSettings(getDb(), actor, input);
    revalidatePath('/admin/settings');
    return { ok: true, message: 'saved' };
  },
);
