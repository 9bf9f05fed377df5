'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { findCustomerByEmail, findShowroomCustomers, type CustomerHit } from '@/lib/customers/showroom-customers.reads';
import {
  chooseCustomerInput,
  createShowroomCustomerInput,
  findCustomersInput,
} from '@/lib/customers/showroom-customers.schemas';
import { createShowroomCustomer, type ShowroomPlace } from '@/lib/customers/showroom-customers.writes';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { failureState, validatedAction, visitorTranslator } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { AppError, isAppError } from '@/lib/platform/errors';
import { getRequestContext } from '@/lib/platform/request-context';
import { consumeRateLimit } from '@/lib/platform/rate-limit.writes';
import { recordAudit } from '@/lib/platform/audit.writes';
import { findShowroomCustomer } from '@/lib/showroom/assisted-context.reads';
import { SHOWROOM_CUSTOMER_COOKIE, SHOWROOM_SESSION_SECONDS } from '@/lib/showroom/assisted-selling.rules';

const CUSTOMER_PAGE = '/showroom/customer';
const SEARCH_LIMIT = { limit: 120, windowMinutes: 10 };

/**
 * The caller's showroom session: its store (the request context honours the cookie only for staff who
 * may sell there) and the showroom channel. Checked again here: `showroom:sell` at that store.
 */
async function showroomPlace(actor: Actor | null): Promise<ShowroomPlace> {
  const { showroomStoreId, channel } = await getRequestContext();
  if (!showroomStoreId) throw new AppError('showroom.session_required');
  requirePermission(actor, 'showroom:sell', { store: showroomStoreId });
  return { storeId: showroomStoreId, channelId: channel.id };
}

async function putInContext(profileId: string): Promise<never> {
  (await cookies()).set(SHOWROOM_CUSTOMER_COOKIE, profileId, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    // As long as a showroom session; the request context honours it only inside one.
    maxAge: SHOWROOM_SESSION_SECONDS,
  });
  redirect(CUSTOMER_PAGE);
}

/** Finds customers by e-mail, customer number or phone (a POST: no personal data in URLs or history). */
export const findCustomersAction = validatedAction<typeof findCustomersInput, { query: string; hits: CustomerHit[] }>(
  'showroom:sell',
  findCustomersInput,
  async (input, actor) => {
    const { storeId } = await showroomPlace(actor);
    // Enough for a busy day at the counter, not for stepping through the customer base.
    const limited = await consumeRateLimit(getDb(), `customer-search:${actor!.userId}`, SEARCH_LIMIT);
    if (!limited.ok)
      throw new AppError('customer.search_rate_limited', { params: { minutes: limited.retryInMinutes } });
    return { ok: true, data: { query: input.q, hits: await findShowroomCustomers(getDb(), actor, storeId, input.q) } };
  },
);

/** Makes a profile the customer in context: their prices apply and the profile panel shows them. */
export const chooseCustomerAction = validatedAction('showroom:sell', chooseCustomerInput, async (input, actor) => {
  const { storeId } = await showroomPlace(actor);
  if (!(await findShowroomCustomer(getDb(), input.profileId)))
    throw new AppError('customer.not_found', { field: 'profileId' });
  // Opening a profile (orders, phone, consent) is recorded: who looked at whom, from which store.
  await recordAudit(getDb(), actor!, {
    action: 'customer.opened_in_showroom',
    entityType: 'customer_profile',
    entityId: input.profileId,
    before: null,
    after: { storeId },
  });
  return putInContext(input.profileId);
});

/** Back to a walk-in: clears the caller's own customer cookie. */
export const clearCustomerAction = validatedAction('public', z.object({}), async () => {
  (await cookies()).delete(SHOWROOM_CUSTOMER_COOKIE);
  redirect(CUSTOMER_PAGE);
});

/**
 * Creates a customer with the consent choices they gave (recorded with the store, the showroom channel
 * and the staff member) and makes them the customer in context. An e-mail address that already has a
 * profile is refused and that profile offered instead (`data.existing`).
 */
export const createCustomerAction = validatedAction<typeof createShowroomCustomerInput, { existing: CustomerHit }>(
  'showroom:sell',
  createShowroomCustomerInput,
  async (input, actor) => {
    const place = await showroomPlace(actor);
    try {
      const { profileId } = await createShowroomCustomer(getDb(), actor, place, input);
      return await putInContext(profileId);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'customer.email_taken') throw error;
      const existing = await findCustomerByEmail(getDb(), input.email);
      return { ...failureState(await visitorTranslator(), error), ...(existing ? { data: { existing } } : {}) };
    }
  },
);
