import 'server-only';
import type { Executor } from '@/db/client';
import { findActiveChannel } from '@/lib/data/channels';
import { AppError } from '@/lib/errors';

/** The channel an API call is for; unknown or inactive channels are 404. */
export async function requireApiChannel(db: Executor, code: string) {
  const channel = await findActiveChannel(db, code);
  if (!channel) throw new AppError('not_found', `Channel "${code}" was not found.`);
  return channel;
}
