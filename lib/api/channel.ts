import 'server-only';
import { getCachedChannel, getCachedPublishableKey } from '@/lib/data/cached-catalog';
import { AppError } from '@/lib/errors';

export const PUBLISHABLE_KEY_HEADER = 'x-publishable-key';
const TOKEN = /^pk_[A-Za-z0-9_-]{3,120}$/;

/**
 * The channel an API call is for, named by its publishable key (header x-publishable-key):
 * missing or unknown key 401, revoked key 403, inactive channel 404.
 */
export async function requireApiChannel(request: Request) {
  const token = request.headers.get(PUBLISHABLE_KEY_HEADER)?.trim();
  if (!token) throw new AppError('unauthenticated', `Send your channel's publishable key in the ${PUBLISHABLE_KEY_HEADER} header.`);
  const key = TOKEN.test(token) ? await getCachedPublishableKey(token) : null;
  if (!key) throw new AppError('unauthenticated', 'This publishable key is not known.');
  if (key.revoked) throw new AppError('forbidden', 'This publishable key has been revoked.');
  const channel = await getCachedChannel(key.channelCode);
  if (!channel) throw new AppError('not_found', `Channel "${key.channelCode}" is not active.`);
  return channel;
}
