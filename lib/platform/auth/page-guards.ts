import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { getCurrentActor } from './current-actor';
import { can, type Actor, type Permission } from './permissions.rules';

/** For pages: anonymous visitors go to sign-in, signed-in visitors without the permission get a 403 page. */
export async function requirePagePermission(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}
