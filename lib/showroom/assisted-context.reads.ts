// The rows behind the assisted-selling cookies (./assisted-selling.rules.ts), looked up once per request.
import 'server-only';
import { and, eq, isNotNull, isNull, notExists, or } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { carts, channels, customerProfiles, orders } from '@/db/schema';

/** The customer in context of a showroom session. No password data, no payment details. */
export type ShowroomCustomer = {
  profileId: string;
  /** Their account, when they have one (their groups and company prices apply); null for a walk-in profile. */
  userId: string | null;
  customerNumber: number;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
};

export async function findShowroomCustomer(db: Executor, profileId: string): Promise<ShowroomCustomer | null> {
  const [row] = await db
    .select({
      profileId: customerProfiles.id,
      userId: customerProfiles.userId,
      customerNumber: customerProfiles.customerNumber,
      email: customerProfiles.email,
      firstName: customerProfiles.firstName,
      lastName: customerProfiles.lastName,
      phone: customerProfiles.phone,
    })
    .from(customerProfiles)
    .where(eq(customerProfiles.id, profileId));
  return row ?? null;
}

/**
 * An assisted cart (made by staff: it names the store that sold it) that this visitor may use: a guest
 * cart, or their own, not yet ordered. Null for anything else, so a stale or copied cookie falls back to
 * the visitor's own cart; once ordered, the cookie only still shows that order's page (its cart).
 */
export async function findAssistedCart(
  db: Executor,
  cartId: string,
  callerUserId: string | null,
): Promise<{ id: string; channelCode: string } | null> {
  const [row] = await db
    .select({ id: carts.id, channelCode: channels.code })
    .from(carts)
    .innerJoin(channels, eq(channels.id, carts.channelId))
    .where(
      and(
        eq(carts.id, cartId),
        isNotNull(carts.soldLocationId),
        notExists(db.select({ id: orders.id }).from(orders).where(eq(orders.cartId, carts.id))),
        callerUserId ? or(isNull(carts.userId), eq(carts.userId, callerUserId)) : isNull(carts.userId),
      ),
    );
  return row ?? null;
}
