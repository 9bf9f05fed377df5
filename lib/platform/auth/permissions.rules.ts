// Pure role and permission rules. Every data function, service, action and API handler asks here.
import { forbidden, unauthenticated } from '@/lib/platform/errors';

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
  /** Decide which products each channel sells (assortment rules). */
  'assortment:write': ['admin', 'merchandiser'],
  /** Work orders: confirm, pick, hand over, cancel (staff only at their own stores) and read them. */
  'orders:manage': ['admin', 'staff'],
  /** See the background jobs: schedules, last and next runs, failures. */
  'jobs:read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

/** Throws 401 for anonymous callers and 403 for signed-in callers without the permission. */
export function requirePermission(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, permission)) throw forbidden();
}
