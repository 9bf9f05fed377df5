'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { listPickupStores } from '@/lib/inventory/stores.reads';
import { PREFERRED_STORE_COOKIE } from '@/lib/inventory/preferred-store.rules';
import { getDb } from '@/lib/platform/db';
import { getTranslations } from 'next-intl/server';
import { getStorefrontChannel } from '@/lib/platform/request-context';

const preferredStoreInput = z.object({ store: z.string().trim().min(1).max(32) });

/**
 * Public by design: anyone may choose their store; it is kept in a cookie and changes nothing else.
 * The code must name a store offering click & collect in the storefront channel (the known codes live in
 * the database, so they are checked here rather than in a static enum). Setting the cookie re-renders the page.
 */
export const setPreferredStoreAction = validatedAction('public', preferredStoreInput, async (input) => {
  const [channel, t] = await Promise.all([getStorefrontChannel(), getTranslations()]);
  const store = (await listPickupStores(getDb(), channel)).find((s) => s.code === input.store);
  if (!store)
    return { ok: false, fieldErrors: { store: [t('stores.unknownStore')] }, formError: t('stores.unknownStore') };
  (await cookies()).set(PREFERRED_STORE_COOKIE, store.code, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
  return { ok: true, message: t('stores.saved', { store: store.name }) };
});
