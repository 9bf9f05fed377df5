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
import { SHOWROOM_CUSTOMER_COOKIE, SHOWROOM_SESSION_SECONDS } from '@/lib/showroom/assisted-selling.rules';

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
  const jar = await cookies();
  // A new session starts with a walk-in: no customer of an earlier session carries over.
  jar.delete(SHOWROOM_CUSTOMER_COOKIE);
  jar.set(SHOWROOM_COOKIE, store.id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    // The request context checks the permission on every request anyway.
    maxAge: SHOWROOM_SESSION_SECONDS,
  });
  redirect('/showroom');
});

/**
 * Ends showroom mode on this device (the caller's own cookies only: the session and the customer in
 * context) and returns to the shop; the staff member stays signed in. Not back to /showroom: staff with
 * one store would go straight in again.
 */
export const endShowroomAction = validatedAction('public', z.object({}), async () => {
  const jar = await cookies();
  jar.delete(SHOWROOM_COOKIE);
  jar.delete(SHOWROOM_CUSTOMER_COOKIE);
  redirect('/');
});
