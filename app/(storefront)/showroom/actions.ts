'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { SHOWROOM_COOKIE } from '@/lib/channels/channel-routing.rules';
import { requirePermission } from '@/lib/platform/auth/permissions.rules';
import { validatedAction, visitorTranslator } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { enterShowroomInput } from '@/lib/showroom/showroom.schemas';
import { listShowroomStores } from '@/lib/showroom/showroom.reads';

/** A working day on the shop floor; the request context checks the permission on every request anyway. */
const SHOWROOM_SESSION_SECONDS = 60 * 60 * 12;

/**
 * Opens showroom mode for one store: only where the caller may sell (`showroom:sell` at that store, so
 * staff only at their assigned stores, admins anywhere). The request context then shops the showroom
 * channel for that store (docs/showroom.md).
 */
export const enterShowroomAction = validatedAction('showroom:sell', enterShowroomInput, async (input, actor) => {
  requirePermission(actor, 'showroom:sell', { store: input.storeId });
  const store = (await listShowroomStores(getDb())).find((s) => s.id === input.storeId);
  if (!store) {
    const t = await visitorTranslator();
    const text = t('errors.field.unknown_location');
    return { ok: false, fieldErrors: { storeId: [text] }, formError: text };
  }
  (await cookies()).set(SHOWROOM_COOKIE, store.id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    maxAge: SHOWROOM_SESSION_SECONDS,
  });
  redirect('/showroom');
});

/**
 * Ends showroom mode on this device (the caller's own cookie only) and returns to the shop; the staff
 * member stays signed in. Not back to /showroom: staff with one store would go straight in again.
 */
export const endShowroomAction = validatedAction('public', z.object({}), async () => {
  (await cookies()).delete(SHOWROOM_COOKIE);
  redirect('/');
});
