// The rows behind the assisted-selling cookies (./assisted-selling.rules.ts), looked up once per request.
import 'server-only';
import { and, eq, isNotNull, isNull, notExists, or, sql } from 'drizzle-orm';
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
): Promise<{ id: string; channelCode: string; customerEmail: string | null } | null> {
  const [row] = await db
    .select({ id: carts.id, channelCode: channels.code, customerEmail: customerProfiles.email })
    .from(carts)
    .innerJoin(channels, eq(channels.id, carts.channelId))
    // The customer staff sold to: their e-mail is offered at checkout on their phone.
    .leftJoin(customerProfiles, eq(customerProfiles.id, carts.profileId))
    .where(
      and(
        eq(carts.id, cartId),
        isNotNull(carts.soldLocationId),
        notExists(db.select({ id: orders.id }).from(orders).where(eq(orders.cartId, carts.id))),
        // A cart made from a quote counts only while the quote can still be ordered (open, not past its
        // last day in the store's time zone): an expired or withdrawn quote no longer holds the device.
        sql`(${carts.quoteId} is null or exists (
          select 1 from quotes q left join locations l on l.id = q.location_id
          where q.id = ${carts.quoteId} and q.status = 'open'
            and q.valid_until >= (now() at time zone coalesce(l.time_zone, 'Europe/Berlin'))::date))`,
        callerUserId ? or(isNull(carts.userId), eq(carts.userId, callerUserId)) : isNull(carts.userId),
      ),
    );
  return row ?? null;
}
