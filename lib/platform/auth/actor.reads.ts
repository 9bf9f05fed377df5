import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { companies, companyMembers, staffLocations, users } from '@/db/schema';
import type { Actor } from '@/lib/platform/auth/permissions.rules';

/**
 * Loads the signed-in person fresh from the database on every request, so a revoked role,
 * a deactivated account, a removed company membership or a deactivated company takes effect at once (the JWT only names the user).
 */
export async function findActor(db: Executor, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, roles: users.roles, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || !user.active) return null;
  const [memberships, stores] = await Promise.all([
    db
      .select({ companyId: companies.id, companyName: companies.name, role: companyMembers.role })
      .from(companyMembers)
      .innerJoin(companies, eq(companies.id, companyMembers.companyId))
      // Members of a deactivated company act as private customers until it is active again.
      .where(and(eq(companyMembers.userId, userId), eq(companies.active, true)))
      // A stable order: the first company is the default pricing context of a member of several.
      .orderBy(asc(companies.name), asc(companies.id)),
    db.select({ locationId: staffLocations.locationId }).from(staffLocations).where(eq(staffLocations.userId, userId)),
  ]);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    companies: memberships.filter((m) => m.companyId),
    staffLocationIds: stores.map((s) => s.locationId),
  };
}
