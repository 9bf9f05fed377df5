import { PUBLISHABLE_KEY_HEADER, publishableKeyOf, requirePublishableKey } from '@/lib/platform/api/channel';
import { apiHandler } from '@/lib/platform/api/problem';
import { getDb } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import { feedStream, findFeedChannel } from '@/lib/feeds/feed.reads';
import { parseFeedFile, requestOrigin } from '@/lib/feeds/feed-format.rules';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json' } as const;

/**
 * A marketplace channel's product feed, one row per sellable variant of its assortment (everyone's),
 * with everyone's prices; streamed in batches. The key may come as ?key= (feed readers often cannot
 * send headers). An inactive marketplace channel has an empty feed.
 */
export const GET = apiHandler(async (request: Request, context: { params: Promise<{ file: string }> }) => {
  const file = parseFeedFile((await context.params).file);
  if (!file) throw new AppError('feed.not_found');
  const key = await requirePublishableKey(publishableKeyOf(request, { query: true }));
  if (key.channelCode !== file.channelCode)
    throw new AppError('api.key_other_channel', { params: { keyChannel: key.channelCode, channel: file.channelCode } });
  const db = getDb();
  const channel = await findFeedChannel(db, file.channelCode);
  if (!channel || channel.kind !== 'marketplace')
    throw new AppError('feed.not_marketplace', { params: { channel: file.channelCode } });
  const origin = requestOrigin(request.url, request.headers);
  return new Response(feedStream(db, channel, file.format, { origin, at: new Date() }), {
    headers: {
      'content-type': CONTENT_TYPES[file.format],
      'content-disposition': `inline; filename="${channel.code}.${file.format}"`,
      'cache-control': 'public, max-age=300',
      // The key may come as a header (a shared cache must not answer a keyless request from it); links follow the forwarded origin.
      vary: `${PUBLISHABLE_KEY_HEADER}, x-forwarded-host, x-forwarded-proto`,
    },
  });
});
