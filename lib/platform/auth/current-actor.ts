import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { findActor } from '@/lib/platform/auth/actor.reads';
import { getDb } from '@/lib/platform/db';
import { auth } from './auth';
import type { Actor } from './permissions.rules';
import { hasSessionCookie } from './session-cookie';

/** The signed-in person for this request (memoised per request), or null. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  // Without a session cookie there is no session: skip Auth.js for anonymous visitors (most traffic).
  if (!hasSessionCookie((await cookies()).getAll())) return null;
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? findActor(getDb(), userId) : null;
});
