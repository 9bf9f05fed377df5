// A customer created on the spot in the showroom (docs/showroom.md): their profile and the consent choices
// they gave, recorded with the time, the store, the showroom channel and the staff member, in one transaction.
import 'server-only';
import { and, eq, notExists, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { consentRecords, customerProfiles, users } from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/platform/auth/permissions.rules';
import { AppError } from '@/lib/platform/errors';
import { CONSENT_PURPOSES, type CreateShowroomCustomerInput } from './showroom-customers.schemas';

/** Where staff sell: the session's store and the showroom channel. */
export type ShowroomPlace = { storeId: string; channelId: string };

/**
 * Creates a customer profile without an account or password (an existing account with the address, which
 * has no profile yet, is linked: one profile per person) and one consent row per purpose, granted or not.
 * `marketing_consent` mirrors the e-mail choice. An address that already has a profile is refused with
 * `customer.email_taken` at the e-mail field and nothing is written.
 */
export async function createShowroomCustomer(
  db: Database,
  actor: Actor | null,
  place: ShowroomPlace,
  input: CreateShowroomCustomerInput,
): Promise<{ profileId: string; customerNumber: number }> {
  requirePermission(actor, 'showroom:sell', { store: place.storeId });
  return db.transaction(async (tx) => {
    const [account] = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.email, input.email),
          // Only a customer's own account: never staff or back-office accounts with the same address.
          sql`${users.roles} = '{customer}'::user_role[]`,
          notExists(tx.select().from(customerProfiles).where(eq(customerProfiles.userId, users.id))),
        ),
      );
    const [profile] = await tx
      .insert(customerProfiles)
      .values({
        userId: account?.id ?? null,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        marketingConsent: input.marketing_email,
        createdById: actor.userId,
        createdLocationId: place.storeId,
      })
      .onConflictDoNothing({ target: customerProfiles.email })
      .returning({ profileId: customerProfiles.id, customerNumber: customerProfiles.customerNumber });
    if (!profile) throw new AppError('customer.email_taken', { field: 'email' });
    // One statement: every row gets the transaction's time.
    await tx.insert(consentRecords).values(
      CONSENT_PURPOSES.map((purpose) => ({
        profileId: profile.profileId,
        purpose,
        granted: input[purpose],
        channelId: place.channelId,
        locationId: place.storeId,
        recordedById: actor.userId,
      })),
    );
    return profile;
  });
}
