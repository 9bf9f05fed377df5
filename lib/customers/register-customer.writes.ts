import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { customerProfiles, users } from '@/db/schema';
import { hashPassword } from '@/lib/platform/auth/password';
import { AppError } from '@/lib/platform/errors';
import type { SignUpInput } from '@/lib/platform/auth/auth.schemas';

/** Creates a consumer account and its cross-channel customer profile. */
export async function registerCustomer(db: Database, input: SignUpInput): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  const [firstName = '', ...rest] = input.name.split(/\s+/);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash, roles: ['customer'] })
      .onConflictDoNothing()
      .returning({ id: users.id });
    const user = inserted[0];
    if (!user) throw new AppError('customer.email_taken', { field: 'email' });
    // A profile may already exist from an earlier guest purchase or a store visit: link it.
    const [profile] = await tx
      .select({ id: customerProfiles.id, userId: customerProfiles.userId })
      .from(customerProfiles)
      .where(eq(customerProfiles.email, input.email));
    if (profile && !profile.userId) {
      await tx.update(customerProfiles).set({ userId: user.id }).where(eq(customerProfiles.id, profile.id));
    } else if (!profile) {
      await tx
        .insert(customerProfiles)
        .values({ userId: user.id, email: input.email, firstName, lastName: rest.join(' ') });
    }
    return { userId: user.id };
  });
}
