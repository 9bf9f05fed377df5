import 'server-only';
import { getCachedChannel } from '@/lib/data/cached-catalog';
import { AppError } from '@/lib/errors';

/** The channel an API call is for; unknown or inactive channels are 404. */
export async function requireApiChannel(code: string) {
  const channel = await getCachedChannel(code);
  if (!channel) throw new AppError('not_found', `Channel "${code}" was not found.`);
  return channel;
}
