// Accounts: customers (with their cross-channel profile), store staff with their stores, merchandisers and admins.
import type { Executor } from '@/db/client';
import { customerProfiles, staffLocations, users } from '@/db/schema';
import { findActor } from '@/lib/platform/auth/actor.reads';
import { hashPassword } from '@/lib/platform/auth/password';
import type { Actor, Role } from '@/lib/platform/auth/permissions.rules';
import { uniqueSuffix } from './unique';

/** The password of every made account unless a test sets its own. */
export const TEST_PASSWORD = 'test-password-long-enough';

// scrypt takes tens of milliseconds by design: hash the shared password once per test process.
let sharedHash: Promise<string> | undefined;
function passwordHashOf(password: string | undefined): Promise<string> {
  if (password !== undefined && password !== TEST_PASSWORD) return hashPassword(password);
  sharedHash ??= hashPassword(TEST_PASSWORD);
  return sharedHash;
}

export type UserOverrides = { email?: string; name?: string; password?: string; active?: boolean };
export type MadeUser = { id: string; email: string; name: string; password: string; roles: Role[] };

export async function makeUser(db: Executor, overrides: UserOverrides & { roles?: Role[] } = {}): Promise<MadeUser> {
  const suffix = uniqueSuffix();
  const roles = overrides.roles ?? ['customer'];
  const password = overrides.password ?? TEST_PASSWORD;
  const [row] = await db
    .insert(users)
    .values({
      email: (overrides.email ?? `${roles[0]}-${suffix}@example.com`).toLowerCase(),
      name: overrides.name ?? `Test ${roles[0]} ${suffix}`,
      passwordHash: await passwordHashOf(password),
      roles,
      active: overrides.active ?? true,
    })
    .returning({ id: users.id, email: users.email, name: users.name });
  return { ...row!, password, roles };
}

/** A consumer account and its profile (one per person across channels). */
export async function makeCustomer(db: Executor, overrides: UserOverrides = {}): Promise<MadeUser> {
  const user = await makeUser(db, { ...overrides, roles: ['customer'] });
  const [firstName = '', ...rest] = user.name.split(' ');
  await db.insert(customerProfiles).values({ userId: user.id, email: user.email, firstName, lastName: rest.join(' ') });
  return user;
}

/** Store staff assigned to the given locations. */
export async function makeStaff(
  db: Executor,
  overrides: UserOverrides & { locationIds: string[] },
): Promise<MadeUser & { locationIds: string[] }> {
  const { locationIds, ...rest } = overrides;
  const user = await makeUser(db, { ...rest, roles: ['staff'] });
  if (locationIds.length)
    await db.insert(staffLocations).values(locationIds.map((locationId) => ({ userId: user.id, locationId })));
  return { ...user, locationIds };
}

export function makeMerchandiser(db: Executor, overrides: UserOverrides = {}): Promise<MadeUser> {
  return makeUser(db, { ...overrides, roles: ['merchandiser'] });
}

export function makeAdmin(db: Executor, overrides: UserOverrides = {}): Promise<MadeUser> {
  return makeUser(db, { ...overrides, roles: ['admin'] });
}

/** The actor of an active account, loaded as every request loads it. */
export async function actorOf(db: Executor, user: { id: string }): Promise<Actor> {
  const actor = await findActor(db, user.id);
  if (!actor) throw new Error(`No active account ${user.id}`);
  return actor;
}
