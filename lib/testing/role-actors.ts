// The demo accounts the server-action walks call every action as, one per role.
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { findActor } from '@/lib/platform/auth/actor.reads';

export const ROLE_EMAILS = {
  customer: 'customer@example.com',
  companyMember: 'ben@acme.example',
  staff: 'staff.berlin@example.com',
  merchandiser: 'merch@example.com',
  admin: 'admin@example.com',
} as const;

/** Every role of the walks: anonymous first, then those of ROLE_EMAILS. */
export const ROLES = ['anonymous', ...Object.keys(ROLE_EMAILS)];

/** The actor of each role (anonymous: null), loaded from the seeded database. */
export async function loadRoleActors(db: Database): Promise<Record<string, Actor | null>> {
  const actors: Record<string, Actor | null> = { anonymous: null };
  for (const [role, email] of Object.entries(ROLE_EMAILS)) {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    actors[role] = await findActor(db, user!.id);
  }
  return actors;
}
