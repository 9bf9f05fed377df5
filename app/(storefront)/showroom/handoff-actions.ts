'use server';

import { z } from 'zod';
import { validatedAction } from '@/lib/platform/auth/validated-action';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import { getRequestContext } from '@/lib/platform/request-context';
import { createHandoff } from '@/lib/showroom/handoff.writes';
import { handoffMinutes } from '@/lib/showroom/handoff.rules';
import { findStorefrontCartId } from '@/app/(storefront)/cart/cart-session';
import { forgetShowroomCustomer } from './showroom-cookies';

/** What the tablet shows after a hand-off: the link (QR code and text) and until when it works. */
export type HandoffLink = { path: string; expiresAt: string };

/**
 * Hands the staff member's showroom cart to the customer's phone (docs/showroom.md). Only inside a showroom
 * session, at its store (`showroom:sell` there, checked again by createHandoff). The token goes back to
 * this tablet only, in the action's answer, never in a URL the tablet visits.
 */
export const handOffCartAction = validatedAction<z.ZodObject, HandoffLink>(
  'showroom:sell',
  z.object({}),
  async (_input, actor) => {
    const { channel, showroomStoreId, showroomCustomer } = await getRequestContext();
    if (!showroomStoreId) throw new AppError('auth.forbidden');
    const staffCartId = await findStorefrontCartId(actor);
    if (!staffCartId) throw new AppError('cart.empty');
    const handoff = await createHandoff(getDb(), actor, {
      storeId: showroomStoreId,
      channelId: channel.id,
      staffCartId,
      profileId: showroomCustomer?.profileId ?? null,
      minutes: handoffMinutes(process.env.HANDOFF_MINUTES),
    });
    await forgetShowroomCustomer();
    return { ok: true, data: { path: `/h/${handoff.token}`, expiresAt: handoff.expiresAt.toISOString() } };
  },
);
