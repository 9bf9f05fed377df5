// Pure role and permission rules. Every data function, service, action and API handler asks here.
import { AppError, unauthenticated } from '@/lib/platform/errors';

export const ROLES = ['customer', 'staff', 'merchandiser', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type CompanyRole = 'admin' | 'buyer' | 'viewer';

export type Actor = {
  userId: string;
  email: string;
  name: string;
  roles: Role[];
  companies: Array<{ companyId: string; companyName: string; role: CompanyRole }>;
  staffLocationIds: string[];
};

const PERMISSIONS = {
  /** Enter the back office at all. */
  'backoffice:access': ['admin', 'merchandiser'],
  /** Read the full catalogue incl. drafts, base prices and stock everywhere. */
  'catalog:read': ['admin', 'merchandiser'],
  /** Change products (status, data). */
  'catalog:write': ['admin', 'merchandiser'],
  /** Read the audit log. */
  'audit:read': ['admin', 'merchandiser'],
  /** See every price list, its audience and the engine's full trace. */
  'pricing:read': ['admin', 'merchandiser'],
  /** Create, change and delete price lists and their entries, and the pricing settings. */
  'pricing:write': ['admin', 'merchandiser'],
  /** Read every customer's credit ledger (price-protection credits). */
  'credits:read': ['admin', 'merchandiser'],
  /** See channels, their assortment rules and publishable keys. */
  'channels:read': ['admin', 'merchandiser'],
  /** Create and change channels and their publishable keys. */
  'channels:write': ['admin'],
  /** Change the shipping rates of every channel. */
  'shipping:write': ['admin', 'merchandiser'],
  /** Edit the content pages (imprint, terms, withdrawal, privacy, shipping) in every language. */
  'content:write': ['admin', 'merchandiser'],
  /** Decide which products each channel sells (assortment rules). */
  'assortment:write': ['admin', 'merchandiser'],
  /** Work orders: confirm, pick, hand over, cancel (staff only at their own stores) and read them. */
  'orders:manage': ['admin', 'staff'],
  /** Decide for every store: the pickup settings and the uncollected-orders run. */
  'pickup:settings': ['admin'],
  /** Sell with a customer in showroom mode (staff only at their own stores; the showroom issue builds on it). */
  'showroom:sell': ['admin', 'staff'],
  /** Shop as a member of a company: its contract prices (scope: the company). */
  'company:shop': ['customer'],
  /** See the background jobs: schedules, last and next runs, failures. */
  'jobs:read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** What a permission is asked for: one store (staff act only at theirs) or one company (members only in theirs). */
export type Scope = { store: string } | { company: string };

/**
 * The one permission check. Without a scope it asks whether the actor's roles grant the permission at
 * all; with one, whether they grant it there: staff only at their assigned stores, a customer only in
 * companies they are a member of; admins and merchandisers act everywhere their role reaches.
 */
export function can(actor: Actor | null, permission: Permission, scope?: Scope): boolean {
  if (!actor) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((role) => allowed.includes(role) && (!scope || roleReaches(actor, role, scope)));
}

function roleReaches(actor: Actor, role: Role, scope: Scope): boolean {
  if ('store' in scope) return role !== 'staff' || actor.staffLocationIds.includes(scope.store);
  return role !== 'customer' || actor.companies.some((membership) => membership.companyId === scope.company);
}

/**
 * The stores where the actor holds a permission: 'all' when a role grants it everywhere, else the
 * assigned stores (none for an actor without it).
 */
export function storesWhere(actor: Actor, permission: Permission): 'all' | string[] {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  const roles = actor.roles.filter((role) => allowed.includes(role));
  if (roles.some((role) => role !== 'staff')) return 'all';
  return roles.length ? actor.staffLocationIds : [];
}

/** Throws 401 for anonymous callers and 403 for signed-in callers without the permission (there). */
export function requirePermission(
  actor: Actor | null,
  permission: Permission,
  scope?: Scope,
  denied: 'auth.forbidden' | 'order.other_store' = 'auth.forbidden',
): asserts actor is Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, permission, scope)) throw new AppError(denied);
}
