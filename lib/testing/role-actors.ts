// One account per role for the server-action walks, made with the factories: each action is called as
// every role and those who must be denied are denied.
import type { Executor } from '@/db/client';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { makeCompany } from './factories/companies';
import { makeStore } from './factories/inventory';
import { actorOf, makeAdmin, makeCustomer, makeMerchandiser, makeStaff, type MadeUser } from './factories/people';

export type AccountRole = 'customer' | 'companyMember' | 'staff' | 'merchandiser' | 'admin';

/** Every role of the walks: anonymous first. */
export const ROLES = ['anonymous', 'customer', 'companyMember', 'staff', 'merchandiser', 'admin'] as const;

export type RoleActors = {
  /** The actor of each role (anonymous: null). */
  actors: Record<string, Actor | null>;
  users: Record<AccountRole, MadeUser>;
};

/**
 * A customer, a buyer of a new company, staff of `staffLocationIds` (default: a new store), a merchandiser
 * and an admin, each loaded as a request loads its actor.
 */
export async function makeRoleActors(db: Executor, options: { staffLocationIds?: string[] } = {}): Promise<RoleActors> {
  const staffLocationIds = options.staffLocationIds ?? [(await makeStore(db)).id];
  const company = await makeCompany(db, { members: [{ role: 'buyer' }] });
  const users: Record<AccountRole, MadeUser> = {
    customer: await makeCustomer(db),
    companyMember: company.members[0]!,
    staff: await makeStaff(db, { locationIds: staffLocationIds }),
    merchandiser: await makeMerchandiser(db),
    admin: await makeAdmin(db),
  };
  const actors: Record<string, Actor | null> = { anonymous: null };
  for (const [role, user] of Object.entries(users)) actors[role] = await actorOf(db, user);
  return { actors, users };
}
