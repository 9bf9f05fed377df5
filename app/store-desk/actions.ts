'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { cancelUncollectedOrders } from '@/lib/pickup/pickup-desk.writes';
import { updatePickupSettings } from '@/lib/pickup/pickup-settings.writes';

/** Admins only (the service checks): runs the uncollected-orders job now. */
export const cancelUncollectedNowAction = validatedAction('pickup:settings', z.object({}), async (_input, actor) => {
  const result = await cancelUncollectedOrders(getDb(), new Date(), actor);
  revalidatePath('/store-desk', 'layout');
  return { ok: true, message: JSON.stringify(result) };
});

/** Admins only (the service checks). */
export const updatePickupSettingsAction = validatedAction(
  'pickup:settings',
  z.object({
    uncollectedDays: z.coerce
      .number(fieldMessage('uncollected_days'))
      .int(fieldMessage('uncollected_days'))
      .min(1, fieldMessage('uncollected_days'))
      .max(90, fieldMessage('uncollected_days')),
  }),
  async (input, actor) => {
    await updatePickupSettings(getDb(), actor, input);
    revalidatePath('/store-desk', 'layout');
    return { ok: true, message: 'saved' };
  },
);
