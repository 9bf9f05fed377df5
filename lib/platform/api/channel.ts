import 'server-only';
import { getCachedChannel, getCachedPublishableKey } from '@/lib/catalog/cached-catalog.reads';
import { apiChannelCode } from '@/lib/channels/channel-routing.rules';
import { channelRouting } from '@/lib/channels/channel-routing.reads';
import { getCurrentActor } from '@/lib/platform/auth/current-actor';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import { findPricingAudience } from '@/lib/pricing/prices.reads';
import { apiLocale } from './locale';

export const PUBLISHABLE_KEY_HEADER = 'x-publishable-key';
/** Query parameter that may carry the key where callers cannot send headers (feeds only). */
export const PUBLISHABLE_KEY_QUERY = 'key';
const TOKEN = /^pk_[A-Za-z0-9_-]{3,120}$/;

/**
 * The publishable key a request sends: the x-publishable-key header, or with `query` (feed readers
 * that cannot send headers) the `key` query parameter when there is no header.
 */
export function publishableKeyOf(request: Request, options: { query?: boolean } = {}): string | undefined {
  const header = request.headers.get(PUBLISHABLE_KEY_HEADER)?.trim();
  if (header || !options.query) return header || undefined;
  return new URL(request.url).searchParams.get(PUBLISHABLE_KEY_QUERY)?.trim() || undefined;
}

/**
 * The channel code a publishable key names: missing or unknown key 401, revoked key 403. The
 * channel may be inactive (requireApiChannel refuses those).
 */
export async function requirePublishableKey(token: string | undefined): Promise<{ channelCode: string }> {
  if (!token) throw new AppError('api.key_missing');
  const key = TOKEN.test(token) ? await getCachedPublishableKey(token) : null;
  if (!key) throw new AppError('api.key_unknown');
  if (key.revoked) throw new AppError('api.key_revoked');
  return { channelCode: key.channelCode };
}

/**
 * Who calls the API and in which channel: the channel its publishable key (header x-publishable-key)
 * names — for a signed-in company member calling with the storefront's key the b2b channel, as on the
 * storefront (lib/channels/channel-routing.rules.ts) — and whose prices apply. Missing or unknown key
 * 401, revoked key 403, inactive channel 404. `locale`: the language to answer in (./locale.ts).
 */
export async function requireApiContext(request: Request) {
  const [key, actor] = await Promise.all([requirePublishableKey(publishableKeyOf(request)), getCurrentActor()]);
  const audience = await findPricingAudience(getDb(), actor);
  const code = apiChannelCode(channelRouting(), key.channelCode, audience.companyId !== null);
  const channel = await getCachedChannel(code);
  if (!channel) throw new AppError('channel.inactive', { params: { channel: code } });
  return { channel, actor, audience, locale: apiLocale(request, channel.locale) };
}

/** The channel of an API call (see requireApiContext). */
export async function requireApiChannel(request: Request) {
  return (await requireApiContext(request)).channel;
}
