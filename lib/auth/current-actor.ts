import 'server-only';
import { cache } from 'react';
import { findActor } from '@/lib/data/actor';
import { getDb } from '@/lib/db';
import { auth } from './auth';
import type { Actor } from './permissions';

/** The signed-in person for this request (memoised per request), or null. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? findActor(getDb(), userId) : null;
});
